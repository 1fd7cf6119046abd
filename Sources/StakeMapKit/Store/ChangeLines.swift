import GRDB

/// Every change of the change in progress, one line each, read back from the
/// journal before the change ends: what `import --dry-run` prints (nothing
/// changes silently). `+` added, `-` removed, `~` changed with each
/// attribute `old → new`; nodes first (by id), then links (by source, kind, target).
extension GraphWriter {
    /// The changes in English, as `import --dry-run` has printed them.
    public func changeLines() throws -> [String] { try changes().map(\.english) }

    public func changes() throws -> [ChangeLine] {
        try flush()
        let number = changeSet
        return try connection.read { db throws -> [ChangeLine] in
            var ids: [Int64: String] = [:]
            var nodeLines: [(String, ChangeLine)] = []
            func kindAndSide(_ row: Row) -> (NodeKind, Side) {
                (NodeKind(rawValue: row["kind"]) ?? .person, Side(rawValue: row["side"]) ?? .internal)
            }
            let added = try Row.fetchAll(
                db,
                sql: """
                    SELECT key, id, kind, side, name FROM node
                    WHERE since = ?1 AND key NOT IN (SELECT key FROM node_history WHERE until = ?1)
                    """, arguments: [number])
            for row in added {
                let id: String = row["id"]
                ids[row["key"]] = id
                let steps = try Self.steps(db, of: id)
                let (kind, side) = kindAndSide(row)
                nodeLines.append(
                    (id, .nodeAdded(kind: kind, side: side, label: Self.label(id, row["name"]), steps: steps.compactMap { InvolvementStep(rawValue: $0) })))
            }
            for row in try Row.fetchAll(
                db, sql: "SELECT * FROM node_history h WHERE until = ?1 AND key NOT IN (SELECT key FROM node)",
                arguments: [number])
            {
                let id: String = row["id"]
                ids[row["key"]] = id
                let (kind, side) = kindAndSide(row)
                nodeLines.append((id, .nodeRemoved(kind: kind, side: side, label: Self.label(id, row["name"]))))
            }
            var changedIDs: Set<String> = []
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT h.id AS old_id, h.side AS old_side, h.name AS old_name, h.power AS old_power,
                           h.interest AS old_interest, h.level AS old_level, h.email AS old_email,
                           h.notes AS old_notes, h.path AS old_path, h.required AS old_required,
                           h.legitimacy AS old_legitimacy, h.urgency AS old_urgency, n.*
                    FROM node_history h JOIN node n ON n.key = h.key WHERE h.until = ?1
                    """, arguments: [number])
            {
                let id: String = row["id"]
                ids[row["key"]] = id
                changedIDs.insert(id)
                var changes: [AttributeChange] = []
                for column in [
                    "id", "side", "name", "power", "interest", "legitimacy", "urgency", "level", "email", "notes", "path",
                    "required",
                ] {
                    let old = Self.shown(row["old_" + column])
                    let new = Self.shown(row[column])
                    if old != new { changes.append(.value(attribute: column, from: old, to: new)) }
                }
                changes += try Self.setChanges(db, "step", of: row["old_id"], id, number)
                changes += try Self.setChanges(db, "tool", of: row["old_id"], id, number)
                if !changes.isEmpty {
                    let (kind, side) = kindAndSide(row)
                    nodeLines.append((id, .nodeChanged(kind: kind, side: side, label: Self.label(id, row["name"]), changes: changes)))
                }
            }
            // Nodes whose steps or tools alone changed.
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT n.id, n.kind, n.side, n.name FROM node n
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
                    let (kind, side) = kindAndSide(row)
                    nodeLines.append((id, .nodeChanged(kind: kind, side: side, label: Self.label(id, row["name"]), changes: changes)))
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
            var linkLines: [((String, Int, String), ChangeLine)] = []
            func describe(_ row: Row, _ line: (String, EdgeKind, String) -> ChangeLine) throws {
                let (source, target) = (try name(row["source"]), try name(row["target"]))
                let code: Int = row["kind"]
                guard let kind = EdgeKind(code: code) else {
                    throw StakeMapError.databaseUnusable(path: self.path, reason: "a link has the unknown kind code \(code)")
                }
                linkLines.append(((source, code, target), line(source, kind, target)))
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
                    let addedWeight: Int? = row["weight"]
                    try describe(row) { .linkAdded(source: $0, kind: $1, target: $2, weight: addedWeight, note: note) }
                } else {
                    var changes: [AttributeChange] = []
                    let oldWeight = Self.shown(row["old_weight"])
                    if oldWeight != weight { changes.append(.value(attribute: "weight", from: oldWeight, to: weight)) }
                    let oldNote = Self.shown(row["old_note"])
                    if oldNote != Self.shown(row["note"]) {
                        changes.append(.value(attribute: "note", from: oldNote, to: Self.shown(row["note"])))
                    }
                    try describe(row) { .linkChanged(source: $0, kind: $1, target: $2, changes: changes) }
                }
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM link_history h WHERE h.until = ?1 AND NOT EXISTS
                        (SELECT 1 FROM link l WHERE l.source = h.source AND l.kind = h.kind AND l.target = h.target)
                    """, arguments: [number])
            {
                try describe(row) { .linkRemoved(source: $0, kind: $1, target: $2) }
            }
            let nodes = nodeLines.sorted { ($0.0, $0.1.english) < ($1.0, $1.1.english) }.map(\.1)
            let links = linkLines.sorted { ($0.0.0, $0.0.1, $0.0.2) < ($1.0.0, $1.0.1, $1.0.2) }.map(\.1)
            return nodes + links
        }
    }

    /// A stored value as a line shows it: nil when unset.
    static func shown(_ value: DatabaseValue) -> StoredText? {
        switch value.storage {
        case .null: nil
        case .string(let text): .text(text)
        default: .number(value.description)
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
        -> [AttributeChange]
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
        let plus = sorted(now.subtracting(before))
        let minus = sorted(before.subtracting(now))
        guard !plus.isEmpty || !minus.isEmpty else { return [] }
        return [.members(attribute: "\(what)s", added: plus, removed: minus)]
    }
}
