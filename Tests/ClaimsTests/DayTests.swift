import Testing
@testable import Claims

/// `Day(iso:)` reads "YYYY-MM-DD" from its bytes and any other form by splitting: both must give the same day.
struct DayTests {
    @Test(arguments: [
        "2022-06-07", "2024-02-29", "2023-02-29", "2022-13-01", "2022-00-10", "2022-04-31", "0000-01-01", "2022-6-7", "2022-06-07T08:30:00-07:00",
        "2022-06-07 ", "2022-06-07\u{301}", "2022--06-07", "-2022-06-07", "+2022-06-07", "2022/06/07", "20220607", "", "2022-06", "２０２２-06-07",
    ])
    func isoDaysReadAsDayReadsThem(_ text: String) {
        #expect(Day(iso: text) == Day.splitReading(text))
    }

    /// Days written straight into their string as the part-by-part padding writes them, including years it pads and
    /// values outside the fast path.
    @Test(arguments: [
        Day(year: 2022, month: 6, day: 7), Day(year: 1977, month: 12, day: 31), Day(year: 33, month: 1, day: 1), Day(year: 0, month: 1, day: 1),
        Day(year: 12_345, month: 1, day: 1), Day(year: -5, month: 3, day: 4),
    ])
    func isoDays(_ day: Day) {
        #expect(day.description == day.paddedDescription)
    }
}
