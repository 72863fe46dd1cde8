import Testing
import Sentences

@Suite struct SplitCaseTests {
    @Test(arguments: SplitCase.phenomena)
    func phenomenon(_ splitCase: SplitCase) {
        #expect(SentenceSplitter.split(text: splitCase.input).map(\.text) == splitCase.expected)
    }

    @Test(arguments: SplitCase.news)
    func newsParagraph(_ splitCase: SplitCase) {
        #expect(SentenceSplitter.split(text: splitCase.input).map(\.text) == splitCase.expected)
    }

    @Test func suitesAreLargeEnough() {
        #expect(SplitCase.phenomena.count >= 100)
        #expect(SplitCase.news.count >= 80)
        #expect(SplitCase.all.allSatisfy { !$0.expected.isEmpty })
    }
}
