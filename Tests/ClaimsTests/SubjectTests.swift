import Sentences
import Testing
@testable import Claims

@Suite struct SubjectTests {
    @Test(arguments: [
        ("The U.S. economy added jobs.", ["U.S."]),
        ("There were 234,000 encounters along the border, and Border Patrol officials said so.", ["along the border", "Border Patrol"]),
        ("Homeland Security Secretary Alejandro Mayorkas spoke at the southern border.", ["Homeland Security Secretary Alejandro Mayorkas", "at the southern border"]),
        ("CBP reported 239,416 encounters.", ["CBP"]),
        ("Officials said the numbers rose.", []),
        ("The Department of Homeland Security hired officers.", ["Department of Homeland Security"]),
        ("Although Moscow agreed, Washington balked.", ["Moscow", "Washington"]),
        ("Three officials in Iran spoke at 9 AM ET.", ["Iran"]),
        ("Mexico issued 12,000 visas.", ["Mexico"]),
        ("More than 112,000 of those encounters ended at the border.", ["at the border"]),
        ("Earlier in the summer, the count had stood at 189,000.", []),
        ("About 81,000 encounters ended in expulsions under Title 42.", ["Title 42"]),
        ("Title 8, the regular immigration law, covered 137,180 encounters.", ["Title 8"]),
        ("Section 8 vouchers and Title 42 expulsions rose.", ["Section 8", "Title 42"]),
    ])
    func contextWords(sentence: String, expected: [String]) {
        #expect(SubjectReader.subjects(in: sentence) == expected)
    }

    /// A one-word name opening a sentence is judged by how the rest of the article writes the word; the
    /// first claim's own context words (carried ones aside).
    @Test(arguments: [
        ("Inflation rose 8.6% in May. Economists expect inflation to slow.", [String]()),
        ("Overall, 12,000 migrants arrived. The overall number fell.", []),
        ("Texas recorded 5,000 encounters. Most of them were in Texas, officials said.", ["Texas"]),
        ("Ukraine received $4 billion. Officials in Ukraine welcomed it.", ["Ukraine"]),
        ("Mexico issued 12,000 visas.", ["Mexico"]),
        ("Democrats passed the bill 220-212. The vote split Democrats and Republicans.", ["Democrats"]),
        ("Spending rose 4%. Officials said spending would rise.", []),
        ("Gas cost $5 a gallon. Nobody said \"Gas\" was cheap, but gas prices fell.", []),
        ("CBP reported 239,416 encounters. The agency, cbp said, was busy.", ["CBP"]),
    ])
    func sentenceInitialNamesFollowTheArticle(text: String, expected: [String]) throws {
        let sentences = SentenceSplitter.split(paragraphs: [text])
        let claim = try #require(NumericClaimExtractor.claims(text: text, sentences: sentences, date: nil).first)
        #expect(claim.subject.filter { !$0.hasPrefix(RateTopicMemory.carriedMarker) } == expected)
    }
}
