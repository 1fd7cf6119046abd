import GRDB
import GRDBSQLite

/// A prepared statement that the graph writer binds and steps through SQLite's
/// C API, on GRDB's own connection and thread (inside its `write`).
///
/// GRDB's `execute(arguments:)` boxes every value into `DatabaseValue`s; measured
/// on the 100k-people import that was about a third of the time spent per row.
/// An import runs a handful of statements millions of times, so those bind
/// directly; everything else goes through GRDB.
struct BulkStatement {
    /// Keeps GRDB's statement (and so the SQLite handle) alive.
    private let owner: Statement
    private var handle: OpaquePointer { owner.sqliteStatement }

    init(_ db: Database, _ sql: String) throws {
        owner = try db.makeStatement(sql: sql)
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ index: Int32, _ text: String?) {
        guard var text else {
            sqlite3_bind_null(handle, index)
            return
        }
        text.withUTF8 { bytes in
            _ = sqlite3_bind_text(
                handle, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
                Int32(bytes.count), Self.transient)
        }
    }

    func bind(_ index: Int32, _ value: Int?) {
        if let value {
            sqlite3_bind_int64(handle, index, Int64(value))
        } else {
            sqlite3_bind_null(handle, index)
        }
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    /// Runs a statement that returns no rows; returns the number of rows changed.
    @discardableResult
    func run(_ db: Database) throws -> Int {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        return Int(sqlite3_changes(db.sqliteConnection))
    }
}

/// Rows for one table, inserted `rowsPerStatement` at a time through one
/// `INSERT … VALUES (…), (…), …` statement.
///
/// SQLite's cost per statement run (starting, halting, resetting) is about as
/// large as its cost per row for the graph's narrow rows: measured on the
/// 5.7M links of a million people, 64 rows per statement took 5.5–6.6 s where
/// one row per statement took 9.9–10.1 s. When the writer's work is queued to
/// the connection's thread, 16 statements' rows go at a time: handing over each
/// statement alone cost a wake-up of the other thread per 64 rows.
struct BatchedInsert<Values> {
    private let inserter: Inserter<Values>
    private let counts: Bool
    private var pending: [Values] = []

    /// `sql` is the statement up to and including `VALUES`; `suffix` follows the
    /// tuples (e.g. an `ON CONFLICT` clause). `bind` binds one row's values from
    /// the given parameter index on. `counts`: the rows inserted are counted.
    init(
        _ db: Database, sql: String, columns: Int, suffix: String = "", rowsPerStatement: Int = 64,
        counts: Bool = false, bind: @escaping (BulkStatement, Int32, Values) -> Void
    ) throws {
        inserter = try Inserter(db, sql: sql, columns: columns, suffix: suffix, rowsPerStatement: rowsPerStatement, bind: bind)
        self.counts = counts
    }

    var isEmpty: Bool { pending.isEmpty }

    /// Adds a row; returns the number of rows inserted when this filled a batch, else 0.
    mutating func add(_ values: Values, _ connection: WriterConnection) throws -> Int {
        pending.append(values)
        let batch = inserter.rowsPerStatement * (connection.queue == nil ? 1 : 16)
        guard pending.count >= batch else { return 0 }
        return try flush(connection)
    }

    /// Inserts the rows added so far; returns how many were inserted (not ignored),
    /// or 0 when the insert is queued.
    mutating func flush(_ connection: WriterConnection) throws -> Int {
        guard !pending.isEmpty else { return 0 }
        // A class, not the array in the closure: the same rows as a generic
        // array or tuple captured by an escaping closure were released twice in
        // debug builds (Swift 6.3; valgrind showed reads of freed memory).
        let rows = Rows(pending)
        pending.removeAll(keepingCapacity: true)
        let inserter = inserter
        return try connection.write(counts: counts) { db in try inserter.insert(rows.values, db) }
    }
}

/// The statements of a ``BatchedInsert``: one of `rowsPerStatement` rows and one of one.
private final class Inserter<Values> {
    let full: BulkStatement
    let single: BulkStatement
    let columns: Int32
    let rowsPerStatement: Int
    let bind: (BulkStatement, Int32, Values) -> Void

    init(
        _ db: Database, sql: String, columns: Int, suffix: String, rowsPerStatement: Int,
        bind: @escaping (BulkStatement, Int32, Values) -> Void
    ) throws {
        let tuple = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        full = try BulkStatement(
            db, sql + " " + Array(repeating: tuple, count: rowsPerStatement).joined(separator: ", ") + " " + suffix)
        single = try BulkStatement(db, sql + " " + tuple + " " + suffix)
        self.columns = Int32(columns)
        self.rowsPerStatement = rowsPerStatement
        self.bind = bind
    }

    /// Inserts `rows`; returns how many were inserted (not ignored).
    func insert(_ rows: [Values], _ db: Database) throws -> Int {
        var inserted = 0
        var first = 0
        while rows.count - first >= rowsPerStatement {
            for row in 0..<rowsPerStatement { bind(full, Int32(row) * columns + 1, rows[first + row]) }
            inserted += try full.run(db)
            first += rowsPerStatement
        }
        for values in rows[first...] {
            bind(single, 1, values)
            inserted += try single.run(db)
        }
        return inserted
    }
}

private final class Rows<Values> {
    let values: [Values]
    init(_ values: [Values]) { self.values = values }
}
