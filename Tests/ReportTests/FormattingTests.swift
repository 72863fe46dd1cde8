import Foundation
import Mustache
import Testing

@testable import Report

@Suite struct FormattingTests {
    @Test(arguments: [
        (234088.0, "234,088"), (1000, "1,000"), (999, "999"), (0, "0"), (-1_234_567, "-1,234,567"), (12.5, "12.5"),
        (0.25, "0.25"), (1e20, "1e+20"),
    ])
    func numbers(_ value: Double, _ text: String) {
        #expect(NumberText.format(value) == text)
    }

    @Test(arguments: [
        ("2022-06-07", "7 June 2022"), ("2021-12-31T23:05:00Z", "31 December 2021, 23:05"), ("2022-13-01", "2022-13-01"),
        ("June 2022", "June 2022"), ("", ""),
    ])
    func dates(_ iso: String, _ label: String) {
        #expect(DateText.label(iso) == label)
    }

    @Test(arguments: [
        ("caravan-article_2.v1~", "caravan-article_2.v1~"), ("hostile page", "hostile%20page"), ("a/b#c?d", "a%2Fb%23c%3Fd"),
        ("näive \"x\"", "n%C3%A4ive%20%22x%22"),
    ])
    func urlText(_ text: String, _ encoded: String) {
        #expect(URLText.percentEncoded(text) == encoded)
    }

    /// Each special character at every position of texts longer than the eight bytes the escaper steps over.
    @Test(arguments: [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;")])
    func escapingAtEveryPosition(_ special: String, _ entity: String) {
        for text in ["Encounters rose 12% in May", "Núñez said “más de 200 mil” – ok"] {
            let characters = Array(text)
            for position in 0...characters.count {
                let input = String(characters[..<position]) + special + String(characters[position...])
                let expected = String(characters[..<position]) + entity + String(characters[position...])
                #expect(HTMLEscaping.escape(input) == expected)
            }
        }
        #expect(HTMLEscaping.escape(String(repeating: special, count: 19)) == String(repeating: entity, count: 19))
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256(_ message: String, _ hex: String) {
        let digest = SHA256.digest(Array(message.utf8))
        #expect(digest.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() == hex)
    }
}

/// Every field of the view models is visible to the templates (they read them through `child(named:)`).
@Suite struct TemplateLookupTests {
    static func unreachable(_ model: some MustacheParent) -> [String] {
        Mirror(reflecting: model).children.compactMap { child in
            guard let label = child.label else { return nil }
            return printed(model.child(named: label)) == Self.unwrapped(child.value).map { "\($0)" } ? nil : label
        }
    }

    /// A looked-up value as the template prints it.
    private static func printed(_ value: Any?) -> String? {
        switch value {
        case let text as Text: text.renderText
        case let texts as [Text]: texts.map(\.renderText).description
        case let value?: "\(value)"
        case nil: nil
        }
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    @Test func articleModelsAreReachable() throws {
        let report = Fixtures.seedReport
        let reviews = try Reviews(json: Data(Fixtures.seedReviewsJSON.utf8), file: "reviews.json").applied(to: report)
        let model = try HTMLReportWriter().articleModel(report, reviews: reviews, placed: report.claims.map { _ in true })
        #expect(Self.unreachable(model) == [])
        #expect(model.unmatched.map(Self.unreachable) == [])
        #expect(model.unmatched?.items.flatMap(Self.unreachable) == [])
    }

    @Test func indexModelsAreReachable() throws {
        let writer = try HTMLReportWriter()
        let summary = Fixtures.batchSummary
        let tally = BatchTally(summary.articles)
        let model = writer.indexModel(tally, failures: summary.failures)
        #expect(Self.unreachable(model) == [])
        #expect(model.failures.flatMap(Self.unreachable) == [])
        for entry in summary.articles {
            let row = writer.indexRowModel(entry, mostClaims: tally.mostClaims, failures: summary.failures.filter { $0.source == entry.source })
            #expect(Self.unreachable(row) == [])
            #expect(row.rowFailures?.flatMap(Self.unreachable) ?? [] == [])
        }
    }
}
