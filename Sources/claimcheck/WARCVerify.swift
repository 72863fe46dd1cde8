import Check
import Claims
import Foundation
import Ingest

/// The WARC part of a `claimcheck verify` batch: each `response` record with an HTML payload is one article,
/// named after its `WARC-Target-URI` and dated by its page or else its `WARC-Date`.
///
/// Records are read as jobs free up, a few per job at most ahead of the oldest unfinished one, and their
/// reports written as they are checked, so an archive of any size is never held in memory.
enum WARCVerify {
    struct Page: Sendable {
        var uri: String
        var name: String
        var html: [UInt8]
        var captureDay: Day?
    }

    /// Hands each article's outcome to `record`, in archive order, and returns the number of records that are
    /// no HTML response (request, metadata, warcinfo, images…). `usedNames` are the report names already taken
    /// by the batch's other files.
    static func verify(
        archives: [String], out: String, verifier: Verifier, fallbackDate: Day?, jobs: Int, usedNames: [String],
        outputs: ReportOutputs, limits: ArticleLimits, record: @escaping (VerifyCommand.ArticleOutcome) -> Void
    ) -> Int {
        var skipped = 0
        var names = ReportNames(used: usedNames)
        for path in archives {
            let reader: WARCReader
            do {
                reader = try WARCReader(path: path)
            } catch {
                record(.failed(BatchSummary.Failure(source: path, step: "ingest", reason: error.reason)))
                continue
            }
            var readFailure: BatchSummary.Failure?
            WorkerPool.stream(
                jobs: jobs, window: jobs * 4,
                next: { () -> Page? in
                    do throws(Ingestor.Failure) {
                        while let record = try reader.next() {
                            guard let html = HTTPPayload.html(of: record), let uri = record.targetURI else {
                                skipped += 1
                                continue
                            }
                            let captureDay = record.date.flatMap { Day(iso: String($0.prefix(10))) }
                            return Page(uri: uri, name: names.claim(for: uri), html: html, captureDay: captureDay)
                        }
                    } catch {
                        readFailure = BatchSummary.Failure(source: path, step: "ingest", reason: error.reason)
                    }
                    return nil
                },
                work: { page in check(page, out: out, verifier: verifier, fallbackDate: fallbackDate, outputs: outputs, limits: limits) },
                emit: record)
            if let readFailure { record(.failed(readFailure)) }
        }
        return skipped
    }

    static func check(
        _ page: Page, out: String, verifier: Verifier, fallbackDate: Day?, outputs: ReportOutputs, limits: ArticleLimits
    ) -> VerifyCommand.ArticleOutcome {
        var clock = StageTimings.Clock(nil)
        let outcome = ArticlePipeline.check(
            bytes: page.html, source: page.uri, format: .html, url: page.uri, fallbackDate: page.captureDay ?? fallbackDate,
            verifier: verifier, limits: limits, clock: &clock)
        switch outcome {
        case .failure(let failure):
            return .failed(failure)
        case .success(let checked):
            let claimReviewLines: [String]
            do {
                claimReviewLines = try ArticlePipeline.write(checked, name: page.name, out: out, outputs: outputs)
            } catch {
                return .failed(BatchSummary.Failure(source: page.uri, step: "report", reason: error.description))
            }
            return .checked(
                BatchSummary.ArticleEntry(
                    source: page.uri, name: page.name, title: checked.report.title, published: checked.report.published,
                    counts: checked.counts),
                claimReviewLines: claimReviewLines)
        }
    }

    /// Report names from URIs: host and path with every run of other characters as one "-"; repeats get "-2", "-3", ….
    struct ReportNames {
        var used: Set<String>

        init(used: [String]) { self.used = Set(used).union(ArticleFiles.reservedNames) }

        mutating func claim(for uri: String) -> String {
            var base = ""
            let withoutScheme = uri.range(of: "://").map { String(uri[$0.upperBound...]) } ?? uri
            for scalar in withoutScheme.unicodeScalars {
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" {
                    base.unicodeScalars.append(scalar)
                } else if !base.hasSuffix("-") {
                    base += "-"
                }
            }
            base = String(base.trimmingCharacters(in: CharacterSet(charactersIn: "-.")).prefix(120))
            if base.isEmpty { base = "record" }
            var name = base
            var suffix = 2
            while used.contains(name) {
                name = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(name)
            return name
        }
    }
}
