import Foundation
import GRDB

/// Who makes a change and how: recorded with its change set.
public struct ChangeAuthor: Equatable, Sendable {
    /// The command as typed, its arguments joined by spaces.
    public var command: String
    /// `$USER`, else `unknown`.
    public var user: String

    public init(command: String, user: String) {
        self.command = command
        self.user = user
    }

    /// This process: `stakemap` and its arguments, and `$USER`.
    public static var current: ChangeAuthor {
        let arguments = ["stakemap"] + CommandLine.arguments.dropFirst()
        let user = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
        return ChangeAuthor(command: arguments.joined(separator: " "), user: user)
    }
}

/// The change sets of the journal (`schema/0003_journal.sql`): one per
/// command that changed the graph.
enum Journal {
    /// Records the change set a change starts; returns its number. Numbers are
    /// never reused: a change that is rolled back takes its row with it, and no
    /// change set is ever removed.
    static func begin(_ db: Database, author: ChangeAuthor, now: Date = Date()) throws -> Int64 {
        let number = try Int64.fetchOne(db, sql: "SELECT coalesce(max(number), 0) + 1 FROM change_set")!
        try db.execute(
            sql: "INSERT INTO change_set (number, time, user, command) VALUES (?, ?, ?, ?)",
            arguments: [number, Self.timestamp(now), author.user, author.command])
        return number
    }

    /// Writes what the change did into its change set; false when it did nothing
    /// (then the change is rolled back and records nothing).
    static func end(_ db: Database, _ graph: GraphWriter) throws -> Bool {
        let counts = [
            graph.nodesAdded, graph.nodesChanged, graph.nodesRemoved, graph.linksAdded, graph.linksChanged,
            graph.linksRemoved,
        ]
        guard counts.contains(where: { $0 > 0 }) || graph.acceptanceChanges > 0 else { return false }
        try db.execute(
            sql: """
                UPDATE change_set SET nodes_added = ?, nodes_changed = ?, nodes_removed = ?,
                    links_added = ?, links_changed = ?, links_removed = ?, undoes = ?
                WHERE number = ?
                """,
            arguments: StatementArguments(counts) + [graph.undoes, graph.changeSet])
        return true
    }

    /// UTC, ISO 8601 to the second: `2026-03-12T14:05:09Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
