import GRDB

/// Every change of the change in progress, one line each, read back from the
/// journal before the change ends: what `import --dry-run` prints (SPEC §2,
/// "Nothing changes silently"). `+` added, `-` removed, `~` changed with each
/// attribute `old → new`; nodes first (by id), then links (by source, kind, target).
extension GraphWriter {
    public func changeLines() throws -> [String] {
        try flush()
        let number = changeSet
        return try connection.read { db in
            var ids: [Int64: String] = [:]
            var nodeLines: [(String, String)] = []
            let added = try Row.fetchAll(
                db,
                sql: """
                    SELECT key, id, kind, name FROM node
                    WHERE since = ?1 AND key NOT IN (SELECT key FROM node_history WHERE until = ?1)
                    """, arguments: [number])
            for row in added {
                let id: String = row["id"]
                ids[row["key"]] = id
                let steps = try Self.steps(db, of: id)
                let more = steps.isEmpty ? "" : ", steps \(steps.joined(separator: ", "))"
                nodeLines.append((id, "+ \(row["kind"] as String) \(Self.label(id, row["name"]))\(more)"))
            }
            for row in try Row.fetchAll(
                db, sql: "SELECT * FROM node_history h WHERE until = ?1 AND key NOT IN (SELECT key FROM node)",
                arguments: [number])
            {
                let id: String = row["id"]
                ids[row["key"]] = id
                nodeLines.append((id, "- \(row["kind"] as String) \(Self.label(id, row["name"]))"))
            }
            var changedIDs: Set<String> = []
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT h.id AS old_id, h.side AS old_side, h.name AS old_name, h.power AS old_power,
                           h.interest AS old_interest, h.level AS old_level, h.email AS old_email,
                           h.notes AS old_notes, h.path AS old_path, h.required AS old_required, n.*
                    FROM node_history h JOIN node n ON n.key = h.key WHERE h.until = ?1
                    """, arguments: [number])
            {
                let id: String = row["id"]
                ids[row["key"]] = id
                changedIDs.insert(id)
                var changes: [String] = []
                for column in ["id", "side", "name", "power", "interest", "level", "email", "notes", "path", "required"] {
                    let old = Self.shown(row["old_" + column])
                    let new = Self.shown(row[column])
                    if old != new { changes.append("\(column) \(old) → \(new)") }
                }
                changes += try Self.setChanges(db, "step", of: row["old_id"], id, number)
                changes += try Self.setChanges(db, "tool", of: row["old_id"], id, number)
                if !changes.isEmpty {
                    nodeLines.append((id, "~ \(row["kind"] as String) \(Self.label(id, row["name"])): \(changes.joined(separator: "; "))"))
                }
            }
            // Nodes whose steps or tools alone changed.
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT n.id, n.kind, n.name FROM node n
                    WHERE n.since < ?1 AND (n.id IN (SELECT node FROM node_step WHERE since = ?1)
                        OR n.id IN (SELECT node FROM node_step_history WHERE until = ?1)
                        OR n.id IN (SELECT node FROM node_tool WHERE since = ?1)
                        OR n.id IN (SELECT node FROM node_tool_history WHERE until = ?1))
                    """, arguments: [number])
            {
                let id: String = row["id"]
                guard !changedIDs.contains(id) else { continue }
                let changes = try Self.setChanges(db, "step", of: id, id, number) + Self.setChanges(db, "tool", of: id, id, number)
                if !changes.isEmpty {
                    nodeLines.append((id, "~ \(row["kind"] as String) \(Self.label(id, row["name"])): \(changes.joined(separator: "; "))"))
                }
            }
            func name(_ key: Int64) throws -> String {
                if let id = ids[key] { return id }
                let id =
                    try String.fetchOne(db, sql: "SELECT id FROM node WHERE key = ?", arguments: [key])
                    ?? String.fetchOne(db, sql: "SELECT id FROM node_history WHERE key = ? ORDER BY until DESC", arguments: [key])
                    ?? "#\(key)"
                ids[key] = id
                return id
            }
            var linkLines: [((String, Int, String), String)] = []
            func describe(_ sign: String, _ row: Row, _ extra: String) throws {
                let (source, target) = (try name(row["source"]), try name(row["target"]))
                let code: Int = row["kind"]
                let kind = EdgeKind.allCases.first { $0.code == code }?.rawValue ?? "kind \(code)"
                linkLines.append(((source, code, target), "\(sign) link \(source) —\(kind)→ \(target)\(extra)"))
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT l.*, h.weight AS old_weight, h.note AS old_note, h.since AS old_since FROM link l
                    LEFT JOIN link_history h ON h.source = l.source AND h.kind = l.kind AND h.target = l.target AND h.until = ?1
                    WHERE l.since = ?1
                    """, arguments: [number])
            {
                let weight = Self.shown(row["weight"])
                let note = row["note"] as String?
                if row["old_since"] as Int64? == nil {
                    let extra = (row["weight"] as Int?).map { " (weight \($0))" } ?? ""
                    try describe("+", row, extra + (note.map { ", note \"\($0)\"" } ?? ""))
                } else {
                    var changes: [String] = []
                    let oldWeight = Self.shown(row["old_weight"])
                    if oldWeight != weight { changes.append("weight \(oldWeight) → \(weight)") }
                    let oldNote = Self.shown(row["old_note"])
                    if oldNote != Self.shown(row["note"]) {
                        changes.append("note \(oldNote) → \(Self.shown(row["note"]))")
                    }
                    try describe("~", row, ": " + changes.joined(separator: "; "))
                }
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM link_history h WHERE h.until = ?1 AND NOT EXISTS
                        (SELECT 1 FROM link l WHERE l.source = h.source AND l.kind = h.kind AND l.target = h.target)
                    """, arguments: [number])
            {
                try describe("-", row, "")
            }
            let nodes = nodeLines.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.1)
            let links = linkLines.sorted { ($0.0.0, $0.0.1, $0.0.2, $0.1) < ($1.0.0, $1.0.1, $1.0.2, $1.1) }.map(\.1)
            return nodes + links
        }
    }

    /// A stored value as a line shows it: unset as `(unset)`, text in quotes.
    static func shown(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "(unset)"
        case .string(let text): "\"\(text)\""
        default: value.description
        }
    }

    static func label(_ id: String, _ name: String) -> String { id == name ? id : "\(id) (\(name))" }

    /// The steps of a node, in the order of the four steps.
    static func steps(_ db: Database, of id: String) throws -> [String] {
        let stored = Set(try String.fetchAll(db, sql: "SELECT step FROM node_step WHERE node = ?", arguments: [id]))
        return InvolvementStep.allCases.map(\.rawValue).filter(stored.contains)
    }

    /// `steps +frame -plan`: how the node's steps (or tools) differ from before
    /// this change set; `oldID` is its id before (a renamed node's steps moved).
    static func setChanges(_ db: Database, _ what: String, of oldID: String, _ id: String, _ number: Int64) throws
        -> [String]
    {
        let table = "node_\(what)"
        let now = Set(try String.fetchAll(db, sql: "SELECT \(what) FROM \(table) WHERE node = ?", arguments: [id]))
        let addedNow = Set(
            try String.fetchAll(db, sql: "SELECT \(what) FROM \(table) WHERE node = ? AND since = ?", arguments: [id, number]))
        let removed = Set(
            try String.fetchAll(
                db, sql: "SELECT \(what) FROM \(table)_history WHERE node = ? AND until = ?", arguments: [oldID, number]))
        let before = now.subtracting(addedNow).union(removed)
        // Steps in their own order (frame, goals, plan, start), tools by name.
        let order = InvolvementStep.allCases.map(\.rawValue)
        func sorted(_ values: Set<String>) -> [String] {
            what == "step" ? order.filter(values.contains) : values.sorted()
        }
        let plus = sorted(now.subtracting(before)).map { "+" + $0 }
        let minus = sorted(before.subtracting(now)).map { "-" + $0 }
        guard !plus.isEmpty || !minus.isEmpty else { return [] }
        return ["\(what)s " + (plus + minus).joined(separator: " ")]
    }
}
