import Foundation
import GRDB

/// The commands that only read open the database read-only, so they work on a
/// file or folder without write permission, an immutable file, a read-only mount.
extension StakeMapStore {
    /// Opens an existing database for commands that only read it: a missing file
    /// is an error, and a database from an older stakemap must be migrated by `init`.
    /// An empty file, or one in which no stakemap has made its tables yet, is an
    /// empty project.
    public static func openForReading(path: String) throws -> StakeMapStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StakeMapError.databaseMissing(path: path)
        }
        if !Self.hasContent(path) { return try Self.emptyProject(path: path) }
        do {
            do {
                // A read-only connection makes the -wal and -shm files when they are
                // missing and the folder lets it (and leaves them, empty, behind).
                return try Self.reading(
                    DatabasePool(path: path, configuration: configuration(readonly: true)), path: path)
            } catch let error as DatabaseError
                where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode)
                && Self.whyNotWritable(path) != nil
            {
                // SQLite cannot make the -shm file: read the file as it is, which is
                // the whole database only when no changes wait in the -wal file.
                if Self.size(of: path + "-wal") > 0 {
                    throw StakeMapError.databaseUnreadable(
                        path: path,
                        reason: .changesInWAL(path: path, why: Self.whyNotWritable(path) ?? .readOnlyMount))
                }
                return try Self.reading(
                    DatabaseQueue(path: Self.immutableURI(path), configuration: configuration(readonly: true)),
                    path: path)
            }
        } catch let error as DatabaseError {
            throw Self.userError(error, path: path)
        }
    }

    /// The store over `reader`, once the schema is known to be this stakemap's.
    private static func reading(_ reader: some DatabaseWriter, path: String) throws -> StakeMapStore {
        let (applied, complete, tables) = try reader.read { db in
            (
                try Self.recordedMigrations(db),
                try Self.migrator.hasCompletedMigrations(db),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            )
        }
        if applied.isEmpty && tables == 0 { return try Self.emptyProject(path: path) }
        try Self.refuseNewerSchema(applied, path: path)
        if !complete {
            throw StakeMapError.databaseNeedsMigration(path: path)
        }
        return StakeMapStore(writer: reader, path: path)
    }

    /// Why the database at `path` (or, when missing, a new one there) cannot be
    /// written, in the user's words; nil when it can. SQLite also writes the
    /// -wal and -shm files beside the database.
    static func whyNotWritable(_ path: String) -> DatabaseProblem? {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var volume = statvfs()
        if statvfs(folder, &volume) == 0 && volume.f_flag & UInt(ST_RDONLY) != 0 {
            return .readOnlyMount
        }
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            if access(file, W_OK) != 0 {
                return errno == EPERM
                    ? .immutable(file: file) : .readOnlyFile(file: file, system: String(cString: strerror(errno)))
            }
        }
        if FileManager.default.fileExists(atPath: folder) && access(folder, W_OK) != 0 {
            return .readOnlyFolder(folder)
        }
        return nil
    }

    /// `file:` URI that tells SQLite the file cannot change: no locks, no -shm.
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).path
        var escaped = ""
        for character in absolute {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file:\(escaped)?immutable=1"
    }

    static func size(of path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }
}
