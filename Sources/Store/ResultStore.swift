import Check
import Claims
import Foundation
import GRDB

/// The results database of `claimcheck verify` (schema: Sources/Store/README.md). Each article is recorded in
/// one transaction; the store is safe to share between concurrent jobs (SQLite in WAL mode: readers run
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

    /// The stored result for `path` when it was checked with the same content, rules, datasets and settings;
    /// nil when it must be checked (again).
    public func unchangedArticle(path: String, contentHash: String, inputs: RunInputs) throws(Failure) -> StoredArticle? {
        try reading { db in
            let lookup = try db.cachedStatement(sql: """
                SELECT id, title, published, report_json, claimreview_lines FROM articles
                WHERE path = ? AND content_hash = ? AND rules_fingerprint = ? AND datasets_fingerprint = ? AND settings_fingerprint = ?
                """)
            let arguments: StatementArguments = [path, contentHash, inputs.rules.value, inputs.datasets.value, inputs.settings]
            guard let row = try Row.fetchOne(lookup, arguments: arguments) else { return nil }
            return try Self.storedArticle(row, path: path, db)
        }
    }

    /// The stored result for `path` when its file has the same stamp as when it was recorded and the rules,
    /// datasets and settings are the same; nil otherwise (its bytes may still be unchanged).
    public func unchangedArticle(path: String, stamp: FileStamp, inputs: RunInputs) throws(Failure) -> StoredArticle? {
        try reading { db in
            let lookup = try db.cachedStatement(sql: """
                SELECT id, title, published, report_json, claimreview_lines FROM articles
                WHERE path = ? AND size = ? AND modified_ns = ? AND inode = ?
                  AND rules_fingerprint = ? AND datasets_fingerprint = ? AND settings_fingerprint = ?
                """)
            let arguments: StatementArguments = [
                path, stamp.size, stamp.modified, stamp.inode, inputs.rules.value, inputs.datasets.value, inputs.settings,
            ]
            guard let row = try Row.fetchOne(lookup, arguments: arguments) else { return nil }
            return try Self.storedArticle(row, path: path, db)
        }
    }

    /// Records the file's new stamp for an article whose bytes were found unchanged (e.g. a file copied
    /// back or touched), so that the next run need not read it.
    public func updateStamp(path: String, stamp: FileStamp) throws(Failure) {
        try writing { db in
            try db.execute(
                sql: "UPDATE articles SET size = ?, modified_ns = ?, inode = ? WHERE path = ?",
                arguments: [stamp.size, stamp.modified, stamp.inode, path])
        }
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
    /// `reportJSON` is the report file exactly as written (`NAME.json`: a "claims" array of objects with the
    /// claim's fields and "verdict", "rule", "evidence", "explanation"): a skipped article's report is written
    /// again from it, and SQLite's JSON functions take each claim's row from it, which is much faster than
    /// encoding every claim a second time.
    public func record(
        _ report: ArticleReport, reportJSON: String, claimReviewLines: [String] = [], contentHash: String, stamp: FileStamp? = nil,
        inputs: RunInputs, run: Int64?
    ) throws(Failure) {
        let byline = try json(report.byline)
        try writing { db in
            try db.cachedStatement(sql: "DELETE FROM articles WHERE path = ?").execute(arguments: [report.source])
            try db.cachedStatement(sql: """
                INSERT INTO articles (path, content_hash, size, modified_ns, inode, title, byline, published, published_day, url,
                  processed_at, run_id, rules_fingerprint, datasets_fingerprint, settings_fingerprint, report_json, claimreview_lines)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    report.source, contentHash, stamp?.size, stamp?.modified, stamp?.inode, report.title, byline, report.published,
                    report.published.flatMap(Self.publishedDay), report.url, Self.now(), run,
                    inputs.rules.value, inputs.datasets.value, inputs.settings, reportJSON, claimReviewLines.joined(separator: "\n"),
                ])
            let arguments: StatementArguments = [db.lastInsertedRowID, reportJSON]
            try db.cachedStatement(sql: """
                INSERT INTO claims (article_id, position, claim_id, kind, text, sentence, span_start, span_end, claim_json)
                SELECT ?1, key, value ->> '$.id', value ->> '$.kind', value ->> '$.text', value ->> '$.sentence',
                       value ->> '$.start', value ->> '$.end', value
                FROM json_each(?2, '$.claims')
                """).execute(arguments: arguments)
            guard db.changesCount == report.claims.count else {
                throw Failure(path: path, reason: "the JSON report of \(report.source) lists \(db.changesCount) claims, not \(report.claims.count)")
            }
            try db.cachedStatement(sql: """
                INSERT INTO verdicts (claim_id, verdict, rule, evidence_json, explanation)
                SELECT c.id, j.value ->> '$.verdict', j.value ->> '$.rule', j.value -> '$.evidence', j.value ->> '$.explanation'
                FROM json_each(?2, '$.claims') j JOIN claims c ON c.article_id = ?1 AND c.position = j.key
                """).execute(arguments: arguments)
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

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        // Sorted keys: Linux's encoder otherwise orders keys by hash, and stored JSON would differ run to run.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private func json(_ value: some Encodable) throws(Failure) -> String {
        do {
            return String(decoding: try Self.encoder.encode(value), as: UTF8.self)
        } catch {
            throw Failure(path: path, reason: "cannot encode \(type(of: value)) as JSON: \(error)")
        }
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
