import Foundation
import Sentences
import Testing

@testable import Claims

/// The seed article (published Tuesday 2022-06-07) must yield the attributions its issue lists.
@Suite struct AttributionSeedTests {
    struct Expected: Sendable, CustomStringConvertible {
        var source: String
        var speaker: String?
        var title: String?
        var cue: String
        var contentStart: String
        var direct: AttributionClaim.Directness
        var channel: String? = nil
        var when: String? = nil
        var parentSource: String? = nil
        var description: String { "\(source) \(cue)" }
    }

    static let expected: [Expected] = [
        Expected(source: "Caravan leader Luis Villigran", speaker: "Luis Villigran", title: "Caravan leader", cue: "told",
                 contentStart: "Mexican officials have told him it will begin issuing 1,000", direct: .indirect, channel: "Fox News"),
        Expected(source: "Mexican officials", speaker: "Mexican officials", title: nil, cue: "told",
                 contentStart: "it will begin issuing 1,000 temporary work visas a day", direct: .indirect, channel: "him",
                 parentSource: "Caravan leader Luis Villigran"),
        Expected(source: "Organizers", speaker: "Organizers", title: nil, cue: "said",
                 contentStart: "the caravan had hit a police check", direct: .mixed),
        Expected(source: "Border Patrol officials", speaker: "Border Patrol officials", title: nil, cue: "said",
                 contentStart: "they are encountering large migrant groups", direct: .indirect),
        Expected(source: "Officials", speaker: "Officials", title: nil, cue: "said",
                 contentStart: "they expect the numbers", direct: .indirect),
        Expected(source: "The Biden administration", speaker: "Biden administration", title: nil, cue: "said",
                 contentStart: "it is appealing that ruling", direct: .indirect),
        Expected(source: "Homeland Security Secretary Alejandro Mayorkas", speaker: "Alejandro Mayorkas",
                 title: "Homeland Security Secretary", cue: "said",
                 contentStart: "Border Patrol is dealing with \"numbers at historic levels.\"", direct: .mixed, when: "2022-05-01"),
        Expected(source: "he", speaker: "Alejandro Mayorkas", title: "Homeland Security Secretary", cue: "said",
                 contentStart: "it was due to people \"fleeing violence", direct: .mixed),
        Expected(source: "she", speaker: "Kamala Harris", title: "Vice President", cue: "announced",
                 contentStart: "a number of initiatives and investments", direct: .mixed),
        Expected(source: "her office", speaker: "Kamala Harris's office", title: nil, cue: "announced",
                 contentStart: "a new program for Central American youth", direct: .mixed, when: "2022-06-07"),
    ]

    static func seedClaims() throws -> [AttributionClaim] {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let seed = directory.appendingPathComponent("shared/seed/caravan-article.txt")
            if FileManager.default.fileExists(atPath: seed.path) {
                let lines = try String(contentsOf: seed, encoding: .utf8).split(separator: "\n").map(String.init)
                let text = lines.joined(separator: "\n\n")
                return AttributionExtractor.attributions(
                    text: text, sentences: SentenceSplitter.split(paragraphs: lines), date: Day(iso: "2022-06-07"))
            }
            directory.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "shared/seed/caravan-article.txt"])
    }

    @Test(arguments: expected)
    func seedAttribution(_ expected: Expected) throws {
        let claims = try Self.seedClaims()
        let found = claims.first { $0.source == expected.source && $0.cue == expected.cue && $0.content.hasPrefix(expected.contentStart) }
        guard let claim = found else {
            Issue.record("missing \(expected.source) \(expected.cue) \(expected.contentStart)")
            return
        }
        #expect(claim.speaker == expected.speaker)
        #expect(claim.title == expected.title)
        #expect(claim.direct == expected.direct)
        #expect(claim.channel == expected.channel)
        #expect(claim.when?.from == expected.when)
        let parent = claim.parent.flatMap { id in claims.first { $0.id == id } }
        #expect(parent?.source == expected.parentSource)
    }

    @Test func idsFollowTextOrder() throws {
        let claims = try Self.seedClaims()
        #expect(claims.map(\.id) == claims.indices.map { "a\($0 + 1)" })
        #expect(claims.map(\.start) == claims.map(\.start).sorted())
    }

    @Test func numericClaimInNestedContentLinksToInnermostAttribution() throws {
        let claims = try Self.seedClaims()
        let text = try #require(claims.first { $0.source == "Mexican officials" })
        let visas = try #require(text.content.range(of: "1,000"))
        let offset = text.contentSpans[0].start + text.content.unicodeScalars.distance(
            from: text.content.unicodeScalars.startIndex, to: visas.lowerBound)
        let quantity = Quantity(text: "1,000", start: offset, end: offset + 5, value: 1000, kind: .count)
        let numeric = NumericClaim(
            id: "n1", text: "1,000", sentence: text.sentence, start: offset, end: offset + 5, quantity: quantity,
            measure: "temporary work visas", subject: [], period: nil)
        #expect(AttributionExtractor.linking(numeric, to: claims).attribution == text.id)
        let outside = NumericClaim(
            id: "n2", text: "2", sentence: "", start: 0, end: 1, quantity: quantity, measure: nil, subject: [], period: nil)
        #expect(AttributionExtractor.linking(outside, to: claims).attribution == nil)
    }
}
