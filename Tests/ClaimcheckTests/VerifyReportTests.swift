import Foundation
import ArgumentParser
import Testing

@testable import claimcheck

/// What `claimcheck verify` writes for reviewers beside the JSON: the pages, the index, ClaimReview lines,
/// and the reviews loop.
struct VerifyReportTests {
    typealias Folder = VerifyBatchTests.Folder

    static let article = """
        There were more than 234,000 encounters in April alone along the border.
        Homeland Security Secretary Alejandro Mayorkas said the numbers were at historic levels.

        """

    func verify(_ folder: Folder, _ extra: [String] = []) throws {
        try VerifyCommand.parse(
            [folder.path + "/in", "--out", folder.path + "/out", "--date", "2022-06-07", "--no-db"] + extra
                + VerifyBatchTests.rulesOptions
        ).run()
    }

    @Test func pagesIndexAndClaimReviewByDefault() throws {
        let folder = Folder(files: ["in/story.txt": Self.article])
        try verify(folder)
        #expect(folder.list("out") == ["claimreview.jsonl", "index.html", "story.html", "story.json", "summary.json"])
        let page = try #require(folder.read("out/story.html"))
        #expect(page.contains(#"<mark class="claim" data-verdict="supported" data-claim-id="n1""#))
        #expect(page.contains("application/ld+json"))
        let index = try #require(folder.read("out/index.html"))
        #expect(index.contains("story.html"))
        let lines = try #require(folder.read("out/claimreview.jsonl")).split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["@type"] as? String == "ClaimReview")
        }
    }

    @Test func formatChoosesTheOutputs() throws {
        let folder = Folder(files: ["in/story.txt": Self.article])
        try verify(folder, ["--format", "html,claimreview"])
        #expect(folder.list("out") == ["claimreview.jsonl", "index.html", "story.html", "summary.json"])
    }

    @Test func unknownFormatIsAUsageError() {
        #expect(throws: (any Error).self) { try VerifyCommand.parse(["--format", "pdf"]) }
    }

    @Test func reviewsAreShownBesideTheMachineVerdict() throws {
        let reviews = """
            {"format":"claimcheck-reviews","version":1,"reviews":[{"article":"story.txt","claim":"n1",
            "claimText":"more than 234,000 encounters","machineVerdict":"supported","decision":"overridden",
            "verdict":"needs-review","note":"Check the revised figure.","reviewer":"desk"}]}
            """
        let folder = Folder(files: ["in/story.txt": Self.article, "reviews.json": reviews])
        try verify(folder, ["--reviews", folder.path + "/reviews.json"])
        let page = try #require(folder.read("out/story.html"))
        #expect(page.contains("Check the revised figure."))
    }

    @Test func aBrokenReviewsFileStopsWithStatus2() throws {
        let folder = Folder(files: ["in/story.txt": Self.article, "reviews.json": "{not json"])
        #expect(throws: ExitCode(2)) { try verify(folder, ["--reviews", folder.path + "/reviews.json"]) }
    }
}
