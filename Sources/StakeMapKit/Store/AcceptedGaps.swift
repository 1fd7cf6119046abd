import Foundation
import GRDB

/// A gap the team decided to leave, with why, who and when (`accept`).
public struct AcceptedGap: Equatable, Sendable {
    public var rule: String
    /// The node's id (a step's for `step-without-internal`).
    public var node: String
    public var reason: String
    public var user: String
    /// UTC, ISO 8601 to the second.
    public var time: String
}

extension StakeMapStore {
    /// Every accepted gap, by rule and node.
    public func acceptedGaps() throws -> [AcceptedGap] {
        try reading { db in try Self.acceptedGaps(db) }
    }

    static func acceptedGaps(_ db: Database) throws -> [AcceptedGap] {
        guard try db.tableExists("accepted_gap") else { return [] }
        return try Row.fetchAll(db, sql: "SELECT rule, node, reason, user, time FROM accepted_gap ORDER BY rule, node").map {
            AcceptedGap(rule: $0["rule"], node: $0["node"], reason: $0["reason"], user: $0["user"], time: $0["time"])
        }
    }
}

extension GraphWriter {
    /// Records an accepted gap (replacing the reason of one accepted before).
    public func accept(rule: String, node: String, reason: String, user: String, now: Date = Date()) throws {
        try flush()
        let number = changeSet
        try connection.read { db in
            try db.execute(
                sql: """
                    INSERT INTO accepted_gap (rule, node, reason, user, time, since) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (rule, node) DO UPDATE SET reason = excluded.reason, user = excluded.user,
                        time = excluded.time, since = excluded.since
                    """, arguments: [rule, node, reason, user, Journal.timestamp(now), number])
        }
        acceptanceChanges += 1
    }

    /// Takes an accepted gap back; false when it was not accepted.
    public func unaccept(rule: String, node: String) throws -> Bool {
        try flush()
        let removed = try connection.read { db in
            try db.execute(sql: "DELETE FROM accepted_gap WHERE rule = ? AND node = ?", arguments: [rule, node])
            return db.changesCount
        }
        acceptanceChanges += removed
        return removed > 0
    }

    /// The accepted gaps, as the store lists them.
    public func acceptedGaps() throws -> [AcceptedGap] {
        try flush()
        return try connection.read { db in try StakeMapStore.acceptedGaps(db) }
    }
}
