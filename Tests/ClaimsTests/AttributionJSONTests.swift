import Foundation
import Sentences
import Testing

@testable import Claims

/// The JSON a user reads from `claimcheck claims`: every contract field present, null where absent.
@Suite struct AttributionJSONTests {
    static let contractFields: Set<String> = [
        "id", "kind", "text", "sentence", "start", "end", "source", "speaker", "title", "speakerKind", "cue",
        "cueClass", "negated", "content", "direct", "channel", "when", "sourceSpan", "cueSpan", "contentSpans",
        "cueLemma", "parent",
    ]

    static func json(_ paragraphs: [String], date: String = "2022-06-07") throws -> [[String: Any]] {
        let text = paragraphs.joined(separator: "\n\n")
        let claims = ClaimExtractor.claims(text: text, sentences: SentenceSplitter.split(paragraphs: paragraphs), date: Day(iso: date))
        let data = try JSONEncoder().encode(claims)
        return try #require(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test func mixedQuoteWithTitleAndTime() throws {
        let objects = try Self.json([
            "Homeland Security Secretary Alejandro Mayorkas said last month that Border Patrol is dealing with \"numbers at historic levels.\""
        ])
        let object = try #require(objects.first)
        #expect(Set(object.keys) == Self.contractFields)
        #expect(object["id"] as? String == "a1")
        #expect(object["kind"] as? String == "attribution")
        #expect(object["source"] as? String == "Homeland Security Secretary Alejandro Mayorkas")
        #expect(object["speaker"] as? String == "Alejandro Mayorkas")
        #expect(object["title"] as? String == "Homeland Security Secretary")
        #expect(object["speakerKind"] as? String == "person")
        #expect(object["cue"] as? String == "said")
        #expect(object["cueLemma"] as? String == "say")
        #expect(object["cueClass"] as? String == "assertion")
        #expect(object["negated"] as? Bool == false)
        #expect(object["direct"] as? String == "mixed")
        #expect(object["content"] as? String == "Border Patrol is dealing with \"numbers at historic levels.\"")
        #expect(object["sourceSpan"] as? [Int] == [0, 46])
        #expect(object["cueSpan"] as? [Int] == [47, 51])
        #expect(object["contentSpans"] as? [[Int]] == [[68, 127]])
        #expect(object["start"] as? Int == 0)
        #expect(object["end"] as? Int == 127)
        #expect(object["channel"] is NSNull)
        #expect(object["parent"] is NSNull)
        let when = try #require(object["when"] as? [String: Any])
        #expect(when["from"] as? String == "2022-05-01")
        #expect(when["to"] as? String == "2022-05-31")
    }

    @Test func directQuoteWithChannelAndNestedParent() throws {
        let objects = try Self.json(["Caravan leader Luis Villigran told Fox News that Mexican officials have told him it will begin."])
        #expect(objects.count == 2)
        #expect(objects[0]["channel"] as? String == "Fox News")
        #expect(objects[0]["direct"] as? Bool == false)
        #expect(objects[0]["when"] is NSNull)
        #expect(objects[1]["parent"] as? String == "a1")
        #expect(objects[1]["speakerKind"] as? String == "group")
        #expect(objects[1]["title"] is NSNull)
    }

    @Test func directFlagIsTrueAndPassiveSourceIsNull() throws {
        let direct = try Self.json(["\"We are not going anywhere,\" Garcia said."])
        #expect(direct.first?["direct"] as? Bool == true)
        let passive = try Self.json(["It was reported that the ship had sunk."])
        let object = try #require(passive.first)
        #expect(object["source"] is NSNull)
        #expect(object["sourceSpan"] is NSNull)
        #expect(object["speaker"] is NSNull)
        #expect(object["speakerKind"] as? String == "anonymous")
    }

    @Test(arguments: [
        ("The ministry did not say how many people were detained.", "say", true),
        ("The senator denied that she had met the lobbyist.", "denied", true),
        ("The senator did not deny that she had met the lobbyist.", "deny", false),
        ("Officials never said the road would reopen.", "said", true),
        ("Officials said the road would reopen.", "said", false),
    ])
    func negation(_ sentence: String, _ cue: String, _ negated: Bool) throws {
        let objects = try Self.json([sentence])
        #expect(objects.first?["cue"] as? String == cue)
        #expect(objects.first?["negated"] as? Bool == negated)
    }

    @Test func timeAfterInvertedSourceIsNoChannelAndBelongsToTheText() throws {
        let day = try #require(try Self.json(["\"We will win,\" said Mayor Tom Reed on Tuesday."]).first)
        #expect(day["channel"] is NSNull)
        let month = try #require(try Self.json(["\"We will win,\" said Mayor Tom Reed last month."]).first)
        #expect(month["channel"] is NSNull)
        #expect(month["text"] as? String == "\"We will win,\" said Mayor Tom Reed last month")
        #expect((month["when"] as? [String: Any])?["from"] as? String == "2022-05-01")
    }

    @Test func roundTrip() throws {
        let paragraphs = ["\"It was a long night,\" said Karen Walsh, a nurse. \"We were ready.\""]
        let text = paragraphs.joined(separator: "\n\n")
        let claims = AttributionExtractor.attributions(text: text, sentences: SentenceSplitter.split(paragraphs: paragraphs), date: nil)
        let decoded = try JSONDecoder().decode([AttributionClaim].self, from: JSONEncoder().encode(claims))
        #expect(decoded == claims)
        #expect(claims.first?.contentSpans.count == 2)
    }
}
