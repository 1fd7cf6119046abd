import GRDB

/// What the edit commands need beyond what an import writes: the
/// links of one node, its steps and tools, the nodes by name, and removal.
extension GraphWriter {
    /// A link as the edit commands see it: the other end, kind, weight and note.
    public struct LinkEnd: Equatable, Sendable {
        public let other: Int64
        public let kind: EdgeKind
        public let weight: Int?
        public let note: String?
    }

    /// The links out of (or, `incoming`, into) the node with this key.
    public func links(of key: Int64, incoming: Bool) throws -> [LinkEnd] {
        try flush()
        let sql =
            incoming
            ? "SELECT source AS other, kind, weight, note FROM link WHERE target = ? ORDER BY kind, source"
            : "SELECT target AS other, kind, weight, note FROM link WHERE source = ? ORDER BY kind, target"
        return try connection.read { db in
            try Row.fetchAll(db, sql: sql, arguments: [key]).map { row in
                let code: Int = row["kind"]
                guard let kind = EdgeKind.allCases.first(where: { $0.code == code }) else {
                    throw StakeMapError.databaseUnusable(path: self.path, reason: "a link has the unknown kind code \(code)")
                }
                return LinkEnd(other: row["other"], kind: kind, weight: row["weight"], note: row["note"])
            }
        }
    }

    /// The steps a node is involved in.
    public func steps(of id: String) throws -> Set<InvolvementStep> {
        try flush()
        let select = statements.stepsSelect
        let names = try connection.read { _ in try String.fetchAll(select, arguments: [id]) }
        return Set(try names.map { try decode($0, id: id, column: "step") as InvolvementStep })
    }

    /// The tools chosen for a node.
    public func tools(of id: String) throws -> Set<String> {
        try flush()
        let select = statements.toolsSelect
        return Set(try connection.read { _ in try String.fetchAll(select, arguments: [id]) })
    }

    /// Every node's id, kind and name, for finding a node by name: one pass over
    /// the node table, made only when a reference is not an id.
    public func allNames() throws -> [(id: String, kind: NodeKind, name: String)] {
        try flush()
        return try connection.read { db in
            var nodes: [(id: String, kind: NodeKind, name: String)] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT id, kind, name FROM node")
            while let row = try rows.next() {
                let id: String = row["id"]
                nodes.append((id, try self.decode(row["kind"], id: id, column: "kind"), row["name"]))
            }
            return nodes
        }
    }

    /// Removes a node with its links, steps and tools; returns how many links went.
    /// The links are removed here, not left to SQLite's cascade, so that they are
    /// counted (and gone whether or not this connection enforces foreign keys).
    @discardableResult
    public func remove(_ id: String, _ entry: Entry) throws -> Int {
        try flush()
        let key = entry.key
        let removed = try connection.read { db in
            try db.execute(sql: "DELETE FROM link WHERE source = ?", arguments: [key])
            var links = db.changesCount
            try db.execute(sql: "DELETE FROM link WHERE target = ?", arguments: [key])
            links += db.changesCount
            try db.execute(sql: "DELETE FROM node_step WHERE node = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM node_tool WHERE node = ?", arguments: [id])
            // A gap accepted for the node goes with it (and does not cover a new node of its id).
            try db.execute(sql: "DELETE FROM accepted_gap WHERE node = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM node WHERE key = ?", arguments: [key])
            return links
        }
        known[id] = nil
        linksRemoved += removed
        nodesRemoved += 1
        changedKeys.remove(key)
        return removed
    }

    /// Gives a node a new id (a renamed unit, group or role) and attributes; its
    /// links stay (they name it by key), its steps and tools move to the new id.
    public func changeID(_ id: String, _ entry: Entry, to newID: String, attributes: NodeAttributes) throws -> Entry {
        let steps = try steps(of: id)
        let tools = try tools(of: id)
        try setSteps(id, [])
        try setTools(id, [])
        try update(id, entry, to: attributes)
        try connection.read { db in
            try db.execute(sql: "UPDATE node SET id = ? WHERE key = ?", arguments: [newID, entry.key])
            // Its accepted gaps follow it.
            try db.execute(
                sql: "UPDATE accepted_gap SET node = ?, since = ? WHERE node = ?", arguments: [newID, self.changeSet, id])
        }
        let slot = known.removeValue(forKey: id)
        known[newID] = slot
        try setSteps(newID, steps)
        try setTools(newID, tools)
        noteChanged(entry.key)
        return Entry(key: entry.key, kind: entry.kind, side: attributes.side, tag: entry.tag)
    }
}

/// What `import --sync` needs: every node of a kind, every link of a kind, one link.
extension GraphWriter {
    /// Whether the node with this key existed before this change.
    public func existedBefore(_ key: Int64) -> Bool { key < firstNewKey }

    /// Every node of `kind`: key, id and (a unit's) path.
    public func nodes(ofKind kind: NodeKind) throws -> [(key: Int64, id: String, path: String?)] {
        try flush()
        return try connection.read { db in
            try Row.fetchAll(db, sql: "SELECT key, id, path FROM node WHERE kind = ? ORDER BY key", arguments: [kind.rawValue])
                .map { ($0["key"], $0["id"], $0["path"]) }
        }
    }

    /// Every link of `kind`, by its ends' keys.
    public func links(ofKind kind: EdgeKind) throws -> [(source: Int64, target: Int64)] {
        try flush()
        return try connection.read { db in
            try Row.fetchAll(db, sql: "SELECT source, target FROM link WHERE kind = ?", arguments: [kind.code])
                .map { ($0["source"], $0["target"]) }
        }
    }

    /// The weight and note of a link, nil when there is none.
    public func link(_ source: Int64, _ kind: EdgeKind, _ target: Int64) throws -> (weight: Int?, note: String?)? {
        try flush()
        let select = statements.linkSelect
        guard let row = try connection.read({ _ in try Row.fetchOne(select, arguments: [source, kind.code, target]) })
        else { return nil }
        return (row["weight"], row["note"])
    }
}
