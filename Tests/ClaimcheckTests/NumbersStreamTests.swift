import Foundation
import Testing

/// `claimcheck numbers --format jsonl -` as a pipeline runs it: lines in, one answer per line out, in order, with an
/// error object for a line that is not JSON; the exact bytes are the contract.
struct NumbersStreamTests {
    static func numbers(_ input: String) throws -> StreamingAndWARCTests.Run {
        try StreamingAndWARCTests.runBinary(["numbers", "--format", "jsonl", "-"], input: Data(input.utf8))
    }

    @Test func linesInLinesOutInOrder() throws {
        let input = """
            {"id":"a","text":"More than 234,000 encounters in April, up 3% from March.","date":"2022-06-07"}
            {"text":"Nothing here.","id":7}
            not json
            {"id":"b","text":"The airline has 30 737 Max jets, about $1.5 million each."}

            """
        let run = try Self.numbers(input)
        #expect(run.output == """
            {"id":"a","quantities":[{"approximator":"More than","baseline":null,"bound":"greaterThan","comparative":null,"end":17,"kind":"count","lower":234000,"period":null,"precision":1000,"rate":null,"start":0,"text":"More than 234,000","unit":"encounters","upper":null,"value":234000},{"approximator":null,"baseline":"March","bound":"exact","comparative":"increase","end":44,"kind":"percent","lower":3,"period":null,"precision":1,"rate":null,"start":42,"text":"3%","unit":"%","upper":3,"value":3}]}
            {"id":7,"quantities":[]}
            {"error":"line 3: not a JSON object","id":null}
            {"id":"b","quantities":[{"approximator":null,"baseline":null,"bound":"exact","comparative":null,"end":18,"kind":"count","lower":30,"period":null,"precision":10,"rate":null,"start":16,"text":"30","unit":"jets","upper":30,"value":30},{"approximator":"about","baseline":null,"bound":"approximate","comparative":null,"end":51,"kind":"money","lower":1350000,"period":null,"precision":100000,"rate":null,"start":33,"text":"about $1.5 million","unit":"USD","upper":1650000,"value":1500000}]}

            """)
        #expect(run.status == 1)
        #expect(run.errors == "claimcheck: standard input line 3: not a JSON object\n")
    }

    /// More lines than one read block holds still come back one for one, in order.
    @Test func aLargeStreamKeepsEveryLine() throws {
        let lines = (0..<20_000).map { #"{"id":\#($0),"text":"Sales rose \#($0 % 97)% to $\#($0).5 million in May."}"# }
        let run = try Self.numbers(lines.joined(separator: "\n") + "\n")
        let ids = run.output.split(separator: "\n").map { line -> Int in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["id"] as? Int ?? -1
        }
        #expect(run.status == 0)
        #expect(ids == Array(0..<20_000))
    }
}
