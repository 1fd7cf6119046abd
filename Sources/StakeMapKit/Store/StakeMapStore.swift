import Foundation
import GRDB

/// The project's stakeholder graph in one SQLite file: opens it, migrates it with
/// the SQL in `schema/`, and hands out the connection to the rest of the library.
public struct StakeMapStore: Sendable {
    /// The connection; tests use an in-memory queue, the tool a WAL pool.
    public let writer: any DatabaseWriter
    /// The database path as given (`:memory:` for tests); maps use it as the project name.
    public let path: String
    /// The migrations applied when this store was opened (empty when up to date).
    public internal(set) var appliedAtOpen: [String] = []
    /// Recorded with every change set this store writes.
    public var author = ChangeAuthor.current
    /// Where a new database is made until it is complete (`DatabaseCreation.swift`).
    var temporaryPath: String?

    /// Opens (creating when missing) the database at `path` and migrates it;
    /// an existing file SQLite finds damaged is refused before anything is written.
    /// An empty file is taken as a new database.
    public static func openForWriting(
        path: String, checking check: DamageCheck = .pages, creation: Creation = .now
    ) throws -> StakeMapStore {
        if let reason = Self.whyNotWritable(path) {
            throw StakeMapError.databaseReadOnly(path: path, reason: reason)
        }
        // Two processes creating or migrating the same new file at once: the one
        // that loses the race for switching on WAL or for the migration gets
        // SQLITE_BUSY without waiting, so it tries again for up to 30 s.
        let deadline = Date().addingTimeInterval(30)
        while true {
            do {
                if !FileManager.default.fileExists(atPath: path),
                    let store = try Self.makeNew(at: path, creation: creation)
                {
                    return store
                }
                // Before the pool: opening one writes (GRDB makes and drops a table).
                if Self.hasContent(path) { try Self.refuseDamage(path: path, check: check) }
                let pool = try DatabasePool(path: path, configuration: configuration(readonly: false))
                var store = StakeMapStore(writer: pool, path: path)
                store.appliedAtOpen = try store.migrate()
                return store
            } catch let error as DatabaseError where Self.lostRace(error) && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
            } catch let error as DatabaseError {
                throw Self.userError(error, path: path)
            }
        }
    }

    /// A file that is not a database, or a folder that does not exist, is the
    /// user's to fix (exit 66), a full disk too (exit 74); anything else SQLite
    /// says is internal (exit 70). For errors in opening and in writing.
    public static func userError(_ error: DatabaseError, path: String) -> StakeMapError {
        switch error.resultCode {
        case .SQLITE_CORRUPT:
            return .databaseDamaged(path: path)
        case .SQLITE_FULL:
            return .databaseFull(path: path)
        // SQLite cannot make the -shm file beside the database on a full disk.
        case .SQLITE_IOERR where Self.diskIsFull(near: path):
            return .databaseFull(path: path)
        default:
            return openingError(error, path: path)
        }
    }

    /// Runs the damage check on a read-only connection of its own.
    static func refuseDamage(path: String, check: DamageCheck) throws {
        let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
        let damaged = try queue.read { try check.findsDamage($0) }
        try queue.close()
        if damaged { throw StakeMapError.databaseDamaged(path: path) }
    }

    /// A file with at least one byte in it (SQLite takes an empty file as a new database).
    static func hasContent(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_size > 0
    }

    /// Less than 1 MiB left for the user in the database's folder.
    static func diskIsFull(near path: String) -> Bool {
        var info = statvfs()
        let folder = (path as NSString).deletingLastPathComponent
        guard statvfs(folder.isEmpty ? "." : folder, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 1 << 20
    }

    static func openingError(_ error: DatabaseError, path: String) -> StakeMapError {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            .databaseUnreadable(path: path, reason: .notStakemap)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            .databaseUnreadable(path: path, reason: .cannotOpen(sqlite: error.message ?? "no access"))
        default:
            .databaseUnusable(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Errors that mean another process is creating or migrating the same file right now.
    static func lostRace(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
            || (error.message ?? "").contains("grdb_migrations")
            // both ran the first migration; the winner's tables are there now
            || (error.message ?? "").contains("already exists")
    }

    /// The name of the newest migration, e.g. `0001_graph`.
    public static var schemaVersion: String { EmbeddedSchema.migrations.last?.name ?? "" }

    /// A migrated in-memory database standing for the empty project at `path`.
    static func emptyProject(path: String) throws -> StakeMapStore {
        var store = try inMemory()
        store = StakeMapStore(writer: store.writer, path: path)
        return store
    }

    /// A fresh in-memory database for tests.
    public static func inMemory() throws -> StakeMapStore {
        let queue = try DatabaseQueue(configuration: configuration(readonly: false))
        let store = StakeMapStore(writer: queue, path: ":memory:")
        try store.migrate()
        return store
    }

    init(writer: any DatabaseWriter, path: String) {
        self.writer = writer
        self.path = path
    }

    /// Applies the migrations that have not run yet; returns their names.
    @discardableResult
    public func migrate() throws -> [String] {
        let before = try writer.writeWithoutTransaction { db in
            try Self.recordedMigrations(db)
        }
        try Self.refuseNewerSchema(before, path: path)
        try Self.migrator.migrate(writer)
        return Self.migrator.migrations.filter { !before.contains($0) }
    }

    /// Every migration recorded in the file, also those this stakemap does not know.
    static func recordedMigrations(_ db: Database) throws -> [String] {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
    }

    /// A database on which a migration this stakemap does not know has run was
    /// made by a newer stakemap: using it could lose what that version stores.
    static func refuseNewerSchema(_ applied: [String], path: String) throws {
        let known = Set(EmbeddedSchema.migrations.map(\.name))
        if let unknown = applied.filter({ !known.contains($0) }).sorted().last {
            throw StakeMapError.databaseTooNew(path: path, schema: unknown)
        }
    }

    /// The migrator over the embedded `schema/*.sql` files, in file-name order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in EmbeddedSchema.migrations {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.sql)
            }
        }
        return migrator
    }

    /// How long a statement waits for another process's lock before it fails.
    static let busyTimeoutMilliseconds: Int32 = 30_000

    static func configuration(readonly: Bool) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.readonly = readonly
        // Two stakemap processes on one file wait for each other instead of failing.
        config.busyMode = .timeout(Double(busyTimeoutMilliseconds) / 1000)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -65536")  // 64 MiB page cache
        }
        return config
    }
}
