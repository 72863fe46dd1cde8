import Sentences
import Testing
@testable import Claims

/// A rate named only as "the rate" or "it" takes its topic from an earlier sentence, marked as carried.
@Suite struct RateTopicTests {
    /// Paragraphs (joined by blank lines) with one claim marked → the subject words of that claim.
    static let cases: [(String, [String])] = [
        (
            "Inflation eased in December, with consumer prices up 6.5% from a year earlier. The rate had been [7.1%] in November.",
            ["earlier: consumer prices", "earlier: Inflation"]
        ),
        (
            "The unemployment rate fell to 3.5% in July. Employers added 528,000 jobs.\n\nThe rate last stood at [3.5%] in February 2020.",
            ["earlier: unemployment rate"]
        ),
        (
            "The jobless rate fell to 3.5% in July. The rate last stood there in 2020. Two months later, it shot up to [14.7%].",
            ["earlier: jobless rate"]
        ),
        (
            "A mailer said that unemployment fell to 3.5% in August. The figure for August was higher. The July rate was [3.5%].",
            ["earlier: unemployment"]
        ),
        (
            "The annual rate had been 8.6% in May. Gasoline prices were up 59.9% over the year.\n\nFor comparison, the rate was [5.4%] in June 2021.",
            ["earlier: annual rate"]
        ),
        // The sentence names its own rate: nothing is carried.
        ("The unemployment rate fell to 3.5% in July. The jobless rate was [3.7%] in June.", []),
        // "It" far from the percentage is not the percentage's subject.
        ("The jobless rate was 3.7% in November. A software company said it would reduce its work force by [10%].", []),
        // A heading ends the section the topic reaches over.
        ("Inflation ran at 9.1% in June.\n\nThe job market\n\nThe rate was [3.5%] in July.", []),
        // Five sentences back is too far.
        ("The jobless rate was 3.7% in November. Hiring slowed. Wages rose. Layoffs were rare. Few people quit. The rate was [3.5%] in July.", []),
    ]

    @Test(arguments: cases)
    func carriedSubject(marked: String, expected: [String]) throws {
        let (text, spans) = try #require(MarkedText.parse(marked))
        let claims = NumericClaimTests.numericClaims(text)
        let claim = try #require(claims.first { $0.start == spans[0].start }, "\(claims.map(\.text))")
        #expect(claim.subject == expected)
    }
}
