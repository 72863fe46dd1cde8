import Testing
@testable import Claims

@Suite struct TimeExpressionTests {
    static let articleDate = Day(year: 2022, month: 6, day: 7)

    /// Text with the expected period marked in brackets → its resolved first and last day.
    static let cases: [(String, String, String)] = [
        ("There were 234,000 encounters [in April alone] along the border.", "2022-04-01", "2022-04-30"),
        ("Mayorkas said [last month] that numbers were high.", "2022-05-01", "2022-05-31"),
        ("The caravan set off [earlier this week].", "2022-06-06", "2022-06-07"),
        ("It was the highest total [last year].", "2021-01-01", "2021-12-31"),
        ("including one [in October last year] which", "2021-10-01", "2021-10-31"),
        ("blocked [on May 23] by a judge", "2022-05-23", "2022-05-23"),
        ("[Earlier Tuesday], her office announced", "2022-06-07", "2022-06-07"),
        ("Spending [in fiscal year 2022] rose.", "2021-10-01", "2022-09-30"),
        ("Enrollment [in 2012–13] fell.", "2012-01-01", "2013-12-31"),
        ("It will begin issuing visas as early as [tomorrow].", "2022-06-08", "2022-06-08"),
        ("The report came out [yesterday].", "2022-06-06", "2022-06-06"),
        ("Arrests rose [in 2021].", "2021-01-01", "2021-12-31"),
        ("Agents made 220,000 of the [May] encounters.", "2022-05-01", "2022-05-31"),
        ("There were 5 million gotaways [since January 2021].", "2021-01-01", "2022-06-07"),
        ("Prices have doubled [since 2019].", "2019-01-01", "2022-06-07"),
        ("It has not rained [since May 23].", "2022-05-23", "2022-06-07"),
        ("Agents recorded 2.38 million encounters in the [fiscal year that ended Sept. 30].", "2021-10-01", "2022-09-30"),
        ("Spending rose in the [fiscal year ending June 30, 2021].", "2020-07-01", "2021-06-30"),
        ("The plan starts [next month].", "2022-07-01", "2022-07-31"),
        ("Prices rose [this year].", "2022-01-01", "2022-12-31"),
        ("He met them [last week].", "2022-05-30", "2022-06-05"),
        ("The law passed [on Monday].", "2022-06-06", "2022-06-06"),
        ("The law passed [last October].", "2021-10-01", "2021-10-31"),
        ("The vote is [next Tuesday].", "2022-06-14", "2022-06-14"),
        ("The vote was [last Tuesday].", "2022-05-31", "2022-05-31"),
        ("They met [on Friday].", "2022-06-03", "2022-06-03"),
        ("Inflation hit 8.6% [in May].", "2022-05-01", "2022-05-31"),
        ("It was signed [on June 30, 2021].", "2021-06-30", "2021-06-30"),
        ("It was signed [on 23 May 2019].", "2019-05-23", "2019-05-23"),
        ("The deadline is [June 30].", "2022-06-30", "2022-06-30"),
        ("Filed [2022-06-01] in court.", "2022-06-01", "2022-06-01"),
        ("Published [6/7/2022] online.", "2022-06-07", "2022-06-07"),
        ("Crossings over [the past 12 months] fell.", "2021-06-07", "2022-06-07"),
        ("Unemployment [in March 2020] spiked.", "2020-03-01", "2020-03-31"),
        ("Growth in the [1990s] was strong.", "1990-01-01", "1999-12-31"),
        ("Revenue [in FY2021] was flat.", "2020-10-01", "2021-09-30"),
        ("Sales fell [earlier this month].", "2022-06-01", "2022-06-07"),
        ("Profit rose in the [third quarter].", "2021-07-01", "2021-09-30"),
        ("Profit rose in the [first quarter of 2022].", "2022-01-01", "2022-03-31"),
        ("Revenue [in Q2 2021] was flat.", "2021-04-01", "2021-06-30"),
    ]

    @Test(arguments: cases)
    func resolvesPeriod(marked: String, from: String, to: String) throws {
        let (text, spans) = try #require(MarkedText.parse(marked))
        let periods = TimeExpressions.periods(in: text, date: Self.articleDate)
        try #require(periods.count == 1, "\(periods)")
        #expect(periods[0].start == spans[0].start)
        #expect(periods[0].end == spans[0].end)
        #expect(periods[0].from == from)
        #expect(periods[0].to == to)
    }

    @Test func withoutDateRelativePeriodsAreFoundUnresolved() {
        let periods = TimeExpressions.periods(in: "Arrests rose last month and in 2021.", date: nil)
        #expect(periods.map(\.text) == ["last month", "in 2021"])
        #expect(periods.map(\.from) == [nil, "2021-01-01"])
    }

    @Test func offsetShiftsSpans() {
        let periods = TimeExpressions.periods(in: "… fell last month", offset: 100, date: Self.articleDate)
        #expect(periods.map(\.start) == [107])
        #expect(periods.map(\.text) == ["last month"])
    }

    @Test func mayAsVerbIsNotAMonth() {
        #expect(TimeExpressions.periods(in: "Officials May say more. They may not.", date: Self.articleDate).isEmpty)
    }
}
