// Measures the check stage: loading rules and datasets, and verdicts per second for a mix of claims,
// with the bundled rules and with 1,000 extra rules (rule lookup is indexed by measure words, so the
// cost per claim should barely move). Run: swift run -c release --scratch-path .build-release CheckBenchmark
import Check
import Claims
import Foundation

/// CPU time of this thread, so other processes on a shared machine do not inflate the figures.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = cpuSeconds()
    try work()
    return cpuSeconds() - start
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let rulesPath = root.appendingPathComponent("Rules").path
let referencePath = root.appendingPathComponent("Corpus/reference").path

func period(_ year: Int, _ month: Int) -> Period {
    let (from, to) = Day.monthBounds(year: year, month: month)
    return Period(text: "in \(month)/\(year)", start: 0, end: 0, from: from.description, to: to.description, granularity: .month)
}

/// A realistic mix: monthly encounter counts (most months of 2019–2023), lawsuit counts, dates,
/// speakers with titles, and claims no rule covers.
func claims(count: Int) -> [Claim] {
    var claims: [Claim] = []
    claims.reserveCapacity(count)
    let sentence = "There were more than 234,000 encounters in April alone along the border, and Border Patrol officials have said they are encountering large migrant groups."
    for index in 0..<count {
        switch index % 5 {
        case 0, 1:
            let month = period(2019 + index % 5, 1 + index % 12)
            let quantity = Quantity(text: "more than 150,000", start: 0, end: 17, value: 150_000, kind: .count, approximator: "more than", bound: .greaterThan)
            claims.append(.numeric(NumericClaim(id: "n\(index)", text: "more than 150,000 encounters", sentence: sentence, start: 0, end: 28, quantity: quantity, measure: "encounters", subject: ["border"], period: month)))
        case 2:
            let quantity = Quantity(text: "two dozen", start: 0, end: 9, value: 24, kind: .count)
            claims.append(.numeric(NumericClaim(id: "n\(index)", text: "two dozen Republican states", sentence: "A lawsuit from two dozen Republican states blocked the end of Title 42.", start: 0, end: 27, quantity: quantity, measure: "Republican states", subject: [], period: nil)))
        case 3:
            let quantity = Quantity(text: "approximately 12,000", start: 0, end: 20, value: 12_000, kind: .count, approximator: "approximately", bound: .approximate)
            claims.append(.numeric(NumericClaim(id: "n\(index)", text: "approximately 12,000", sentence: "The migrants in the caravan number approximately 12,000.", start: 0, end: 20, quantity: quantity, measure: "migrants", subject: ["caravan"], period: nil)))
        default:
            let speakers = [("Homeland Security Secretary", "Alejandro Mayorkas"), ("Vice President", "Kamala Harris"), ("Caravan leader", "Luis Villigran")]
            let (title, speaker) = speakers[index % 3]
            claims.append(.attribution(AttributionClaim(
                id: "a\(index)", text: "\(title) \(speaker) said", sentence: "\(title) \(speaker) said so.", start: 0, end: 0, source: "\(title) \(speaker)",
                sourceSpan: nil, speaker: speaker, title: title, speakerKind: .person, cue: "said", cueLemma: "say", cueSpan: nil, cueClass: .assertion,
                negated: false, content: "so", contentSpans: [], direct: .indirect, channel: nil, when: nil)))
        }
    }
    return claims
}

/// 1,000 more rules like the monthly one, each for its own measure word.
func extraRules() throws -> String {
    let folder = NSTemporaryDirectory() + "claimcheck-bench-rules-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for file in try FileManager.default.contentsOfDirectory(atPath: rulesPath) where file.hasSuffix(".yaml") {
        try FileManager.default.copyItem(atPath: rulesPath + "/" + file, toPath: folder + "/" + file)
    }
    var yaml = "rules:\n"
    for number in 0..<1000 {
        yaml += """
              - id: extra-\(number)
                description: Synthetic rule \(number).
                applies-to: {measure: [gadget\(number)], context: [border], granularity: [month]}
                lookup:
                  dataset: cbp-sw-border-encounters
                  value: encounters
                  filters: {calendar_year: "{period.year}", calendar_month: "{period.month}", component: all, title_of_authority: all}
                examples:
                  - {sentence: There were 10 gadget\(number) at the border in April., date: 2022-06-07, verdict: supported}
                  - {sentence: There were 20 gadget\(number) at the border in April., date: 2022-06-07, verdict: refuted}

            """
    }
    _ = FileManager.default.createFile(atPath: folder + "/extra.yaml", contents: Data(yaml.utf8))
    return folder
}

var library: ReferenceLibrary!
let loadTime = try seconds { library = try ReferenceLibrary.load(directory: referencePath) }
var bundled: RuleSet!
let rulesTime = try seconds { bundled = try RuleSet.load(directory: rulesPath, library: library) }
let rowCount = library.datasets.values.reduce(0) { $0 + $1.rows.count }
print("CPU time of one thread.")
print("load \(library.datasets.count) datasets (\(rowCount) rows): \(String(format: "%.1f", loadTime * 1000)) ms; \(bundled.rules.count) rules: \(String(format: "%.1f", rulesTime * 1000)) ms")

let mix = claims(count: 200_000)
let date = Day(year: 2022, month: 6, day: 7)
let extraFolder = try extraRules()
defer { try? FileManager.default.removeItem(atPath: extraFolder) }
var large: RuleSet!
let largeTime = try seconds { large = try RuleSet.load(directory: extraFolder, library: library) }
print("parse and lint \(large.rules.count) rules: \(String(format: "%.1f", largeTime * 1000)) ms")

for (name, rules) in [("bundled rules", bundled!), ("bundled + 1,000 rules", large!)] {
    let verifier = Verifier(rules: rules, library: library)
    _ = verifier.check(Array(mix.prefix(1000)), articleDate: date)
    var counts: [Verdict: Int] = [:]
    let time = seconds {
        for checked in verifier.check(mix, articleDate: date) { counts[checked.verdict, default: 0] += 1 }
    }
    let summary = Verdict.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
    print("\(name): \(mix.count) claims in \(String(format: "%.2f", time)) s CPU = \(Int(Double(mix.count) / time)) claims/s on one core (\(summary))")
}

/// One sentence of `clauses` clauses, each with a number several rules consider and no measure of its own (so the
/// sentence stands in): the check's cost per claim should not grow with the sentence.
func longSentence(clauses: Int) -> [Claim] {
    let clause = "inflation eased to 8.6% in May 2022 and border encounters rose to 234,088, the highest since 1981, officials say; "
    let sentence = String(repeating: clause, count: clauses)
    let may = Period(text: "in May 2022", start: 0, end: 0, from: "2022-05-01", to: "2022-05-31", granularity: .month)
    return (0..<clauses).map { index in
        let start = index * clause.unicodeScalars.count + 19
        let quantity = Quantity(text: "8.6%", start: start, end: start + 4, value: 8.6, kind: .percent, unit: "%")
        return .numeric(NumericClaim(
            id: "n\(index)", text: "8.6%", sentence: sentence, start: start, end: start + 4, quantity: quantity, measure: nil, subject: [], period: may))
    }
}

let verifier = Verifier(rules: bundled, library: library)
for clauses in [1_000, 10_000] {
    let claims = longSentence(clauses: clauses)
    let bytes = claims.first.map { if case .numeric(let claim) = $0 { claim.sentence.utf8.count } else { 0 } } ?? 0
    let time = seconds { _ = verifier.check(claims, articleDate: date) }
    print("one sentence of \(bytes / 1000) KB with \(clauses) claims: \(String(format: "%.3f", time)) s CPU = \(String(format: "%.1f", time / Double(clauses) * 1e6)) µs per claim")
}
