import GRDB
import GRDBSQLite

/// Binds one row's values straight to a prepared SQLite statement and runs it. GRDB's `StatementArguments`
/// boxes every value and binds text through `strlen`; for a row of the report tables that was a large part
/// of storing an article. Here text goes with its length, and the report's JSON slices are bound where they
/// lie in the report's bytes (SQLite reads them in place) rather than first being copied into strings.
struct RowStatement {
    private let statement: Statement
    private var sqliteStatement: SQLiteStatement { statement.sqliteStatement }
    private var index: CInt = 0

    init(_ statement: Statement) {
        self.statement = statement
        sqlite3_reset(statement.sqliteStatement)
    }

    /// UTF-8 text that stays valid until `run` returns: SQLite reads it in place, without a copy.
    mutating func bind(borrowedText text: UnsafeBufferPointer<UInt8>) {
        index += 1
        guard let base = text.baseAddress, !text.isEmpty else { return bindEmptyText() }
        sqlite3_bind_text(sqliteStatement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), CInt(text.count), nil)
    }

    /// Text that SQLite copies; NULL for nil.
    mutating func bind(_ text: String?) {
        index += 1
        guard var text else { return bindNull() }
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress, !utf8.isEmpty else { return bindEmptyText() }
            sqlite3_bind_text(
                sqliteStatement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), CInt(utf8.count), Self.transient)
        }
    }

    mutating func bind(_ value: Int64?) {
        index += 1
        guard let value else { return bindNull() }
        sqlite3_bind_int64(sqliteStatement, index, value)
    }

    mutating func bind(_ value: Int) { bind(Int64(value)) }

    /// Runs the statement with the values bound, then releases them, so that it keeps no pointer to
    /// borrowed text once this returns.
    func run(_ db: Database) throws {
        defer {
            sqlite3_reset(sqliteStatement)
            sqlite3_clear_bindings(sqliteStatement)
        }
        let code = sqlite3_step(sqliteStatement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
        }
    }

    private func bindNull() { sqlite3_bind_null(sqliteStatement, index) }

    /// An empty string, not NULL (which a null pointer would bind).
    private func bindEmptyText() { sqlite3_bind_text(sqliteStatement, index, "", 0, Self.transient) }

    /// SQLITE_TRANSIENT: SQLite copies the text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
