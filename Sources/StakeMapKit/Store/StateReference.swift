import Foundation
import GRDB

/// A state of the graph as `diff` names it: a snapshot, a change-set
/// number (`12`, `#12`), a date (`YYYY-MM-DD`: the end of that day, local
/// time) or `now`, and the change set it comes to (0: the empty graph).
public struct GraphState: Equatable, Sendable {
    /// As the user wrote it, or `empty` / `now` for the defaults.
    public var reference: String
    public var changeSet: Int64
    /// The time of that change set (UTC, ISO 8601); nil for the empty graph.
    public var time: String?
}

extension StakeMapStore {
    /// The state `text` names; an unknown snapshot, a change set that does not
    /// exist yet or a malformed date is an error that says what is possible.
    public func state(_ text: String, timeZone: TimeZone = .current) throws -> GraphState {
        try reading { db in
            let latest = try db.tableExists("change_set")
                ? try Int64.fetchOne(db, sql: "SELECT coalesce(max(number), 0) FROM change_set") ?? 0 : 0
            func at(_ number: Int64) throws -> GraphState {
                let time = number == 0 ? nil : try String.fetchOne(db, sql: "SELECT time FROM change_set WHERE number = ?", arguments: [number])
                return GraphState(reference: text, changeSet: number, time: time)
            }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.lowercased() == "now" { return try at(latest) }
            let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
            if Self.isChangeSetNumber(trimmed), let number = Int64(digits) {
                guard number >= 0, number <= latest else {
                    throw StakeMapError.unknownReference(.noSuchChangeSet(number, latest: latest))
                }
                return try at(number)
            }
            if trimmed.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil {
                guard let end = Self.endOfDay(trimmed, timeZone) else {
                    throw StakeMapError.unknownReference(.notADate(trimmed))
                }
                // Past the year 9998 the day's end (10000-…) would sort before every time.
                if trimmed.hasPrefix("9999") { return try at(latest) }
                let number = latest == 0 ? 0 : try Int64.fetchOne(
                    db, sql: "SELECT coalesce(max(number), 0) FROM change_set WHERE time < ?", arguments: [end]) ?? 0
                return try at(number)
            }
            if let snapshot = try Self.snapshot(named: trimmed, db) { return try at(snapshot.changeSet) }
            let names = try db.tableExists("snapshot") ? try String.fetchAll(db, sql: "SELECT name FROM snapshot ORDER BY name") : []
            throw StakeMapError.unknownReference(.notAState(trimmed, snapshots: names))
        }
    }

    /// `12` or `#12`: ASCII digits only (`+3` is a name).
    static func isChangeSetNumber(_ text: String) -> Bool {
        let digits = text.hasPrefix("#") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The latest snapshot's state, or the empty graph when there is none.
    public func defaultFromState() throws -> GraphState {
        guard let snapshot = try latestSnapshot() else {
            return GraphState(reference: "empty", changeSet: 0, time: nil)
        }
        var state = try self.state(String(snapshot.changeSet))
        state.reference = snapshot.name
        return state
    }

    /// The graph of a state, in a database of its own in memory, so that
    /// `list`'s and `gaps`' code reads it as it reads the project: the file is
    /// copied page by page (SQLite's backup), then the rows written after the
    /// state go and the rows they replaced come back. Row by row, or through the
    /// writer as an import, one state of 100,000 people took 10–12 s; so 0.4 s.
    public func store(of state: GraphState) throws -> StakeMapStore {
        let copy = try StakeMapStore.inMemory()
        do {
            try writer.backup(to: copy.writer)
        } catch let error as DatabaseError {
            throw Self.userError(error, path: path)
        }
        try copy.writer.writeWithoutTransaction { db in
            // Only the state is wanted: no journal of these writes, no cascades.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.inTransaction {
                for trigger in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") {
                    try db.execute(sql: "DROP TRIGGER \(trigger)")
                }
                for table in JournaledTable.all {
                    try db.execute(sql: "DELETE FROM \(table.name) WHERE since > ?", arguments: [state.changeSet])
                    try db.execute(
                        sql: """
                            INSERT INTO \(table.name) (\(table.columns), since)
                            SELECT \(table.columns), since FROM \(table.name)_history WHERE since <= ?1 AND until > ?1
                            """, arguments: [state.changeSet])
                }
                return .commit
            }
        }
        return copy
    }

    /// The first moment after that day, local time, as a UTC ISO 8601 string.
    static func endOfDay(_ date: String, _ timeZone: TimeZone) -> String? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard components.isValidDate(in: calendar), let start = calendar.date(from: components),
            let next = calendar.date(byAdding: .day, value: 1, to: start)
        else { return nil }
        return Journal.timestamp(next)
    }
}
