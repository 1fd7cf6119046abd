import Foundation
import GRDB

/// A new database is made whole under a temporary name beside its path
/// (`stakemap.db.new-PID`) and given its name with link(2) only when it is
/// complete, so a kill or a failure never leaves a half-made file at the path.
extension StakeMapStore {
    /// When a database that does not exist yet appears at its path.
    public enum Creation: Sendable {
        /// As soon as it is migrated (`init`, and every caller that wants the file now).
        case now
        /// With the command's changes in it: `finishCreating()` gives it its name,
        /// `abandonCreating()` removes it (an import that fails leaves nothing).
        case whenFinished
    }

    /// A migrated database under a temporary name for `path`, or nil when
    /// another process made `path` meanwhile.
    static func makeNew(at path: String, creation: Creation) throws -> StakeMapStore? {
        removeAbandonedCopies(of: path)
        let temporary = "\(path).new-\(getpid())"
        removeFiles(temporary)
        do {
            let pool = try DatabasePool(path: temporary, configuration: configuration(readonly: false))
            var store = StakeMapStore(writer: pool, path: path)
            store.temporaryPath = temporary
            store.appliedAtOpen = try store.migrate()
            if creation == .whenFinished { return store }
            return try store.finishCreating() ? store.reopened() : nil
        } catch {
            removeFiles(temporary)
            throw error
        }
    }

    /// The same database opened again at its own path.
    private func reopened() throws -> StakeMapStore {
        var store = StakeMapStore(
            writer: try DatabasePool(path: path, configuration: Self.configuration(readonly: false)), path: path)
        store.appliedAtOpen = appliedAtOpen
        return store
    }

    /// Closes a database made with `.whenFinished` and gives it its path; false
    /// (and the new database removed) when another process made one there first.
    /// A store that was not new returns true. The store cannot be used afterwards.
    public func finishCreating() throws -> Bool {
        guard let temporary = temporaryPath else { return true }
        defer { Self.removeFiles(temporary) }
        // Everything into the main file: the -wal would not follow it to its name.
        _ = try writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        try (writer as? DatabasePool)?.close()
        if link(temporary, path) == 0 { return true }
        let failure = errno
        if failure == EEXIST { return false }
        // A file system without hard links: rename, unless the path appeared.
        if !FileManager.default.fileExists(atPath: path), rename(temporary, path) == 0 { return true }
        throw StakeMapError.cannotWrite(path: path, reason: String(cString: strerror(failure)))
    }

    /// Removes a database made with `.whenFinished` that will not be used.
    public func abandonCreating() {
        guard let temporary = temporaryPath else { return }
        try? (writer as? DatabasePool)?.close()
        Self.removeFiles(temporary)
    }

    /// Whether this store is a new database not yet at its path.
    public var isBeingCreated: Bool { temporaryPath != nil }

    /// The database and its -wal and -shm files.
    static func removeFiles(_ database: String) {
        for suffix in ["", "-wal", "-shm"] { unlink(database + suffix) }
    }

    /// `PATH.new-PID` files left by a stakemap that was killed while making the
    /// database (PID no longer running).
    static func removeAbandonedCopies(of path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + ".new-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix(while: \.isNumber)) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink((folder as NSString).appendingPathComponent(name))
            }
        }
    }
}
