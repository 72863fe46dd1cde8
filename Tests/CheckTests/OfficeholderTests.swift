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
        /// Whether the name is the source of a statement ("… told reporters") rather than given in passing.
        var speaks = false
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "an open Cabinet term past the data's end",
            title: "Homeland Security Secretary", speaker: "Alejandro Mayorkas", date: Day(year: 2023, month: 7, day: 18), verdict: .unverifiable,
            explanation: "Homeland Security Secretary Alejandro Mayorkas: Alejandro Mayorkas was Secretary of Homeland Security from 2021-02-02 and still on 2023-02-10, the day officeholders ends; it cannot say who held the office on 2023-07-18 (officeholders line 475): unverifiable."),
        Case(
            name: "an open Cabinet term on the data's last day",
            title: "Homeland Security Secretary", speaker: "Alejandro Mayorkas", date: Day(year: 2023, month: 2, day: 10), verdict: .supported,
            explanation: "Homeland Security Secretary Alejandro Mayorkas: Alejandro Mayorkas was Secretary of Homeland Security on 2023-02-10 (in office 2021-02-02 to at least 2023-02-10, officeholders line 475): supported."),
        Case(
            name: "someone else in the office past the data's end, the speaker's own term long over",
            title: "Treasury Secretary", speaker: "Steve Mnuchin", date: Day(year: 2023, month: 10, day: 12), verdict: .refuted,
            explanation: "Treasury Secretary Steve Mnuchin: Steve Mnuchin was Secretary of the Treasury from 2017-02-13 to 2021-01-20, not on 2023-10-12: refuted.",
            speaks: true),
        Case(
            name: "a fixed term running past the data's end",
            title: "Vice President", speaker: "Kamala Harris", date: Day(year: 2023, month: 6, day: 28), verdict: .supported,
            explanation: "Vice President Kamala Harris: Kamala D. Harris was Vice President on 2023-06-28 (in office 2021-01-20 to 2025-01-20, officeholders line 470): supported."),
        Case(
            name: "a term the data ends before the day, the day past the data's end",
            title: "White House Chief of Staff", speaker: "Ron Klain", date: Day(year: 2023, month: 2, day: 20), verdict: .refuted,
            explanation: "White House Chief of Staff Ron Klain: Ron Klain was Chief of Staff from 2021-01-20 to 2023-02-08, not on 2023-02-20: refuted.",
            speaks: true),
        Case(
            name: "someone else's open term past the data's end",
            title: "Chief of Staff", speaker: "Anita Dunn", date: Day(year: 2023, month: 6, day: 1), verdict: .unverifiable,
            explanation: "Chief of Staff Anita Dunn: officeholders describes offices up to 2023-02-10, before the article's date 2023-06-01: unverifiable."),
        Case(
            name: "a listed person given another office's title",
            title: "Commerce Secretary", speaker: "Marty Walsh", date: Day(year: 2022, month: 7, day: 13), verdict: .refuted,
            explanation: "Commerce Secretary Marty Walsh: on 2022-07-13 the Secretary of Commerce was Gina Raimondo (in office 2021-03-03 to at least 2023-02-10, officeholders line 482): refuted."),
        Case(
            name: "a past holder named in passing under the title held then",
            title: "President", speaker: "Ronald Reagan", date: Day(year: 2023, month: 11, day: 6), verdict: .needsReview,
            explanation: "President Ronald Reagan: Ronald Reagan was President from 1985-01-20 to 1989-01-20, not on 2023-11-06; named in passing, the title may be the one held then: needs review."),
        Case(
            name: "a past holder speaking now under the old title",
            title: "Homeland Security Secretary", speaker: "Jeh Johnson", date: Day(year: 2022, month: 10, day: 24), verdict: .refuted,
            explanation: "Homeland Security Secretary Jeh Johnson: on 2022-10-24 the Secretary of Homeland Security was Alejandro Mayorkas (in office 2021-02-02 to at least 2023-02-10, officeholders line 475): refuted.",
            speaks: true),
        Case(
            name: "a day before the data lists anyone in the office",
            title: "Defense Secretary", speaker: "Donald Rumsfeld", date: Day(year: 1975, month: 12, day: 1), verdict: .unverifiable,
            explanation: "Defense Secretary Donald Rumsfeld: officeholders lists no Secretary of Defense on or before 1975-12-01: unverifiable.",
            speaks: true),
        Case(
            name: "a foreign head of state under a bare title",
            title: "President", speaker: "Andrés Manuel López Obrador", date: Day(year: 2022, month: 6, day: 16), verdict: .needsReview,
            explanation: "President Andrés Manuel López Obrador: on 2022-06-16 the President was Joseph Biden (in office 2021-01-20 to 2025-01-20, officeholders line 469), but officeholders lists Andrés Manuel López Obrador in no office, so the title may be another country's or organization's: needs review."),
        Case(
            name: "a former title for someone never listed",
            title: "former President", speaker: "Jair Bolsonaro", date: Day(year: 2023, month: 1, day: 9), verdict: .needsReview,
            explanation: "former President Jair Bolsonaro: officeholders lists no term of Jair Bolsonaro as President before 2023-01-09, but officeholders lists Jair Bolsonaro in no office, so the title may be another country's or organization's: needs review."),
    ]

    /// The claim as the claims stage hands it over: a statement's source ("… told reporters it would"), or a
    /// title stated in passing, with no cue and no content.
    static func claim(_ testCase: Case) -> Claim {
        let text = testCase.title + " " + testCase.speaker
        let end = text.unicodeScalars.count
        let cue = testCase.speaks ? "told" : ""
        return .attribution(AttributionClaim(
            id: testCase.speaks ? "a1" : "t1", text: testCase.speaks ? text + " told reporters it would" : text,
            sentence: text + (testCase.speaks ? " told reporters it would." : " visited the border."), start: 0,
            end: testCase.speaks ? end + 23 : end, source: text, sourceSpan: Span(start: 0, end: end), speaker: testCase.speaker,
            title: testCase.title, speakerKind: .person, cue: cue, cueLemma: testCase.speaks ? "tell" : "",
            cueSpan: testCase.speaks ? Span(start: end + 1, end: end + 5) : nil, cueClass: .assertion, negated: false,
            content: testCase.speaks ? "it would" : "", contentSpans: testCase.speaks ? [Span(start: end + 15, end: end + 23)] : [],
            direct: .indirect, channel: nil, when: nil))
    }

    @Test(arguments: cases)
    func verdict(_ testCase: Case) throws {
        let checked = try Bundled.verifier().check(Self.claim(testCase), articleDate: testCase.date)
        #expect(checked.verdict == testCase.verdict)
        #expect(checked.rule == "officeholder-title")
        #expect(checked.explanation == testCase.explanation)
    }
}
