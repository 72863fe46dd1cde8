import Claims
import Testing

@testable import Check

/// Officeholder titles against the bundled data (which ends on 2023-02-10): titles stated in passing, dates
/// past the data's end, and people the data does not list in any office.
struct OfficeholderTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var title: String
        var speaker: String
        var date: Day
        var verdict: Verdict
        var explanation: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "an open Cabinet term past the data's end, inside the administration's fixed term",
            title: "Homeland Security Secretary", speaker: "Alejandro Mayorkas", date: Day(year: 2023, month: 7, day: 18), verdict: .supported,
            explanation: "Homeland Security Secretary Alejandro Mayorkas: Alejandro Mayorkas was Secretary of Homeland Security from 2021-02-02 and still on 2023-02-10, when officeholders ends, and the administration's term runs to 2025-01-20 (officeholders line 475): supported."),
        Case(
            name: "a fixed term running past the data's end",
            title: "Vice President", speaker: "Kamala Harris", date: Day(year: 2023, month: 6, day: 28), verdict: .supported,
            explanation: "Vice President Kamala Harris: Kamala D. Harris was Vice President on 2023-06-28 (in office 2021-01-20 to 2025-01-20, officeholders line 470): supported."),
        Case(
            name: "a term the data ends before the day, the day past the data's end",
            title: "White House Chief of Staff", speaker: "Ron Klain", date: Day(year: 2023, month: 2, day: 20), verdict: .refuted,
            explanation: "White House Chief of Staff Ron Klain: Ron Klain was Chief of Staff from 2021-01-20 to 2023-02-08, not on 2023-02-20: refuted."),
        Case(
            name: "someone else's open term past the data's end",
            title: "Chief of Staff", speaker: "Anita Dunn", date: Day(year: 2023, month: 6, day: 1), verdict: .unverifiable,
            explanation: "Chief of Staff Anita Dunn: officeholders describes offices up to 2023-02-10, before the article's date 2023-06-01: unverifiable."),
        Case(
            name: "a listed person given another office's title",
            title: "Commerce Secretary", speaker: "Marty Walsh", date: Day(year: 2022, month: 7, day: 13), verdict: .refuted,
            explanation: "Commerce Secretary Marty Walsh: on 2022-07-13 the Secretary of Commerce was Gina Raimondo (in office 2021-03-03 to at least 2023-02-10, officeholders line 482): refuted."),
        Case(
            name: "a foreign head of state under a bare title",
            title: "President", speaker: "Andrés Manuel López Obrador", date: Day(year: 2022, month: 6, day: 16), verdict: .needsReview,
            explanation: "President Andrés Manuel López Obrador: on 2022-06-16 the President was Joseph Biden (in office 2021-01-20 to 2025-01-20, officeholders line 469), but officeholders lists Andrés Manuel López Obrador in no office, so the title may be another country's or organization's: needs review."),
        Case(
            name: "a former title for someone never listed",
            title: "former President", speaker: "Jair Bolsonaro", date: Day(year: 2023, month: 1, day: 9), verdict: .needsReview,
            explanation: "former President Jair Bolsonaro: officeholders lists no term of Jair Bolsonaro as President before 2023-01-09, but officeholders lists Jair Bolsonaro in no office, so the title may be another country's or organization's: needs review."),
    ]

    /// A title stated in passing, as the claims stage hands it over: no cue and no content.
    static func titleClaim(_ title: String, _ speaker: String) -> Claim {
        let text = title + " " + speaker
        return .attribution(AttributionClaim(
            id: "t1", text: text, sentence: text + " visited the border.", start: 0, end: text.unicodeScalars.count, source: text,
            sourceSpan: Span(start: 0, end: text.unicodeScalars.count), speaker: speaker, title: title, speakerKind: .person,
            cue: "", cueLemma: "", cueSpan: nil, cueClass: .assertion, negated: false, content: "", contentSpans: [],
            direct: .indirect, channel: nil, when: nil))
    }

    @Test(arguments: cases)
    func verdict(_ testCase: Case) throws {
        let checked = try Bundled.verifier().check(Self.titleClaim(testCase.title, testCase.speaker), articleDate: testCase.date)
        #expect(checked.verdict == testCase.verdict)
        #expect(checked.rule == "officeholder-title")
        #expect(checked.explanation == testCase.explanation)
    }
}
