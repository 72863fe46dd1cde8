import ArgumentParser
import Claims
import Foundation
import Ingest
import Sentences

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the checkable claims of an article (HTML or .txt), or of JSON Lines {\"id\", \"text\", \"date\"?} on standard input.",
        discussion: """
            claimcheck claims FILE [--format json|jsonl] [--date YYYY-MM-DD]
            claimcheck claims --format jsonl -   (one {"id", "claims": [...]} line per input line, in order)
            """
    )

    @Option(name: .long, help: "Publication date YYYY-MM-DD that relative dates resolve against (default: the article's).")
    var date: String?

    @Option(name: .long, help: "json (one document) or jsonl (one claim per line; with '-', one record per input line).")
    var format: ClaimFormat = .json

    @Argument(help: "The article to read; '-' reads standard input.")
    var file: String

    func validate() throws {
        _ = try parseDateOption(date)
    }

    func run() throws {
        let fallbackDate = try parseDateOption(date)
        if file == "-" && format == .jsonl {
            let stream = JSONLinesStream(
                field: "claims", defaultDate: fallbackDate,
                values: { text, date in
                    // Text lines keep their offsets: paragraphs are the blocks between blank lines.
                    let sentences = SentenceSplitter.split(paragraphs: text.components(separatedBy: "\n\n"))
                    return ClaimExtractor.claims(text: text, sentences: sentences, date: date)
                },
                writeLine: { output, id, claims in try output.writeLine(id: id, claims: claims) })
            if stream.run() { throw ExitCode(1) }
            return
        }
        let (article, articleDate) = try readArticle(file, date: fallbackDate)
        let claims = ClaimExtractor.claims(in: article, date: articleDate)
        try writeDocument(
            ArticleResult(id: file, date: articleDate?.description, field: "claims", values: claims), items: claims, format: format,
            writeItem: { try $0.write($1) })
    }
}
