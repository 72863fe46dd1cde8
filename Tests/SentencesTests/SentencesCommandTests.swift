import Foundation
import Testing

/// Runs the built `claimcheck sentences` as a user would (`swift test` builds it first).
@Suite struct SentencesCommandTests {
    /// The claimcheck built with these tests (it sits beside the test binary), else the
    /// package's debug build.
    static let executableCandidates: [URL] = [
        Bundle.main.executableURL.map { $0.deletingLastPathComponent().appendingPathComponent("claimcheck") },
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/claimcheck"),
    ].compactMap { $0 }

    static let article = """
        Storm hits coast

        The storm hit at 5 a.m. Tuesday. Winds reached 90 mph.

        Officials said "stay home." Schools closed…

        """

    @Test func plainPrintsOneSentencePerLine() throws {
        let path = try articleFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try run(["sentences", path])
        #expect(result.status == 0)
        #expect(result.output == """
            The storm hit at 5 a.m. Tuesday.
            Winds reached 90 mph.
            Officials said "stay home."
            Schools closed…

            """)
    }

    @Test func jsonGivesCodePointOffsetsIntoTheArticleText() throws {
        let path = try articleFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try run(["sentences", "--format", "json", path])
        #expect(result.status == 0)
        #expect(result.output == """
            [
            {"text":"The storm hit at 5 a.m. Tuesday.","start":0,"end":32,"paragraph":0},
            {"text":"Winds reached 90 mph.","start":33,"end":54,"paragraph":0},
            {"text":"Officials said \\"stay home.\\"","start":56,"end":83,"paragraph":1},
            {"text":"Schools closed…","start":84,"end":99,"paragraph":1}
            ]

            """)
    }

    @Test func missingFileIsNamedInTheError() throws {
        let result = try run(["sentences", "/nonexistent/story.txt"])
        #expect(result.status == 1)
        #expect(result.error == "claimcheck: /nonexistent/story.txt: No such file or directory\n")
    }

    /// Ids come back exactly as written; bad lines get an error object on their own line.
    @Test func jsonLinesAnswerEachLineInOrder() throws {
        let input = """
            {"id": 1, "text": "Mr. Smith left. He returned at 5 p.m. Tuesday."}
            {"text": "Headline\\n\\nIt ended.The next day was calm.", "id": "doc-2"}
            {"id": {"k": [1, 2.50]}, "text": ""}
            not json

            {"id": 7}
            {"id": 8, "text": ["a"]}
            [1, 2]
            {"id": 1e3, "text": "\\"We won. They lost,\\" he said. \\u00c9mile agreed."}

            """
        let result = try run(["sentences", "--format", "jsonl", "-"], input: input)
        #expect(result.status == 0)
        #expect(result.output == """
            {"id":1,"sentences":["Mr. Smith left.","He returned at 5 p.m. Tuesday."]}
            {"id":"doc-2","sentences":["Headline","It ended.","The next day was calm."]}
            {"id":{"k": [1, 2.50]},"sentences":[]}
            {"id":null,"error":"not valid JSON"}
            {"id":7,"error":"missing \\"text\\""}
            {"id":8,"error":"\\"text\\" is not a string"}
            {"id":null,"error":"not a JSON object"}
            {"id":1e3,"sentences":["\\"We won. They lost,\\" he said.","Émile agreed."]}

            """)
        #expect(result.error.contains("-: line 4: not valid JSON"))
    }

    /// Each answer is written as soon as its line is read, before the input ends.
    @Test func jsonLinesStream() throws {
        let executable: URL = try #require(Self.builtExecutable(), "build claimcheck first: swift build")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["sentences", "--format", "jsonl", "-"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data("{\"id\":1,\"text\":\"One. Two.\"}\n".utf8))
        let answered = DispatchSemaphore(value: 0)
        let firstAnswer = LockedData()
        DispatchQueue.global().async {
            firstAnswer.set(output.fileHandleForReading.availableData)
            answered.signal()
        }
        let inTime = answered.wait(timeout: .now() + 20) == .success
        #expect(inTime, "no answer before the input ended")
        if !inTime { process.terminate() }
        #expect(String(decoding: firstAnswer.get(), as: UTF8.self) == "{\"id\":1,\"sentences\":[\"One.\",\"Two.\"]}\n")
    }

    // MARK: Running the command

    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    static func builtExecutable() -> URL? {
        executableCandidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    private func run(_ arguments: [String], input: String = "") throws -> Result {
        let executable: URL = try #require(Self.builtExecutable(), "build claimcheck first: swift build")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let standardInput = Pipe()
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        standardInput.fileHandleForWriting.write(Data(input.utf8))
        try standardInput.fileHandleForWriting.close()
        let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
        let error = standardError.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: output, as: UTF8.self),
            error: String(decoding: error, as: UTF8.self)
        )
    }

    private func articleFile() throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimcheck-sentences-\(UUID().uuidString).txt")
        try Data(Self.article.utf8).write(to: url)
        return url.path
    }
}

/// Data handed from the reading thread to the test.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
