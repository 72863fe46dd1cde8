import Foundation
import Testing
@testable import Claims

/// One expected mention in the case notation of `QuantityCases`.
struct ExpectedMention {
    var kind: Quantity.Kind
    var value: Double?
    var lower: Double?
    var upper: Double?
    var bound: Quantity.Bound
    var keys: [String: String]

    init?(_ notation: String) {
        let parts = notation.split(separator: " ").map(String.init)
        guard parts.count >= 2, let kind = Quantity.Kind(rawValue: parts[0]) else { return nil }
        self.kind = kind
        var bound = Quantity.Bound.exact
        if parts[1] == "-" {
            value = nil
        } else if let range = parts[1].range(of: "..") {
            lower = Double(parts[1][..<range.lowerBound])
            upper = Double(parts[1][range.upperBound...])
            bound = .between
        } else {
            guard let number = Double(parts[1]) else { return nil }
            value = number
        }
        keys = [:]
        for part in parts.dropFirst(2) {
            switch part {
            case "~": bound = .approximate
            case ">": bound = .greaterThan
            case ">=": bound = .atLeast
            case "<~": bound = .justBelow
            case "<": bound = .lessThan
            case "<=": bound = .atMost
            case "?": bound = .vague
            default:
                guard let equals = part.firstIndex(of: "=") else { return nil }
                keys[String(part[..<equals])] = part[part.index(after: equals)...].replacingOccurrences(of: "_", with: " ")
            }
        }
        // Year ranges ("2012–13") are years with bounds, not "between" counts.
        self.bound = kind == .year && bound == .between ? .between : bound
    }

    /// What differs between this expectation and a found quantity (empty when it matches).
    func mismatches(_ quantity: Quantity) -> [String] {
        var problems: [String] = []
        func same(_ a: Double?, _ b: Double?) -> Bool {
            switch (a, b) {
            case (nil, nil): true
            case (let a?, let b?): abs(a - b) <= 1e-9 * max(1, abs(a))
            default: false
            }
        }
        if quantity.kind != kind { problems.append("kind \(quantity.kind) ≠ \(kind)") }
        if lower != nil || upper != nil {
            if !same(quantity.lower, lower) || !same(quantity.upper, upper) {
                problems.append("bounds \(String(describing: quantity.lower))..\(String(describing: quantity.upper))")
            }
        } else if !same(quantity.value, value) {
            problems.append("value \(String(describing: quantity.value)) ≠ \(String(describing: value))")
        }
        if quantity.bound != bound { problems.append("bound \(quantity.bound) ≠ \(bound)") }
        if let unit = keys["unit"], quantity.unit != unit { problems.append("unit \(String(describing: quantity.unit)) ≠ \(unit)") }
        if let rate = keys["rate"], quantity.rate != rate { problems.append("rate \(String(describing: quantity.rate)) ≠ \(rate)") }
        if let comparative = keys["cmp"], quantity.comparative != comparative {
            problems.append("comparative \(String(describing: quantity.comparative)) ≠ \(comparative)")
        }
        if let baseline = keys["baseline"], quantity.baseline != baseline {
            problems.append("baseline \(String(describing: quantity.baseline)) ≠ \(baseline)")
        }
        if let approximator = keys["approx"], quantity.approximator != approximator {
            problems.append("approximator \(String(describing: quantity.approximator)) ≠ \(approximator)")
        }
        if let period = keys["period"] {
            let found = "\(quantity.period?.from ?? "nil")..\(quantity.period?.to ?? "nil")"
            if found != period { problems.append("period \(found) ≠ \(period)") }
        }
        return problems
    }
}

@Suite struct QuantityScannerTests {
    static let articleDate = Day(year: 2022, month: 6, day: 7)

    @Test func suiteHasThreeHundredCases() {
        #expect(QuantityCases.all.count >= 300)
    }

    @Test(arguments: QuantityCases.all)
    func readsMentions(_ testCase: QuantityCase) throws {
        let (text, spans) = try #require(MarkedText.parse(testCase.marked), "bad brackets")
        let expected = testCase.expected.filter { !$0.isEmpty }
        try #require(expected.count == spans.count, "case has \(spans.count) spans but \(expected.count) expectations")
        let found = QuantityScanner.quantities(in: text, date: Self.articleDate)
        #expect(found.map(\.text) == spans.map(\.text))
        #expect(found.map(\.start) == spans.map(\.start))
        #expect(found.map(\.end) == spans.map(\.end))
        for (quantity, notation) in zip(found, expected) {
            let expectation = try #require(ExpectedMention(notation), "bad notation \(notation)")
            #expect(expectation.mismatches(quantity).isEmpty, "\(quantity.text): \(expectation.mismatches(quantity))")
        }
    }

    /// Recall and precision over the whole suite: a mention is right when its span, kind and value
    /// (or bounds) match the expected one.
    @Test(arguments: [
        ("whole suite", QuantityCases.all), ("held-out cases", QuantityCases.heldOut),
        ("second held-out batch", QuantityCases.heldOutSecond),
    ])
    func suiteAccuracy(name: String, cases: [QuantityCase]) throws {
        var expectedTotal = 0
        var foundTotal = 0
        var correct = 0
        for testCase in cases {
            guard let (text, spans) = MarkedText.parse(testCase.marked) else { continue }
            let expected = testCase.expected.filter { !$0.isEmpty }.compactMap(ExpectedMention.init)
            let found = QuantityScanner.quantities(in: text, date: Self.articleDate)
            expectedTotal += spans.count
            foundTotal += found.count
            for (span, expectation) in zip(spans, expected) {
                guard let match = found.first(where: { $0.start == span.start && $0.end == span.end }) else { continue }
                let problems = expectation.mismatches(match).filter {
                    $0.hasPrefix("kind") || $0.hasPrefix("value") || $0.hasPrefix("bounds")
                }
                if problems.isEmpty { correct += 1 }
            }
        }
        let recall = Double(correct) / Double(max(expectedTotal, 1))
        let precision = Double(correct) / Double(max(foundTotal, 1))
        print("quantity \(name): \(cases.count) cases, \(expectedTotal) expected mentions, \(foundTotal) found, \(correct) right; recall \(recall), precision \(precision)")
        #expect(recall >= 0.95)
        #expect(precision >= 0.95)
    }

    // MARK: Properties

    /// Texts to check properties on: every case, plus random mixes of number-like words.
    static var propertyTexts: [String] {
        var texts = QuantityCases.all.compactMap { MarkedText.parse($0.marked)?.text }
        let vocabulary = [
            "1,000", "234,000", "$", "4bn", "-", "–", "to", "and", "between", "more", "than", "about", "two", "dozen", "of",
            "hundreds", "a", "half", "third", "May", "23", "2022", "last", "year", "October", "%", "percent", "per", "day",
            "one", "in", "five", "FY", "2012", "13", "(", ")", "555", "0123", ".", ",", "\n", "1.", "€", "£2.3tn", "’",
            "é", "🙂", "816 000", ".08", "−5", "or", "more", "plus", "+", "COVID-19", "Title", "42", "a.m.", "10:30",
        ]
        var generator = SplitMix(seed: 7)
        for _ in 0..<300 {
            var words: [String] = []
            for _ in 0..<Int(generator.next() % 24) { words.append(vocabulary[Int(generator.next() % UInt64(vocabulary.count))]) }
            texts.append(words.joined(separator: generator.next() % 3 == 0 ? "" : " "))
        }
        return texts
    }

    @Test func offsetsSliceOutTheMentionText() {
        for text in Self.propertyTexts {
            let scalars = Array(text.unicodeScalars)
            for quantity in QuantityScanner.quantities(in: text, date: Self.articleDate) {
                #expect(quantity.start >= 0 && quantity.start < quantity.end && quantity.end <= scalars.count)
                guard quantity.start >= 0, quantity.start < quantity.end, quantity.end <= scalars.count else { continue }
                let slice = String(String.UnicodeScalarView(scalars[quantity.start..<quantity.end]))
                #expect(slice == quantity.text, "in \(text)")
                if let period = quantity.period {
                    #expect(String(String.UnicodeScalarView(scalars[period.start..<period.end])) == period.text)
                }
            }
        }
    }

    @Test func mentionsDoNotOverlapAndComeInOrder() {
        for text in Self.propertyTexts {
            let found = QuantityScanner.quantities(in: text, date: Self.articleDate)
            for (previous, next) in zip(found, found.dropFirst()) {
                #expect(previous.end <= next.start, "\(previous.text) overlaps \(next.text) in \(text)")
            }
        }
    }

    /// Arbitrary text never crashes the scanner or the time reader, and spans stay inside it.
    @Test func arbitraryTextIsSafe() {
        let pieces: [String] = [
            "0", "1", "5", "9", ",", ".", "-", "–", "−", " ", "\u{A0}", "\u{202F}", "$", "€", "%", "/", ":", "(", ")", "+",
            "a", "m", "k", "bn", "st", "to", "in", "of", "and", "or", "May", "FY", "Q", "the", "third", "quarter", "half",
            "é", "’", "🙂", "\n", "\u{0301}", "\u{FFFD}",
        ]
        var generator = SplitMix(seed: 42)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 40) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let count = text.unicodeScalars.count
            for quantity in QuantityScanner.quantities(in: text, date: Self.articleDate) {
                #expect(quantity.start >= 0 && quantity.start < quantity.end && quantity.end <= count, "\(text)")
            }
            for period in TimeExpressions.periods(in: text, date: Self.articleDate) {
                #expect(period.start >= 0 && period.start < period.end && period.end <= count, "\(text)")
            }
        }
    }

    @Test func hugeNumbersStayFinite() {
        let digits = String(repeating: "9", count: 400)
        let text = "\(digits) people and 5 trillion trillion trillion dollars and millions of billions of trillions of stars"
        for quantity in QuantityScanner.quantities(in: text, date: nil) {
            #expect([quantity.value, quantity.lower, quantity.upper, quantity.precision].allSatisfy { $0?.isFinite ?? true })
        }
    }

    @Test func precisionFollowsTheStatedDigits() {
        let found = QuantityScanner.quantities(in: "234,000 and 4.5 and 1.5 million and 12", date: nil)
        #expect(found.map(\.precision) == [1000, 0.1, 100_000, 1])
    }

    @Test func withoutDateDayMonthHasNoResolvedDays() {
        let found = QuantityScanner.quantities(in: "blocked on May 23 by a judge", date: nil)
        #expect(found.map(\.text) == ["May 23"])
        #expect(found.first?.period?.from == nil)
    }
}

/// A small deterministic generator for the property texts.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
