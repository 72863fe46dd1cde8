import Testing
import Sentences

@Test func smoke() {
    #expect(SentenceSplitter.split(text: "Hello World. My name is Jonas.").map(\.text) == ["Hello World.", "My name is Jonas."])
}
