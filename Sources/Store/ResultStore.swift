import Check
import Claims
import Foundation
import GRDB
import Report

/// The results database of `claimcheck verify` (schema: Sources/Store/README.md). Changes are written many to a
/// transaction; the store is safe to share between concurrent jobs (SQLite in WAL mode: readers run
/// alongside the one writer).
public final class ResultStore: Sendable {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public let path: String
    private let pool: DatabasePool

    /// Opens (creating if needed) the database at `path` and applies the migrations it lacks.
    public init(path: String) throws(Failure) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // In WAL mode NORMAL loses no committed transaction on a crash, only on power loss, and does not
            // wait for the disk on every article.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Reports are stored whole (tens of kilobytes each): in 16 KiB pages rather than 4 KiB ones a report
            // spans a quarter as many overflow pages for the log and the checkpoint to handle. Only a new,
            // empty database takes it (before GRDB turns on the WAL); an existing one keeps its page size.
            try db.execute(sql: "PRAGMA page_size = 16384")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw Failure(path: path, reason: "cannot open the results database: \(Self.reason(error))")
        }
    }

    /// Every schema change is a new migration appended here; existing ones are never edited, so that an
    /// older database is brought up to date with its rows kept.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 articles, claims, verdicts, reviews, runs") { db in
            try db.execute(sql: """
                CREATE TABLE runs (
                  id INTEGER PRIMARY KEY,
                  started_at TEXT NOT NULL,
                  finished_at TEXT,
                  rules_fingerprint TEXT NOT NULL,
                  datasets_fingerprint TEXT NOT NULL,
                  settings_fingerprint TEXT NOT NULL,
                  checked INTEGER,
                  skipped INTEGER,
                  failed INTEGER
                );
                CREATE TABLE inputs (
                  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                  kind TEXT NOT NULL CHECK (kind IN ('rules', 'datasets')),
                  path TEXT NOT NULL,
                  content_hash TEXT NOT NULL,
                  PRIMARY KEY (run_id, kind, path)
                );
                CREATE TABLE articles (
                  id INTEGER PRIMARY KEY,
                  path TEXT NOT NULL UNIQUE,
                  content_hash TEXT NOT NULL,
                  title TEXT,
                  byline TEXT NOT NULL,
                  published TEXT,
                  published_day TEXT,
                  url TEXT,
                  processed_at TEXT NOT NULL,
                  run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
                  rules_fingerprint TEXT NOT NULL,
                  datasets_fingerprint TEXT NOT NULL,
                  settings_fingerprint TEXT NOT NULL,
                  report_json TEXT NOT NULL
                );
                CREATE TABLE claims (
                  id INTEGER PRIMARY KEY,
                  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  position INTEGER NOT NULL,
                  claim_id TEXT NOT NULL,
                  kind TEXT NOT NULL,
                  text TEXT NOT NULL,
                  sentence TEXT NOT NULL,
                  span_start INTEGER NOT NULL,
                  span_end INTEGER NOT NULL,
                  claim_json TEXT NOT NULL,
                  UNIQUE (article_id, position)
                );
                CREATE TABLE verdicts (
                  claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
                  verdict TEXT NOT NULL,
                  rule TEXT,
                  evidence_json TEXT NOT NULL,
                  explanation TEXT NOT NULL
                );
                CREATE INDEX verdicts_by_verdict ON verdicts(verdict);
                CREATE TABLE reviews (
                  id INTEGER PRIMARY KEY,
                  article_path TEXT NOT NULL,
                  claim_id TEXT NOT NULL,
                  verdict TEXT NOT NULL,
                  reviewer TEXT,
                  note TEXT,
                  reviewed_at TEXT NOT NULL
                );
                CREATE INDEX reviews_by_claim ON reviews(article_path, claim_id);
                """)
        }
        migrator.registerMigration("v2 file stamps") { db in
            // Size, modification time and inode of the file when it was checked: a re-run skips an
            // article whose stamp is unchanged without reading it.
            try db.execute(sql: """
                ALTER TABLE articles ADD COLUMN size INTEGER;
                ALTER TABLE articles ADD COLUMN modified_ns INTEGER;
                ALTER TABLE articles ADD COLUMN inode INTEGER;
                """)
        }
        migrator.registerMigration("v3 claimreview lines") { db in
            // The article's ClaimReview lines (one JSON object a line), for claimreview.jsonl when it is skipped.
            try db.execute(sql: "ALTER TABLE articles ADD COLUMN claimreview_lines TEXT NOT NULL DEFAULT ''")
        }
        migrator.registerMigration("v4 report files, verdict counts") { db in
            // Where the article's JSON report was written and its stamp then: a re-run leaves a report with
            // that stamp alone without reading it back. The article's verdict counts, which a re-run needs
            // for every article and would otherwise count over all its claims; rows already stored get theirs.
            try db.execute(sql: """
                ALTER TABLE articles ADD COLUMN report_path TEXT;
                ALTER TABLE articles ADD COLUMN report_size INTEGER;
                ALTER TABLE articles ADD COLUMN report_modified_ns INTEGER;
                ALTER TABLE articles ADD COLUMN report_inode INTEGER;
                ALTER TABLE articles ADD COLUMN supported INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE articles ADD COLUMN refuted INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE articles ADD COLUMN unverifiable INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE articles ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0;
                UPDATE articles SET
                  supported = (SELECT COUNT(*) FROM claims c JOIN verdicts v ON v.claim_id = c.id WHERE c.article_id = articles.id AND v.verdict = 'supported'),
                  refuted = (SELECT COUNT(*) FROM claims c JOIN verdicts v ON v.claim_id = c.id WHERE c.article_id = articles.id AND v.verdict = 'refuted'),
                  unverifiable = (SELECT COUNT(*) FROM claims c JOIN verdicts v ON v.claim_id = c.id WHERE c.article_id = articles.id AND v.verdict = 'unverifiable'),
                  needs_review = (SELECT COUNT(*) FROM claims c JOIN verdicts v ON v.claim_id = c.id WHERE c.article_id = articles.id AND v.verdict = 'needs-review');
                """)
        }
        migrator.registerMigration("v5 no index on verdicts by verdict") { db in
            // Every stored claim updated this index, and no query of claimcheck's uses it; a query by verdict
            // reads the verdicts table whole, one short row per claim, which is as fast for the few verdict
            // values there are. No rows are touched.
            try db.execute(sql: "DROP INDEX verdicts_by_verdict")
        }
        return migrator
    }

    /// The names of the migrations this database has had applied, oldest first.
    public func appliedMigrations() throws(Failure) -> [String] {
        try reading { db in try Self.migrator.appliedMigrations(db) }
    }

    // MARK: Runs

    /// Records the start of a run with the fingerprint of every input file; returns its id.
    public func beginRun(_ inputs: RunInputs) throws(Failure) -> Int64 {
        try writing { db in
            try db.execute(
                sql: "INSERT INTO runs (started_at, rules_fingerprint, datasets_fingerprint, settings_fingerprint) VALUES (?, ?, ?, ?)",
                arguments: [Self.now(), inputs.rules.value, inputs.datasets.value, inputs.settings])
            let run = db.lastInsertedRowID
            let insert = try db.cachedStatement(sql: "INSERT INTO inputs (run_id, kind, path, content_hash) VALUES (?, ?, ?, ?)")
            for (kind, folder) in [("rules", inputs.rules), ("datasets", inputs.datasets)] {
                for file in folder.files { try insert.execute(arguments: [run, kind, file.path, file.contentHash]) }
            }
            return run
        }
    }

    public func finishRun(_ run: Int64, checked: Int, skipped: Int, failed: Int) throws(Failure) {
        try writing { db in
            try db.execute(
                sql: "UPDATE runs SET finished_at = ?, checked = ?, skipped = ?, failed = ? WHERE id = ?",
                arguments: [Self.now(), checked, skipped, failed, run])
        }
    }

    // MARK: Articles

    /// Every article recorded with these rules, datasets and settings, by path: what a re-run needs to skip
    /// them, read in one query (without the stored reports, fetched only for a report found changed).
    public func recordedArticles(inputs: RunInputs) throws(Failure) -> [String: RecordedArticle] {
        try reading { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, path, content_hash, size, modified_ns, inode, title, published,
                       report_path, report_size, report_modified_ns, report_inode, \(Self.countColumns.joined(separator: ", "))
                FROM articles WHERE rules_fingerprint = ? AND datasets_fingerprint = ? AND settings_fingerprint = ?
                """, arguments: [inputs.rules.value, inputs.datasets.value, inputs.settings])
            var articles: [String: RecordedArticle] = [:]
            while let row = try rows.next() {
                let path: String = row[1]
                var counts: [Verdict: Int] = [:]
                for (offset, verdict) in Verdict.allCases.enumerated() {
                    let count: Int = row[12 + offset]
                    if count > 0 { counts[verdict] = count }
                }
                articles[path] = RecordedArticle(
                    id: row[0], source: path, contentHash: row[2], stamp: Self.stamp(row, from: 3), title: row[6], published: row[7],
                    counts: counts,
                    report: (row[8] as String?).flatMap { reportPath in Self.stamp(row, from: 9).map { ReportFile(path: reportPath, stamp: $0) } })
            }
            return articles
        }
    }

    /// The `articles` column counting each verdict, in `Verdict.allCases` order.
    static let countColumns = Verdict.allCases.map { verdict in
        switch verdict {
        case .supported: "supported"
        case .refuted: "refuted"
        case .unverifiable: "unverifiable"
        case .needsReview: "needs_review"
        }
    }

    /// An article's lines of claimreview.jsonl, read when it is found unchanged rather than with every recorded
    /// article at the start, where they would be the bulk of a large batch's memory.
    public func claimReviewLines(articleID: Int64) throws(Failure) -> [String] {
        try reading { db in
            let lines = try String.fetchOne(db, sql: "SELECT claimreview_lines FROM articles WHERE id = ?", arguments: [articleID])
            return (lines ?? "").split(separator: "\n").map(String.init)
        }
    }

    /// The JSON report stored for an article, exactly as it was written.
    public func reportJSON(articleID: Int64) throws(Failure) -> String? {
        try reading { db in try String.fetchOne(db, sql: "SELECT report_json FROM articles WHERE id = ?", arguments: [articleID]) }
    }

    /// The last stored result for `path`, whatever it was checked with.
    public func article(path: String) throws(Failure) -> StoredArticle? {
        try reading { db in
            let lookup = try db.cachedStatement(sql: "SELECT id, title, published, report_json, claimreview_lines FROM articles WHERE path = ?")
            guard let row = try Row.fetchOne(lookup, arguments: [path]) else { return nil }
            return try Self.storedArticle(row, path: path, db)
        }
    }

    /// Replaces whatever was stored for the report's source with this report, in one transaction.
    /// `reportJSON` is the report file exactly as written (see `prepare`).
    public func record(
        _ report: ArticleReport, reportJSON: ArticleJSON, claimReviewLines: [String] = [], contentHash: String, stamp: FileStamp? = nil,
        reportFile: ReportFile? = nil, inputs: RunInputs, run: Int64?
    ) throws(Failure) {
        try write([.article(prepare(
            report, reportJSON: reportJSON, claimReviewLines: claimReviewLines, contentHash: contentHash, stamp: stamp,
            reportFile: reportFile, inputs: inputs, run: run))])
    }

    /// The rows of a checked article, ready to be written. `reportJSON` is the report file exactly as written
    /// (`NAME.json`, `JSONReport.articleJSON`): a skipped article's report is written again from it, and each
    /// claim's JSON and evidence are its slices, bound from its bytes rather than encoded again. Fails when it
    /// does not list as many claims as the report.
    public func prepare(
        _ report: ArticleReport, reportJSON: ArticleJSON, claimReviewLines: [String], contentHash: String, stamp: FileStamp?,
        reportFile: ReportFile?, inputs: RunInputs, run: Int64?
    ) throws(Failure) -> ArticleRecord {
        let slices = reportJSON.claims
        guard slices.count == report.claims.count else {
            throw Failure(path: path, reason: "the JSON report of \(report.source) lists \(slices.count) claims, not \(report.claims.count)")
        }
        let claims = zip(report.claims, slices).map { checked, slice in
            let (kind, claimText, sentence, end) = switch checked.claim {
            case .numeric(let claim): ("numeric", claim.text, claim.sentence, claim.end)
            case .attribution(let claim): ("attribution", claim.text, claim.sentence, claim.end)
            }
            return ArticleRecord.ClaimRow(
                claimID: checked.claim.id, kind: kind, text: claimText, sentence: sentence, start: checked.claim.start, end: end,
                claimJSON: slice.object, verdict: checked.verdict, rule: checked.rule, evidenceJSON: slice.evidence,
                explanation: checked.explanation)
        }
        var byline = JSONBytes(capacity: 64)
        byline.beginArray()
        for name in report.byline {
            byline.element()
            byline.string(name)
        }
        byline.endArray()
        return ArticleRecord(
            path: report.source, contentHash: contentHash, stamp: stamp, reportFile: reportFile, title: report.title, byline: byline.text,
            published: report.published, publishedDay: report.published.flatMap(Self.publishedDay), url: report.url, run: run,
            inputs: inputs, reportJSON: reportJSON.bytes, claimReviewLines: claimReviewLines.joined(separator: "\n"), claims: claims)
    }

    /// A change to the stored articles, written with others in one transaction.
    public enum Change: Sendable {
        /// A checked article, replacing what was stored for its path.
        case article(ArticleRecord)
        /// The new stamp of an article file whose bytes were found unchanged (touched, copied back), so that
        /// the next run need not read it.
        case articleStamp(path: String, FileStamp)
        /// Where and with which stamp the article's JSON report now lies, after it was found or written again.
        case reportFile(path: String, ReportFile)
    }

    /// Writes the changes in one transaction, with statements prepared once per connection.
    public func write(_ changes: [Change]) throws(Failure) {
        guard !changes.isEmpty else { return }
        let processedAt = Self.now()
        try writing { db in
            for change in changes {
                switch change {
                case .article(let record): try Self.insert(record, processedAt: processedAt, db)
                case .articleStamp(let path, let stamp):
                    try db.cachedStatement(sql: "UPDATE articles SET size = ?, modified_ns = ?, inode = ? WHERE path = ?")
                        .execute(arguments: [stamp.size, stamp.modified, stamp.inode, path])
                case .reportFile(let path, let file):
                    try db.cachedStatement(sql: "UPDATE articles SET report_path = ?, report_size = ?, report_modified_ns = ?, report_inode = ? WHERE path = ?")
                        .execute(arguments: [file.path, file.stamp.size, file.stamp.modified, file.stamp.inode, path])
                }
            }
        }
    }

    private static func insert(_ record: ArticleRecord, processedAt: String, _ db: Database) throws {
        var delete = RowStatement(try db.cachedStatement(sql: "DELETE FROM articles WHERE path = ?"))
        delete.bind(record.path)
        try delete.run(db)
        let insertArticle = try db.cachedStatement(sql: """
            INSERT INTO articles (path, content_hash, size, modified_ns, inode, title, byline, published, published_day, url,
              processed_at, run_id, rules_fingerprint, datasets_fingerprint, settings_fingerprint, report_json, claimreview_lines,
              report_path, report_size, report_modified_ns, report_inode, \(countColumns.joined(separator: ", ")))
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?\(String(repeating: ", ?", count: countColumns.count)))
            """)
        let insertClaim = try db.cachedStatement(sql: """
            INSERT INTO claims (article_id, position, claim_id, kind, text, sentence, span_start, span_end, claim_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertVerdict = try db.cachedStatement(sql: """
            INSERT INTO verdicts (claim_id, verdict, rule, evidence_json, explanation) VALUES (?, ?, ?, ?, ?)
            """)
        try record.reportJSON.withUnsafeBufferPointer { report in
            var article = RowStatement(insertArticle)
            article.bind(record.path)
            article.bind(record.contentHash)
            article.bind(record.stamp?.size)
            article.bind(record.stamp?.modified)
            article.bind(record.stamp?.inode)
            article.bind(record.title)
            article.bind(record.byline)
            article.bind(record.published)
            article.bind(record.publishedDay)
            article.bind(record.url)
            article.bind(processedAt)
            article.bind(record.run)
            article.bind(record.inputs.rules.value)
            article.bind(record.inputs.datasets.value)
            article.bind(record.inputs.settings)
            article.bind(borrowedText: report)
            article.bind(record.claimReviewLines)
            article.bind(record.reportFile?.path)
            article.bind(record.reportFile?.stamp.size)
            article.bind(record.reportFile?.stamp.modified)
            article.bind(record.reportFile?.stamp.inode)
            for verdict in Verdict.allCases { article.bind(record.claims.count { $0.verdict == verdict }) }
            try article.run(db)
            let articleID = db.lastInsertedRowID
            for (position, claim) in record.claims.enumerated() {
                var claimRow = RowStatement(insertClaim)
                claimRow.bind(articleID)
                claimRow.bind(position)
                claimRow.bind(claim.claimID)
                claimRow.bind(claim.kind)
                claimRow.bind(claim.text)
                claimRow.bind(claim.sentence)
                claimRow.bind(claim.start)
                claimRow.bind(claim.end)
                claimRow.bind(borrowedText: UnsafeBufferPointer(rebasing: report[claim.claimJSON]))
                try claimRow.run(db)
                var verdictRow = RowStatement(insertVerdict)
                verdictRow.bind(db.lastInsertedRowID)
                verdictRow.bind(claim.verdict.rawValue)
                verdictRow.bind(claim.rule)
                verdictRow.bind(borrowedText: UnsafeBufferPointer(rebasing: report[claim.evidenceJSON]))
                verdictRow.bind(claim.explanation)
                try verdictRow.run(db)
            }
        }
    }

    /// The checked claims stored for `path`, in report order.
    public func claims(path: String) throws(Failure) -> [StoredClaim] {
        try reading { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.claim_id, c.kind, c.text, c.sentence, c.span_start, c.span_end, c.claim_json,
                       v.verdict, v.rule, v.evidence_json, v.explanation
                FROM claims c JOIN articles a ON a.id = c.article_id JOIN verdicts v ON v.claim_id = c.id
                WHERE a.path = ? ORDER BY c.position
                """, arguments: [path])
            return try rows.map { row in
                let verdictName: String = row["verdict"]
                guard let verdict = Verdict(rawValue: verdictName) else {
                    throw Failure(path: "", reason: "unknown verdict '\(verdictName)' stored for \(path)")
                }
                return StoredClaim(
                    claimID: row["claim_id"], kind: row["kind"], text: row["text"], sentence: row["sentence"],
                    start: row["span_start"], end: row["span_end"], claimJSON: row["claim_json"], verdict: verdict,
                    rule: row["rule"], evidenceJSON: row["evidence_json"], explanation: row["explanation"])
            }
        }
    }

    // MARK: Reviews

    /// A reviewer's verdict on one claim; kept by article path and claim id, so it outlives re-checks.
    public func addReview(articlePath: String, claimID: String, verdict: Verdict, reviewer: String?, note: String?) throws(Failure) {
        try writing { db in
            try db.execute(
                sql: "INSERT INTO reviews (article_path, claim_id, verdict, reviewer, note, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [articlePath, claimID, verdict.rawValue, reviewer, note, Self.now()])
        }
    }

    // MARK: Internals

    /// The file stamp in the row's three columns from `column` (size, nanosecond time, inode); nil when unset.
    private static func stamp(_ row: Row, from column: Int) -> FileStamp? {
        guard let size: Int64 = row[column], let modified: Int64 = row[column + 1], let inode: Int64 = row[column + 2] else { return nil }
        return FileStamp(size: size, modified: modified, inode: inode)
    }

    private static func storedArticle(_ row: Row, path: String, _ db: Database) throws -> StoredArticle {
        let countsQuery = try db.cachedStatement(sql: """
            SELECT v.verdict, COUNT(*) FROM verdicts v JOIN claims c ON c.id = v.claim_id WHERE c.article_id = ? GROUP BY v.verdict
            """)
        var counts: [Verdict: Int] = [:]
        for count in try Row.fetchAll(countsQuery, arguments: [row["id"] as Int64]) {
            let name: String = count[0]
            guard let verdict = Verdict(rawValue: name) else {
                throw Failure(path: "", reason: "unknown verdict '\(name)' stored for \(path)")
            }
            counts[verdict] = count[1]
        }
        let claimReviewLines: String = row["claimreview_lines"]
        return StoredArticle(
            source: path, title: row["title"], published: row["published"], counts: counts, reportJSON: row["report_json"],
            claimReviewLines: claimReviewLines.split(separator: "\n").map(String.init))
    }

    private func reading<Value>(_ body: (Database) throws -> Value) throws(Failure) -> Value {
        do { return try pool.read(body) } catch { throw Failure(path: path, reason: Self.reason(error)) }
    }

    private func writing<Value>(_ body: (Database) throws -> Value) throws(Failure) -> Value {
        do { return try pool.write(body) } catch { throw Failure(path: path, reason: Self.reason(error)) }
    }

    private static func reason(_ error: any Error) -> String {
        if let failure = error as? Failure { return failure.reason }
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return "\(error)"
    }

    private static func publishedDay(_ published: String) -> String? {
        let prefix = String(published.prefix(10))
        return Day(iso: prefix) == nil ? nil : prefix
    }

    private static func now() -> String { Date.now.formatted(.iso8601) }
}

/// What is kept of a checked article: enough for its summary entry and to write its report again.
public struct StoredArticle: Sendable, Hashable {
    public var source: String
    public var title: String?
    public var published: String?
    public var counts: [Verdict: Int]
    /// The report file as it was written.
    public var reportJSON: String
    /// The article's lines of claimreview.jsonl.
    public var claimReviewLines: [String]
}

/// One checked claim as stored.
public struct StoredClaim: Sendable, Hashable {
    public var claimID: String
    public var kind: String
    public var text: String
    public var sentence: String
    public var start: Int
    public var end: Int
    public var claimJSON: String
    public var verdict: Verdict
    public var rule: String?
    public var evidenceJSON: String
    public var explanation: String
}

/// A checked article's rows, built (and checked against its report) before the transaction that writes them.
public struct ArticleRecord: Sendable {
    struct ClaimRow: Sendable {
        var claimID: String
        var kind: String
        var text: String
        var sentence: String
        var start: Int
        var end: Int
        /// The claim's object in `reportJSON`.
        var claimJSON: Range<Int>
        var verdict: Verdict
        var rule: String?
        /// Its "evidence" array in `reportJSON`.
        var evidenceJSON: Range<Int>
        var explanation: String
    }

    public var path: String
    var contentHash: String
    var stamp: FileStamp?
    var reportFile: ReportFile?
    var title: String?
    var byline: String
    var published: String?
    var publishedDay: String?
    var url: String?
    var run: Int64?
    var inputs: RunInputs
    /// The report file's bytes, which the claims' JSON slices point into.
    var reportJSON: [UInt8]
    var claimReviewLines: String
    var claims: [ClaimRow]
}

/// An article as recorded with the current rules, datasets and settings: enough to skip it on a re-run.
public struct RecordedArticle: Sendable, Hashable {
    public var id: Int64
    public var source: String
    public var contentHash: String
    /// The article file's stamp when it was checked (or last found unchanged).
    public var stamp: FileStamp?
    public var title: String?
    public var published: String?
    public var counts: [Verdict: Int]
    /// The JSON report file as last written or found, when one was.
    public var report: ReportFile?
}

/// A report file and its stamp.
public struct ReportFile: Sendable, Hashable {
    public var path: String
    public var stamp: FileStamp

    public init(path: String, stamp: FileStamp) {
        self.path = path
        self.stamp = stamp
    }

    /// The file at `path` with its current stamp; nil when there is none.
    public static func at(_ path: String) -> ReportFile? { FileStamp.of(path: path).map { ReportFile(path: path, stamp: $0) } }
}
