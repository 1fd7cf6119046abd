import Dispatch
import GRDB
import GRDBSQLite
import Synchronization

/// A prepared statement that the import binds and steps through SQLite's C API.
///
/// GRDB's `execute(arguments:)` boxes every value into `DatabaseValue`s; measured
/// on the 100k-people import that was about a third of the time spent per row.
/// The import reuses a handful of statements millions of times, so it binds
/// directly; everything else goes through GRDB.
struct BulkStatement {
    /// Keeps the statement alive; nil in an ``unowned`` copy.
    private let owner: Statement?
    private let handle: OpaquePointer

    init(_ db: Database, _ sql: String) throws {
        let statement = try db.makeStatement(sql: sql)
        owner = statement
        handle = statement.sqliteStatement
    }

    private init(handle: OpaquePointer) {
        owner = nil
        self.handle = handle
    }

    /// The same statement without a reference to GRDB's object, for the thread of
    /// an ``InsertPipeline``: that thread must not be the one to release (and so
    /// finalize) it, which the owner does after the pipeline is drained.
    var unowned: BulkStatement { BulkStatement(handle: handle) }

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
        try run(connection: db.sqliteConnection)
    }

    /// ``run(_:)`` by the bare connection, for the thread of an ``InsertPipeline``.
    func run(connection: OpaquePointer?) throws -> Int {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw Self.error(connection, code) }
        return Int(sqlite3_changes(connection))
    }

    /// Runs a query and hands its first row (if any) to `read`, column by column.
    func first<T>(_ db: Database, _ read: (Row) -> T) throws -> T? {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw Self.error(db.sqliteConnection, code) }
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

    private static func error(_ connection: OpaquePointer?, _ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
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
    /// When set, full batches are written on the pipeline's thread.
    var pipeline: InsertPipeline?
    /// Whether the pipeline counts this table's inserted rows (the links' count
    /// goes into the import's summary).
    var counted = false

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

    /// With a pipeline, this many full statements' rows go to its thread at a
    /// time: handing over each statement alone cost a wake-up of the other
    /// thread per 64 rows (at 1M people 150k of them, with their futex calls).
    static var statementsPerHandoff: Int { 16 }

    /// Adds a row; returns the number of rows inserted when this filled a batch, else 0.
    mutating func add(_ values: Values, _ db: Database) throws -> Int {
        pending.append(values)
        guard let pipeline else {
            guard pending.count == rowsPerStatement else { return 0 }
            return try flush(db)
        }
        guard pending.count == rowsPerStatement * Self.statementsPerHandoff else { return 0 }
        let batch = PipelinedBatch(
            statement: full.unowned, bind: bind, columns: columns, rowsPerStatement: rowsPerStatement,
            rows: pending, connection: db.sqliteConnection, counted: counted)
        pending = []
        pending.reserveCapacity(rowsPerStatement * Self.statementsPerHandoff)
        try pipeline.submit { try batch.run() }
        return 0
    }

    /// Inserts the rows added so far; returns how many were inserted (not ignored).
    mutating func flush(_ db: Database) throws -> Int {
        defer { pending.removeAll(keepingCapacity: true) }
        let whole = pending.count - pending.count % rowsPerStatement
        var inserted = try Self.insert(
            pending[..<whole], through: full, rowsPerStatement: rowsPerStatement, columns: columns, bind: bind,
            connection: db.sqliteConnection)
        for values in pending[whole...] {
            bind(single, 1, values)
            inserted += try single.run(db)
        }
        return inserted
    }

    /// Inserts `rows`, a whole number of statements' worth, through the
    /// `rowsPerStatement`-row `statement`; returns how many were inserted.
    static func insert(
        _ rows: ArraySlice<Values>, through statement: BulkStatement, rowsPerStatement: Int, columns: Int32,
        bind: (BulkStatement, Int32, Values) -> Void, connection: OpaquePointer?
    ) throws -> Int {
        var inserted = 0
        for first in stride(from: rows.startIndex, to: rows.endIndex, by: rowsPerStatement) {
            for row in 0..<rowsPerStatement { bind(statement, Int32(row) * columns + 1, rows[first + row]) }
            inserted += try statement.run(connection: connection)
        }
        return inserted
    }
}

/// Writes the import's full batches on a thread of its own, so that SQLite
/// inserts one batch while the next rows are read and checked: the two take
/// about as long each (at a million people, 10–11 s of SQLite and about as much
/// reading and checking rows), and the machine has two cores.
///
/// The connection is used by one thread at a time: the import calls ``drain()``
/// before it runs any statement itself, and at the end.
final class InsertPipeline: Sendable {
    private let queue = DispatchQueue(label: "stakemap.import.writes")
    /// At most this many hand-overs wait, which bounds the memory they hold.
    private let room = DispatchSemaphore(value: 16)
    private let state = Mutex<(inserted: Int, failure: (any Error)?)>((0, nil))

    /// Queues a batch; `work` returns the number of rows it counts as inserted.
    func submit(_ work: @escaping @Sendable () throws -> Int) throws {
        if let failure = state.withLock({ $0.failure }) { throw failure }
        room.wait()
        queue.async { [self] in
            let outcome = Result { try work() }
            state.withLock { state in
                switch outcome {
                case .success(let inserted): state.inserted += inserted
                case .failure(let error): if state.failure == nil { state.failure = error }
                }
            }
            room.signal()
        }
    }

    /// Waits until every queued batch is written; returns the rows counted since
    /// the last drain, or throws the first failure.
    func drain() throws -> Int {
        queue.sync {}
        return try state.withLock { state in
            if let failure = state.failure { throw failure }
            defer { state.inserted = 0 }
            return state.inserted
        }
    }
}

/// One hand-over of whole statements' rows to the thread of an ``InsertPipeline``, which
/// makes sure that only one thread uses the statement and connection at a time.
/// A class: the same fields as a tuple in a generic struct, captured by the
/// closure, were released twice in debug builds (Swift 6.3; valgrind showed
/// reads of freed memory in the tuple's destroy).
private final class PipelinedBatch<Values>: @unchecked Sendable {
    let statement: BulkStatement
    let bind: (BulkStatement, Int32, Values) -> Void
    let columns: Int32
    let rowsPerStatement: Int
    /// A whole number of statements' rows.
    let rows: [Values]
    let connection: OpaquePointer?
    let counted: Bool

    init(
        statement: BulkStatement, bind: @escaping (BulkStatement, Int32, Values) -> Void, columns: Int32,
        rowsPerStatement: Int, rows: [Values], connection: OpaquePointer?, counted: Bool
    ) {
        self.statement = statement
        self.bind = bind
        self.columns = columns
        self.rowsPerStatement = rowsPerStatement
        self.rows = rows
        self.connection = connection
        self.counted = counted
    }

    /// Binds and inserts the rows, a statement at a time; returns how many count as inserted.
    func run() throws -> Int {
        let inserted = try BatchedInsert<Values>.insert(
            rows[...], through: statement, rowsPerStatement: rowsPerStatement, columns: columns, bind: bind,
            connection: connection)
        return counted ? inserted : 0
    }
}
