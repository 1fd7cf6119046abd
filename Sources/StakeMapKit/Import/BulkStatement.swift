import GRDB
import GRDBSQLite

/// A prepared statement that the import binds and steps through SQLite's C API.
///
/// GRDB's `execute(arguments:)` boxes every value into `DatabaseValue`s; measured
/// on the 100k-people import that was about a third of the time spent per row.
/// The import reuses a handful of statements millions of times, so it binds
/// directly; everything else goes through GRDB.
struct BulkStatement {
    let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }

    init(_ db: Database, _ sql: String) throws {
        statement = try db.makeStatement(sql: sql)
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

    /// Runs a statement that returns no rows; returns the number of rows changed.
    @discardableResult
    func run(_ db: Database) throws -> Int {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw Self.error(db, code) }
        return Int(sqlite3_changes(db.sqliteConnection))
    }

    /// Runs a query and hands its first row (if any) to `read`, column by column.
    func first<T>(_ db: Database, _ read: (Row) -> T) throws -> T? {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw Self.error(db, code) }
        return read(Row(handle: handle))
    }

    /// Column access for ``first(_:_:)``.
    struct Row {
        let handle: OpaquePointer

        func text(_ column: Int32) -> String? {
            guard let pointer = sqlite3_column_text(handle, column) else { return nil }
            return String(cString: pointer)
        }

        func int(_ column: Int32) -> Int? {
            sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, column))
        }
    }

    private static func error(_ db: Database, _ code: Int32) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
}

/// Rows for one table, inserted `rowsPerStatement` at a time through one
/// `INSERT … VALUES (…), (…), …` statement.
///
/// SQLite's cost per statement run (starting, halting, resetting) is about as
/// large as its cost per row for the import's narrow rows: measured on the
/// 5.7M links of a million people, 64 rows per statement took 5.5–6.6 s where
/// one row per statement took 9.9–10.1 s.
struct BatchedInsert<Values> {
    private let full: BulkStatement
    private let single: BulkStatement
    private let columns: Int32
    private let rowsPerStatement: Int
    private let bind: (BulkStatement, Int32, Values) -> Void
    private var pending: [Values] = []

    /// `sql` is the statement up to and including `VALUES`; `suffix` follows the
    /// tuples (e.g. an `ON CONFLICT` clause). `bind` binds one row's values from
    /// the given parameter index on.
    init(
        _ db: Database, sql: String, columns: Int, suffix: String = "", rowsPerStatement: Int = 64,
        bind: @escaping (BulkStatement, Int32, Values) -> Void
    ) throws {
        let tuple = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        full = try BulkStatement(
            db, sql + " " + Array(repeating: tuple, count: rowsPerStatement).joined(separator: ", ") + " " + suffix)
        single = try BulkStatement(db, sql + " " + tuple + " " + suffix)
        self.columns = Int32(columns)
        self.rowsPerStatement = rowsPerStatement
        self.bind = bind
        pending.reserveCapacity(rowsPerStatement)
    }

    var isEmpty: Bool { pending.isEmpty }

    /// Adds a row; returns the number of rows inserted when this filled a batch, else 0.
    mutating func add(_ values: Values, _ db: Database) throws -> Int {
        pending.append(values)
        return pending.count == rowsPerStatement ? try flush(db) : 0
    }

    /// Inserts the rows added so far; returns how many were inserted (not ignored).
    mutating func flush(_ db: Database) throws -> Int {
        defer { pending.removeAll(keepingCapacity: true) }
        if pending.count == rowsPerStatement {
            for (row, values) in pending.enumerated() { bind(full, Int32(row) * columns + 1, values) }
            return try full.run(db)
        }
        var inserted = 0
        for values in pending {
            bind(single, 1, values)
            inserted += try single.run(db)
        }
        return inserted
    }
}
