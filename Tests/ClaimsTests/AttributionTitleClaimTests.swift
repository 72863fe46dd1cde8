import Sentences
import Testing

@testable import Claims

/// A formally titled officeholder's name is a claim to check even when nobody is quoted, or when the
/// statement's source is a later pronoun: the text's title claims, as "title | speaker | text".
struct AttributionTitleClaimTests {
    struct Case: Sendable, CustomStringConvertible {
        var paragraph: String
        var titleClaims: [String]
        var description: String { paragraph }
    }

    static let cases: [Case] = [
        // No speech cue at all.
        Case(
            paragraph: "Labor Secretary Alejandro Mayorkas has promised a plan, but so far the plan is mostly a press release.",
            titleClaims: ["Labor Secretary | Alejandro Mayorkas | Labor Secretary Alejandro Mayorkas"]),
        // The statement's source is the pronoun; the titled name stands apart.
        Case(
            paragraph: "Vice President Kamala Harris, meanwhile, is at the summit in Ottawa, where she has announced new grants.",
            titleClaims: ["Vice President | Kamala Harris | Vice President Kamala Harris"]),
        // The name is the object of another source's cue.
        Case(
            paragraph: "A statement circulated by a trade group quoted Commerce Secretary Marty Walsh as saying that talks went well.",
            titleClaims: ["Commerce Secretary | Marty Walsh | Commerce Secretary Marty Walsh"]),
        // "Secretary of X" titles and multi-word offices.
        Case(
            paragraph: "The talks were led by Secretary of State Antony Blinken and White House Chief of Staff Ron Klain.",
            titleClaims: [
                "Secretary of State | Antony Blinken | Secretary of State Antony Blinken",
                "White House Chief of Staff | Ron Klain | White House Chief of Staff Ron Klain",
            ]),
        Case(
            paragraph: "The program was expanded under former President Donald Trump in 2019.",
            titleClaims: ["former President | Donald Trump | former President Donald Trump"]),
        // A possessive ending closes the name but is not part of it.
        Case(
            paragraph: "The rule was written under President Donald Trump's administration.",
            titleClaims: ["President | Donald Trump | President Donald Trump"]),
        Case(
            paragraph: "The money came from Energy Secretary Jennifer Granholm’s office.",
            titleClaims: ["Energy Secretary | Jennifer Granholm | Energy Secretary Jennifer Granholm"]),
        // The attribution's own source already carries the title: no second claim.
        Case(
            paragraph: "Homeland Security Secretary Alejandro Mayorkas said the border is not open.",
            titleClaims: []),
        // Titles that name no public office, or not formally.
        Case(paragraph: "Caravan leader Luis Villigran walked at the front of the group.", titleClaims: []),
        Case(paragraph: "The deal was backed by Home Depot president Craig Menear in March.", titleClaims: []),
        // Inside a quotation the words are the speaker's, not the article's.
        Case(paragraph: "\"We met Vice President Kamala Harris twice,\" Ana Ruiz said.", titleClaims: []),
    ]

    @Test(arguments: cases)
    func titleClaims(_ testCase: Case) {
        let paragraphs = [testCase.paragraph]
        let claims = AttributionExtractor.attributionsAndTitles(
            text: testCase.paragraph, sentences: SentenceSplitter.split(paragraphs: paragraphs), date: Day(iso: "2022-06-07"))
        let titleClaims = claims.filter { $0.cue.isEmpty }
        #expect(titleClaims.map { "\($0.title ?? "-") | \($0.speaker ?? "-") | \($0.text)" } == testCase.titleClaims)
        for claim in titleClaims {
            #expect(claim.sentence == testCase.paragraph)
            #expect(claim.source == claim.text)
            let scalars = Array(testCase.paragraph.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[claim.start..<claim.end])) == claim.text)
        }
    }

    /// Title claims' spans give back their text on real paragraphs and on seeded random titled pieces.
    @Test func titleClaimSpansStayOnTheirWords() {
        let pieces = [
            "President", "Vice", "Secretary", "of", "State", "Chief", "Staff", "Joe Biden", "Trump's", "Harris’", "former",
            "Commerce", "Gov.", "Mr.", "said", "he", "and", ",", ".", "\"", "“", "”", "’s", "'", "\n\n", "Ángel", "López",
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var texts = AttributionRobustnessTests.samples.map { $0.paragraphs }
        for _ in 0..<2_000 {
            texts.append((0..<(1 + next(30))).map { _ in pieces[next(pieces.count)] }.joined(separator: next(5) == 0 ? "" : " ")
                .components(separatedBy: "\n\n"))
        }
        for paragraphs in texts {
            let text = paragraphs.joined(separator: "\n\n")
            let scalars = Array(text.unicodeScalars)
            let claims = AttributionExtractor.attributionsAndTitles(
                text: text, sentences: SentenceSplitter.split(paragraphs: paragraphs), date: nil)
            for claim in claims where claim.isTitleMention {
                let inside = 0 <= claim.start && claim.start < claim.end && claim.end <= scalars.count
                #expect(inside, "\(text)")
                guard inside else { return }
                #expect(String(String.UnicodeScalarView(scalars[claim.start..<claim.end])) == claim.text, "\(text)")
                #expect(claim.text.hasSuffix(claim.speaker ?? "-") && claim.text.hasPrefix(claim.title ?? "-"), "\(claim.text) / \(claim.speaker ?? "-") in \(text)")
            }
        }
    }

    @Test func titleClaimsFollowTheAttributionsWithTheirOwnIds() {
        let paragraph = "Agriculture Secretary Tom Vilsack visited Kinston, and Vice President Kamala Harris said aid was coming."
        let claims = AttributionExtractor.attributionsAndTitles(
            text: paragraph, sentences: SentenceSplitter.split(paragraphs: [paragraph]), date: nil)
        #expect(claims.map(\.id) == ["a1", "t1"])
        #expect(claims.map(\.text) == ["Vice President Kamala Harris said aid was coming", "Agriculture Secretary Tom Vilsack"])
        #expect(AttributionExtractor.attributions(text: paragraph, sentences: SentenceSplitter.split(paragraphs: [paragraph]), date: nil).count == 1)
    }
}
