import ArgumentParser
import Foundation
import Ingest

enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case plain, json, jsonl
}

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the article extracted from each page (HTML or .txt; '-' reads standard input)."
    )

    @Option(name: .long, help: "Output format: plain, json (one document) or jsonl (one object per line).")
    var format: OutputFormat = .plain

    @Argument(help: "Files to read; '-' reads one document from standard input.")
    var files: [String]

    func validate() throws {
        if format == .json && files.count != 1 {
            throw ValidationError("--format json prints one document; use --format jsonl for several files.")
        }
    }

    func run() throws {
        var failed = false
        for (position, path) in files.enumerated() {
            do {
                let article = try Ingestor.ingest(path: path)
                switch format {
                case .plain:
                    if position > 0 { Output.write("\n") }
                    Output.write(ArticleText.plain(article))
                case .json, .jsonl:
                    Output.write(ArticleText.json(article) + "\n")
                }
            } catch {
                failed = true
                Output.error("claimcheck: \(error.description)")
            }
        }
        if failed { throw ExitCode(1) }
    }
}

enum ArticleText {
    static func plain(_ article: Article) -> String {
        var header: [String] = []
        if let title = article.title { header.append(title) }
        if !article.byline.isEmpty { header.append("By " + article.byline.joined(separator: ", ")) }
        if let published = article.published { header.append(published) }
        let body = article.paragraphs.joined(separator: "\n\n") + "\n"
        return header.isEmpty ? body : header.joined(separator: "\n") + "\n\n" + body
    }

    static func json(_ article: Article) -> String {
        var object = JSONWriter()
        object.field("source", article.source)
        object.field("title", article.title)
        object.field("byline", article.byline.joined(separator: ", ").nilIfEmpty)
        object.field("published", article.published)
        object.field("url", article.url)
        object.field("paragraphs", article.paragraphs)
        object.field("text", article.text)
        return object.finish()
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
