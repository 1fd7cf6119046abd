import Foundation
import GRDB

/// A named state of the graph (`schema/0004_snapshots.sql`).
public struct Snapshot: Equatable, Sendable {
    public var name: String
    /// The latest change set when it was taken; 0 before the first.
    public var changeSet: Int64
    /// UTC, ISO 8601 to the second.
    public var time: String
    public var user: String
    public var note: String?
}

extension StakeMapStore {
    /// Names the current state. A name is unique, and must not read as
    /// another kind of state (`now`, a number, a date), so `diff` can tell them apart.
    public func takeSnapshot(_ name: String, note: String?, now: Date = Date()) throws -> Snapshot {
        let name = name.trimmingCharacters(in: .whitespaces)
        if let problem = Self.snapshotNameProblem(name) { throw StakeMapError.editRefused(problem) }
        do {
            return try writer.write { db in
                if let taken = try Self.snapshot(named: name, db) {
                    throw StakeMapError.editRefused(.snapshotTaken(name: name, changeSet: taken.changeSet, time: taken.time))
                }
                let number = try Int64.fetchOne(db, sql: "SELECT coalesce(max(number), 0) FROM change_set") ?? 0
                let snapshot = Snapshot(
                    name: name, changeSet: number, time: Journal.timestamp(now), user: author.user,
                    note: note.flatMap { $0.isEmpty ? nil : $0 })
                try db.execute(
                    sql: "INSERT INTO snapshot (name, change_set, time, user, note) VALUES (?, ?, ?, ?, ?)",
                    arguments: [snapshot.name, snapshot.changeSet, snapshot.time, snapshot.user, snapshot.note])
                return snapshot
            }
        } catch let error as DatabaseError {
            throw Self.userError(error, path: path)
        }
    }

    /// Every snapshot, oldest first.
    public func snapshots() throws -> [Snapshot] {
        try reading { db in
            guard try db.tableExists("snapshot") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT * FROM snapshot ORDER BY change_set, time, name").map(Self.snapshot)
        }
    }

    /// The snapshot of the latest state (of two of one state, the later taken).
    public func latestSnapshot() throws -> Snapshot? {
        try snapshots().max { ($0.changeSet, $0.time) < ($1.changeSet, $1.time) }
    }

    /// How many change sets came after change set `number`.
    public func changeSetCount(after number: Int64) throws -> Int {
        try reading { db in
            guard try db.tableExists("change_set") else { return 0 }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM change_set WHERE number > ?", arguments: [number]) ?? 0
        }
    }

    static func snapshot(named name: String, _ db: Database) throws -> Snapshot? {
        guard try db.tableExists("snapshot") else { return nil }
        return try Row.fetchOne(db, sql: "SELECT * FROM snapshot WHERE name = ?", arguments: [name]).map(Self.snapshot)
    }

    private static func snapshot(_ row: Row) -> Snapshot {
        Snapshot(name: row["name"], changeSet: row["change_set"], time: row["time"], user: row["user"], note: row["note"])
    }

    static func snapshotNameProblem(_ name: String) -> EditMessage? {
        if name.isEmpty { return .snapshotWithoutName }
        if name.lowercased() == "now" || isChangeSetNumber(name) || name.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil {
            return .snapshotNameReads(name)
        }
        return nil
    }
}
