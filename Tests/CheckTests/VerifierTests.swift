import Claims
import Testing
@testable import Check

/// Hand-built claims through the bundled rules and data: the verdict, the deciding rule and the sentence a
/// reviewer reads.
struct VerifierTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var claim: Claim
        var date: Day?
        var verdict: Verdict
        var rule: String?
        var explanation: String
        var description: String { name }
    }

    static let june7 = Day(year: 2022, month: 6, day: 7)
    static let seedSentence = "There were more than 234,000 encounters in April alone along the border, and Border Patrol officials have said that they are encountering large migrant groups."
    static let april2022 = Make.period("in April", "2022-04-01", "2022-04-30", .month)
    static let lawsuitSentence = "The administration was blocked from ending the restrictions on May 23 by a federal judge, who imposed a preliminary injunction after a lawsuit from two dozen Republican states claimed the move was unlawful."

    static let numericCases: [Case] = [
        Case(
            name: "seed: more than 234,000 encounters in April",
            claim: Make.numeric("more than 234,000", in: seedSentence, value: 234_000, bound: .greaterThan, approximator: "more than", measure: "encounters", period: april2022),
            date: june7, verdict: .supported, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed more than 234,000; CBP reported 234,088 southwest land border encounters for April 2022 (published 2022-05-17; revised 235,785): supported."),
        Case(
            name: "fewer than 200,000 in April is refuted",
            claim: Make.numeric("fewer than 200,000", in: "Agents recorded fewer than 200,000 encounters along the border in April.", value: 200_000, bound: .lessThan, approximator: "fewer than", measure: "encounters", period: april2022),
            date: june7, verdict: .refuted, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed fewer than 200,000; CBP reported 234,088 southwest land border encounters for April 2022 (published 2022-05-17; revised 235,785): refuted."),
        Case(
            name: "bare 234,000 is read to the nearest thousand",
            claim: Make.numeric("234,000", in: "There were 234,000 encounters along the border in April.", value: 234_000, measure: "encounters", period: april2022),
            date: june7, verdict: .supported, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed 234,000; CBP reported 234,088 southwest land border encounters for April 2022 (published 2022-05-17; revised 235,785): supported."),
        Case(
            name: "bare 235,000 is off by more than its precision",
            claim: Make.numeric("235,000", in: "There were 235,000 encounters along the border in April.", value: 235_000, measure: "encounters", period: april2022),
            date: june7, verdict: .refuted, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed 235,000; CBP reported 234,088 southwest land border encounters for April 2022 (published 2022-05-17; revised 235,785): refuted."),
        Case(
            name: "the revision is used once it is public",
            claim: Make.numeric("235,785", in: "There were 235,785 encounters along the border in April 2022.", value: 235_785, measure: "encounters", period: april2022),
            date: Day(year: 2023, month: 6, day: 1), verdict: .supported, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed 235,785; CBP reported 235,785 southwest land border encounters for April 2022 (published 2023-03-10; first published 234,088): supported."),
        Case(
            name: "about 12,000 within 5%",
            claim: Make.numeric("about 156,000", in: "CBP counted about 156,000 border encounters in January.", value: 156_000, bound: .approximate, approximator: "about", measure: "border encounters", period: Make.period("in January", "2022-01-01", "2022-01-31", .month)),
            date: june7, verdict: .supported, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed about 156,000; CBP reported 154,816 southwest land border encounters for January 2022 (published 2022-05-17; revised 154,874): supported."),
        Case(
            name: "Title 42 encounters are checked against the Title 42 rows",
            claim: Make.numeric("96,908", in: "There were 96,908 Title 42 encounters at the border in April.", value: 96_908, measure: "Title 42 encounters", period: april2022),
            date: june7, verdict: .supported, rule: "cbp-sw-border-title-42",
            explanation: "Claimed 96,908; CBP reported 96,908 southwest land border encounters under Title 42 for April 2022 (published 2022-05-17; revised 100,574): supported."),
        Case(
            name: "a claim naming nothing it counts is matched by its sentence",
            claim: Make.numeric("235,785", in: "Southwest border encounters totaled 235,785 in April 2022, according to revised CBP data.", value: 235_785, measure: nil, period: april2022),
            date: Day(year: 2023, month: 6, day: 1), verdict: .supported, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed 235,785; CBP reported 235,785 southwest land border encounters for April 2022 (published 2023-03-10; first published 234,088): supported."),
        Case(
            name: "no period: needs review",
            claim: Make.numeric("more than 234,000", in: "There were more than 234,000 encounters along the border.", value: 234_000, bound: .greaterThan, approximator: "more than", measure: "encounters"),
            date: june7, verdict: .needsReview, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed more than 234,000; the claim's period could not be resolved to dates: needs review."),
        Case(
            name: "a month after the data end",
            claim: Make.numeric("100,000", in: "There were 100,000 encounters along the border in April.", value: 100_000, measure: "encounters", period: Make.period("in April", "2030-04-01", "2030-04-30", .month)),
            date: Day(year: 2030, month: 6, day: 1), verdict: .unverifiable, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed 100,000; Southwest Land Border Encounters, by month, component and title of authority ends with September 2023, before April 2030: unverifiable."),
        Case(
            name: "a month before the data begin",
            claim: Make.numeric("100,000", in: "There were 100,000 encounters along the border in April.", value: 100_000, measure: "encounters", period: Make.period("in April", "2010-04-01", "2010-04-30", .month)),
            date: Day(year: 2010, month: 6, day: 1), verdict: .unverifiable, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed 100,000; Southwest Land Border Encounters, by month, component and title of authority has no rows for April 2010 (calendar_month = 4, calendar_year = 2010, component = all, title_of_authority = all): unverifiable."),
        Case(
            name: "a month first published after the article",
            claim: Make.numeric("more than 240,000", in: "There were more than 240,000 encounters along the border in May.", value: 240_000, bound: .greaterThan, approximator: "more than", measure: "encounters", period: Make.period("in May", "2022-05-01", "2022-05-31", .month)),
            date: Day(year: 2022, month: 6, day: 20), verdict: .supported, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed more than 240,000; CBP reported 241,136 southwest land border encounters for May 2022 (published 2023-03-10; no vintage with these rows was public on 2022-06-20; using the first, published 2023-03-10): supported."),
        Case(
            name: "a fiscal year complete only in a vintage published later",
            claim: Make.numeric("more than 1 million", in: "There were more than 1 million encounters at the border in fiscal year 2022.", value: 1_000_000, bound: .greaterThan, approximator: "more than", measure: "encounters", period: Make.period("fiscal year 2022", "2021-10-01", "2022-09-30", .fiscalYear)),
            date: june7, verdict: .supported, rule: "cbp-sw-border-fiscal-year-encounters",
            explanation: "Claimed more than 1,000,000; CBP reported 2,378,944 southwest land border encounters in fiscal year 2022 (published 2023-03-10; no vintage with these rows was public on 2022-06-07; using the first, published 2023-03-10): supported."),
        Case(
            name: "a calendar year no vintage has complete",
            claim: Make.numeric("more than 2 million", in: "There were more than 2 million encounters at the southwest border in 2023.", value: 2_000_000, bound: .greaterThan, approximator: "more than", measure: "encounters", period: Make.period("in 2023", "2023-01-01", "2023-12-31", .year)),
            date: Day(year: 2024, month: 10, day: 1), verdict: .needsReview, rule: "cbp-sw-border-calendar-year-encounters",
            explanation: "Claimed more than 2,000,000; cbp-sw-border-encounters has 9 of the 12 rows a complete 2023 needs: needs review."),
        Case(
            name: "a calendar year summed over twelve months",
            claim: Make.numeric("more than 2 million", in: "There were more than 2 million encounters at the southwest border last year.", value: 2_000_000, bound: .greaterThan, approximator: "more than", measure: "encounters", period: Make.period("last year", "2021-01-01", "2021-12-31", .year)),
            date: june7, verdict: .supported, rule: "cbp-sw-border-calendar-year-encounters",
            explanation: "Claimed more than 2,000,000; CBP reported 2,035,602 southwest land border encounters in 2021 (published 2022-05-17; revised 2,035,585): supported."),
        Case(
            name: "seed: approximately 12,000 migrants has no rule",
            claim: Make.numeric("approximately 12,000", in: "The migrants in the caravan are estimated to number approximately 12,000.", value: 12_000, bound: .approximate, approximator: "approximately", measure: "migrants"),
            date: june7, verdict: .unverifiable, rule: nil,
            explanation: "Claimed approximately 12,000 migrants; no rule applies to this claim: unverifiable."),
        Case(
            name: "seed: 1,000 visas a day has no rule",
            claim: Make.numeric("1,000", in: "Mexico will begin issuing 1,000 temporary work visas a day to the migrants.", value: 1_000, measure: "temporary work visas", rate: "day"),
            date: june7, verdict: .unverifiable, rule: nil,
            explanation: "Claimed 1,000 temporary work visas per day; no rule applies to this claim: unverifiable."),
        Case(
            name: "a rate of encounters is not a monthly total",
            claim: Make.numeric("8,000", in: "Agents had 8,000 encounters a day along the border in April.", value: 8_000, measure: "encounters", period: april2022, rate: "day"),
            date: june7, verdict: .unverifiable, rule: nil,
            explanation: "Claimed 8,000 encounters per day; no rule applies to this claim: unverifiable."),
        Case(
            name: "seed: October last year is no rule's date",
            claim: Make.numeric("October last year", in: "It is one of a number of massive caravans, including one in October last year.", value: nil, kind: .date, measure: nil, period: Make.period("October last year", "2021-10-01", "2021-10-31", .month)),
            date: june7, verdict: .unverifiable, rule: nil,
            explanation: "Claimed October 2021; no rule applies to this claim: unverifiable."),
        Case(
            name: "seed: two dozen Republican states",
            claim: Make.numeric("two dozen", in: lawsuitSentence, value: 24, unit: "states", measure: "Republican states"),
            date: june7, verdict: .supported, rule: "title42-plaintiff-states",
            explanation: "Claimed 24; 24 states were plaintiffs in Louisiana v. CDC when the court blocked the end of Title 42: supported."),
        Case(
            name: "thirty states is refuted",
            claim: Make.numeric("30", in: "A lawsuit from 30 states blocked the end of Title 42.", value: 30, unit: "states", measure: "states"),
            date: june7, verdict: .refuted, rule: "title42-plaintiff-states",
            explanation: "Claimed 30; 24 states were plaintiffs in Louisiana v. CDC when the court blocked the end of Title 42: refuted."),
        Case(
            name: "seed: the May 23 end of the restrictions",
            claim: Make.numeric("May 23", in: lawsuitSentence, value: nil, kind: .date, measure: nil, period: Make.period("May 23", "2022-05-23", "2022-05-23", .day)),
            date: june7, verdict: .supported, rule: "title42-planned-end",
            explanation: "Claimed May 23, 2022; the CDC's order ending the Title 42 restrictions was to take effect on May 23, 2022: supported."),
        Case(
            name: "a part of the total named in the sentence is checked as that part, not refuted against the total",
            claim: Make.numeric("32,288", in: "The Border Patrol reported 201,800 apprehensions in April, and the Office of Field Operations reported another 32,288 encounters.", value: 32_288, measure: "encounters", period: april2022),
            date: june7, verdict: .supported, rule: "cbp-sw-border-ports-of-entry",
            explanation: "Claimed 32,288; CBP reported 32,288 southwest border encounters at ports of entry (Office of Field Operations) for April 2022 (published 2022-05-17; revised 32,281): supported."),
        Case(
            name: "a part no rule checks is not refuted against the total",
            claim: Make.numeric("24,000", in: "Single adults accounted for 24,000 encounters along the border in April.", value: 24_000, measure: "encounters", period: april2022),
            date: june7, verdict: .needsReview, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed 24,000; CBP reported 234,088 southwest land border encounters for April 2022 (published 2022-05-17; revised 235,785); the sentence also names single adults, which the claim may be about: needs review."),
        Case(
            name: "a part the rule chose rows for is refuted normally",
            claim: Make.numeric("130,000", in: "There were 130,000 Title 8 encounters at the border in April.", value: 130_000, measure: "Title 8 encounters", period: april2022),
            date: june7, verdict: .refuted, rule: "cbp-sw-border-monthly-encounters",
            explanation: "Claimed 130,000; CBP reported 137,180 southwest land border encounters for April 2022 (published 2022-05-17; revised 135,211): refuted."),
        Case(
            name: "a court date is not refuted against the planned end",
            claim: Make.numeric("May 20", in: "A judge blocked the Biden administration from lifting Title 42 on May 20.", value: nil, kind: .date, measure: nil, period: Make.period("May 20", "2022-05-20", "2022-05-20", .day)),
            date: june7, verdict: .needsReview, rule: "title42-planned-end",
            explanation: "Claimed May 20, 2022; the CDC's order ending the Title 42 restrictions was to take effect on May 23, 2022; the sentence also names blocked, which the date may be about: needs review."),
        Case(
            name: "June 23 is not the planned end",
            claim: Make.numeric("June 23", in: "The administration had planned to lift the Title 42 restrictions on June 23.", value: nil, kind: .date, measure: nil, period: Make.period("June 23", "2022-06-23", "2022-06-23", .day)),
            date: june7, verdict: .refuted, rule: "title42-planned-end",
            explanation: "Claimed June 23, 2022; the CDC's order ending the Title 42 restrictions was to take effect on May 23, 2022: refuted."),
    ]

    static let attributionCases: [Case] = [
        Case(
            name: "seed: Homeland Security Secretary Alejandro Mayorkas",
            claim: Make.attribution(source: "Homeland Security Secretary Alejandro Mayorkas", speaker: "Alejandro Mayorkas", title: "Homeland Security Secretary"),
            date: june7, verdict: .supported, rule: "officeholder-title",
            explanation: "Homeland Security Secretary Alejandro Mayorkas: Alejandro Mayorkas was Secretary of Homeland Security on 2022-06-07 (in office 2021-02-02 to at least 2023-02-10, officeholders line 475): supported."),
        Case(
            name: "seed: Vice President Kamala Harris",
            claim: Make.attribution(source: "Vice President Kamala Harris", speaker: "Kamala Harris", title: "Vice President"),
            date: june7, verdict: .supported, rule: "officeholder-title",
            explanation: "Vice President Kamala Harris: Kamala D. Harris was Vice President on 2022-06-07 (in office 2021-01-20 to 2025-01-20, officeholders line 470): supported."),
        Case(
            name: "someone else held the office",
            claim: Make.attribution(source: "Homeland Security Secretary Kirstjen Nielsen", speaker: "Kirstjen Nielsen", title: "Homeland Security Secretary"),
            date: june7, verdict: .refuted, rule: "officeholder-title",
            explanation: "Homeland Security Secretary Kirstjen Nielsen: on 2022-06-07 the Secretary of Homeland Security was Alejandro Mayorkas (in office 2021-02-02 to at least 2023-02-10, officeholders line 475): refuted."),
        Case(
            name: "a former officeholder called by the title",
            claim: Make.attribution(source: "Vice President Mike Pence", speaker: "Mike Pence", title: "Vice President"),
            date: june7, verdict: .refuted, rule: "officeholder-title",
            explanation: "Vice President Mike Pence: on 2022-06-07 the Vice President was Kamala D. Harris (in office 2021-01-20 to 2025-01-20, officeholders line 470): refuted."),
        Case(
            name: "former Vice President",
            claim: Make.attribution(source: "former Vice President Mike Pence", speaker: "Mike Pence", title: "former Vice President"),
            date: june7, verdict: .supported, rule: "officeholder-title",
            explanation: "former Vice President Mike Pence: Mike Pence was Vice President from 2017-01-20 to 2021-01-20: supported."),
        Case(
            name: "an alias from the rule",
            claim: Make.attribution(source: "DHS Secretary Alejandro Mayorkas", speaker: "Alejandro Mayorkas", title: "DHS Secretary"),
            date: june7, verdict: .supported, rule: "officeholder-title",
            explanation: "DHS Secretary Alejandro Mayorkas: Alejandro Mayorkas was Secretary of Homeland Security on 2022-06-07 (in office 2021-02-02 to at least 2023-02-10, officeholders line 475): supported."),
        Case(
            name: "a title that is no office",
            claim: Make.attribution(source: "Caravan leader Luis Villigran", speaker: "Luis Villigran", title: "Caravan leader"),
            date: june7, verdict: .unverifiable, rule: nil,
            explanation: "Caravan leader Luis Villigran: no rule checks this speaker or title: unverifiable."),
        Case(
            name: "a title without a name",
            claim: Make.attribution(source: "the Vice President", speaker: nil, title: "Vice President"),
            date: june7, verdict: .needsReview, rule: "officeholder-title",
            explanation: "Vice President: the speaker's name is not given, so the Vice President cannot be checked: needs review."),
        Case(
            name: "an article after the officeholder data ends",
            claim: Make.attribution(source: "Homeland Security Secretary Alejandro Mayorkas", speaker: "Alejandro Mayorkas", title: "Homeland Security Secretary"),
            date: Day(year: 2025, month: 3, day: 1), verdict: .unverifiable, rule: "officeholder-title",
            explanation: "Homeland Security Secretary Alejandro Mayorkas: Alejandro Mayorkas was Secretary of Homeland Security from 2021-02-02 and still on 2023-02-10, the day officeholders ends; it cannot say who held the office on 2025-03-01 (officeholders line 475): unverifiable."),
        Case(
            name: "acting officials are not listed",
            claim: Make.attribution(source: "Acting Homeland Security Secretary Chad Wolf", speaker: "Chad Wolf", title: "Acting Homeland Security Secretary"),
            date: Day(year: 2020, month: 6, day: 1), verdict: .unverifiable, rule: "officeholder-title",
            explanation: "Acting Homeland Security Secretary Chad Wolf: officeholders does not list acting officials: unverifiable."),
        Case(
            name: "the speaker held the office at another time",
            claim: Make.attribution(source: "Homeland Security Secretary Kirstjen Nielsen", speaker: "Kirstjen Nielsen", title: "Homeland Security Secretary"),
            date: Day(year: 2019, month: 6, day: 1), verdict: .refuted, rule: "officeholder-title",
            explanation: "Homeland Security Secretary Kirstjen Nielsen: Kirstjen Nielsen was Secretary of Homeland Security from 2017-12-06 to 2019-04-07, not on 2019-06-01: refuted."),
        Case(
            name: "a short first name",
            claim: Make.attribution(source: "President Joe Biden", speaker: "Joe Biden", title: "President"),
            date: june7, verdict: .supported, rule: "officeholder-title",
            explanation: "President Joe Biden: Joseph Biden was President on 2022-06-07 (in office 2021-01-20 to 2025-01-20, officeholders line 469): supported."),
        Case(
            name: "the office holder's last name with another first name",
            claim: Make.attribution(source: "President Jill Biden", speaker: "Jill Biden", title: "President"),
            date: june7, verdict: .needsReview, rule: "officeholder-title",
            explanation: "President Jill Biden: on 2022-06-07 the President was Joseph Biden, whose first name differs from Jill Biden's: needs review."),
        Case(
            name: "Secretary of State is not any secretary",
            claim: Make.attribution(source: "Secretary of State Alejandro Mayorkas", speaker: "Alejandro Mayorkas", title: "Secretary of State"),
            date: june7, verdict: .refuted, rule: "officeholder-title",
            explanation: "Secretary of State Alejandro Mayorkas: on 2022-06-07 the Secretary of State was Antony Blinken (in office 2021-01-26 to at least 2023-02-10, officeholders line 473): refuted."),
        Case(
            name: "a bare 'Secretary' names no office",
            claim: Make.attribution(source: "Secretary Mayorkas", speaker: "Mayorkas", title: "Secretary"),
            date: june7, verdict: .unverifiable, rule: nil,
            explanation: "Secretary Mayorkas: no rule checks this speaker or title: unverifiable."),
        Case(
            name: "a lower-case title cannot refute",
            claim: Make.attribution(source: "Home Depot president Craig Menear", speaker: "Craig Menear", title: "president"),
            date: Day(year: 2019, month: 11, day: 19), verdict: .needsReview, rule: "officeholder-title",
            explanation: "president Craig Menear: on 2019-11-19 the President was Donald Trump (in office 2017-01-20 to 2021-01-20, officeholders line 425), but 'president' in lower case may be another organization's title: needs review."),
        Case(
            name: "a group speaker",
            claim: Make.attribution(source: "Border Patrol officials", speaker: nil, title: nil),
            date: june7, verdict: .unverifiable, rule: nil,
            explanation: "Border Patrol officials: no rule checks this speaker or title: unverifiable."),
    ]

    @Test(arguments: numericCases + attributionCases)
    func verdict(_ testCase: Case) throws {
        let checked = try Bundled.verifier().check(testCase.claim, articleDate: testCase.date)
        #expect(checked.verdict == testCase.verdict)
        #expect(checked.rule == testCase.rule)
        #expect(checked.explanation == testCase.explanation)
    }

    @Test func seedEvidenceShowsRowsVintagesAndArithmetic() throws {
        let claim = Self.numericCases[0].claim
        let checked = try Bundled.verifier().check(claim, articleDate: Self.june7)
        let evidence = try #require(checked.evidence.first)
        #expect(evidence.dataset == "cbp-sw-border-encounters")
        #expect(evidence.vintage == "2022-05-17")
        #expect(evidence.referenceValue == 234_088)
        #expect(evidence.otherVintages == ["2023-03-10": 235_785, "2024-09-01": 235_785])
        #expect(evidence.claimedLower == 234_000)
        #expect(evidence.claimedUpper == nil)
        #expect(evidence.comparison == "234,088 > 234,000")
        #expect(evidence.rows.map(\.line) == [337])
        #expect(evidence.rows.first?.values["encounters"] == "234088")
    }

    /// A dataset's rows share its column names; such a row is the same evidence as one built from its values.
    @Test(arguments: [
        (["month", "Region", "encounters", "data_vintage", "é", "e"], ["2022-04", "Southwest", "234088", "2022-05-17", "", "x"]),
        ([], []),
        (["b", "a"], ["2", "1"]),
    ])
    func rowWithSharedColumnsIsItsValues(_ names: [String], _ cells: [String]) {
        let shared = Evidence.Row(line: 337, columns: Evidence.Columns(names: names), cells: cells, file: "cbp.csv")
        let values = Dictionary(uniqueKeysWithValues: zip(names, cells))
        let built = Evidence.Row(line: 337, values: values, file: "cbp.csv")
        #expect(shared.values == values)
        #expect(shared == built)
        #expect(shared.hashValue == built.hashValue)
        #expect(shared.sortedValues.map(\.column) == names.sorted())
        #expect(shared.sortedValues.map(\.value) == names.sorted().map { values[$0]! })
        #expect(shared != Evidence.Row(line: 337, values: values.merging(["more": "1"]) { cell, _ in cell }, file: "cbp.csv"))
    }
}

/// `claimcheck explain` shows every rule and why it did or did not apply.
struct ExplainTests {
    @Test func seedClaimConsidersEveryRule() throws {
        let verifier = try Bundled.verifier()
        let (considered, checked) = verifier.explain(VerifierTests.numericCases[0].claim, articleDate: VerifierTests.june7)
        #expect(considered.map { "\($0.rule): \($0.skipped ?? "applies → \($0.outcome!.verdict.rawValue)")" } == [
            "cbp-sw-border-monthly-encounters: applies → supported",
            "cbp-sw-border-apprehensions: 'encounters' names none of: apprehensions",
            "cbp-sw-border-fiscal-year-encounters: the period 'in April' is a month; the rule takes fiscalYear",
            "cbp-sw-border-calendar-year-encounters: the period 'in April' is a month; the rule takes year",
            "cbp-border-patrol-fiscal-year-apprehensions: 'encounters' names none of: apprehensions, apprehended, Border Patrol encounters",
            "cbp-border-patrol-most-since: the quantity is a count; the rule takes date, year",
            "cbp-border-patrol-fewest-since: the quantity is a count; the rule takes date, year",
            "cbp-sw-border-encounters-named-in-sentence: applies → supported",
            "cbp-sw-border-encounters-by-the-agency: none of the context words (agency, agents and officers, officers and agents) is in the sentence",
            "cbp-sw-border-crossings: 'encounters' names none of: crossings",
            "cbp-sw-border-title-8: none of the context words (Title 8) is in the sentence",
            "cbp-sw-border-ports-of-entry: none of the context words (Office of Field Operations, ports of entry, port of entry, at the ports, officers at ports) is in the sentence",
            "cbp-sw-border-border-patrol-encounters: none of the context words (agents, Border Patrol made, Border Patrol recorded, Border Patrol encountered, Border Patrol apprehended, Border Patrol reported) is in the sentence",
            "cbp-sw-border-title-42: none of the context words (expulsions under Title 42, expulsion under Title 42, expelled under Title 42, Title 42 expulsions, Title 42 encounters) is in the sentence",
            "cbp-nationwide-monthly-encounters: none of the context words (nationwide, all U.S. borders, all borders, every border, countrywide, across the country) is in the sentence",
            "cbp-nationwide-fiscal-year-encounters: none of the context words (nationwide, all U.S. borders, all borders, every border, countrywide, across the country) is in the sentence",
            "cbp-northern-border-monthly-encounters: none of the context words (northern border, Canadian border, U.S.-Canada border, border with Canada) is in the sentence",
            "cbp-northern-border-fiscal-year-encounters: none of the context words (northern border, Canadian border, U.S.-Canada border, border with Canada) is in the sentence",
            "us-cpi-12-month-rate: the quantity is a count; the rule takes percent",
            "us-cpi-highest-since: the quantity is a count; the rule takes date, year",
            "officeholder-title: an officeholder rule; this claim is numeric",
            "country-population: none of the context words (country of, nation of, home to, population, populous, residents, inhabitants, with roughly, with about, with nearly, with more than, with some) is in the sentence",
            "country-population-bare-count: none of the context words (country of, nation of, population) is in the sentence",
            "title42-planned-end: the quantity is a count; the rule takes date",
            "title42-plaintiff-states: 'encounters' names none of: states",
            "us-unemployment-rate: the quantity is a count; the rule takes percent",
            "us-unemployment-lowest-since: the quantity is a count; the rule takes date, year",
        ])
        #expect(checked.verdict == .supported)
    }

    @Test func contextWordsMustAppear() throws {
        let claim = Make.numeric(
            "more than 234,000", in: "Officials logged more than 234,000 encounters in April.", value: 234_000, bound: .greaterThan,
            approximator: "more than", measure: "encounters", period: VerifierTests.april2022)
        let verifier = try Bundled.verifier()
        #expect(verifier.applicability(of: verifier.rules.rules[0], to: claim)
            == "none of the context words (border, CBP, Customs and Border Protection, Border Patrol) is in the sentence")
        #expect(verifier.check(claim, articleDate: VerifierTests.june7).verdict == .unverifiable)
    }
}
