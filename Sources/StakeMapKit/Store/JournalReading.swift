import GRDB

/// One change set of the journal, as `history` lists it.
public struct ChangeSetRecord: Equatable, Sendable {
    public struct Counts: Equatable, Sendable {
        public var added, changed, removed: Int
    }
    public var number: Int64
    /// UTC, ISO 8601 to the second.
    public var time: String
    public var user: String
    public var command: String
    public var nodes: Counts
    public var links: Counts
    /// The change set this one reverts, and the one that reverted this one.
    public var undoes: Int64?
    public var undoneBy: Int64?
}

extension StakeMapStore {
    /// The change sets, newest first; with `node` (an id), only those that
    /// touched that node: its attributes, steps, tools or links.
    public func history(node id: String? = nil, limit: Int? = nil) throws -> [ChangeSetRecord] {
        try reading { db in
            guard try db.tableExists("change_set") else { return [] }
            var filter = ""
            var arguments: StatementArguments = []
            if let id {
                let keys = try Int64.fetchAll(
                    db, sql: "SELECT key FROM node WHERE id = ? UNION SELECT key FROM node_history WHERE id = ?",
                    arguments: [id, id])
                let keyList = keys.isEmpty ? "NULL" : keys.map(String.init).joined(separator: ",")
                // The change sets that wrote a version of the node, its steps, tools
                // or links (`since`), or replaced one (`until`).
                filter = """
                    WHERE c.number IN (
                        SELECT since FROM node WHERE key IN (\(keyList))
                        UNION SELECT since FROM node_history WHERE key IN (\(keyList))
                        UNION SELECT until FROM node_history WHERE key IN (\(keyList))
                        UNION SELECT since FROM link WHERE source IN (\(keyList))
                        UNION SELECT since FROM link WHERE target IN (\(keyList))
                        UNION SELECT since FROM link_history WHERE source IN (\(keyList)) OR target IN (\(keyList))
                        UNION SELECT until FROM link_history WHERE source IN (\(keyList)) OR target IN (\(keyList))
                        UNION SELECT since FROM node_step WHERE node = ?1
                        UNION SELECT since FROM node_step_history WHERE node = ?1
                        UNION SELECT until FROM node_step_history WHERE node = ?1
                        UNION SELECT since FROM node_tool WHERE node = ?1
                        UNION SELECT since FROM node_tool_history WHERE node = ?1
                        UNION SELECT until FROM node_tool_history WHERE node = ?1)
                    """
                arguments = [id]
            }
            let sql = """
                SELECT c.*, (SELECT min(u.number) FROM change_set u WHERE u.undoes = c.number) AS undone_by
                FROM change_set c \(filter)
                ORDER BY c.number DESC
                \(limit.map { "LIMIT \($0)" } ?? "")
                """
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                ChangeSetRecord(
                    number: row["number"], time: row["time"], user: row["user"], command: row["command"],
                    nodes: .init(added: row["nodes_added"], changed: row["nodes_changed"], removed: row["nodes_removed"]),
                    links: .init(added: row["links_added"], changed: row["links_changed"], removed: row["links_removed"]),
                    undoes: row["undoes"], undoneBy: row["undone_by"])
            }
        }
    }
}

extension StakeMapStore {
    /// The id of the node `text` names, by id or by name (see ``NodeReference``).
    public func resolve(_ text: String, kinds: Set<NodeKind>? = nil) throws -> String {
        try NodeReference.resolve(
            text, kinds: kinds,
            kindOf: { id in
                try reading { db in
                    try String.fetchOne(db, sql: "SELECT kind FROM node WHERE id = ?", arguments: [id])
                        .flatMap(NodeKind.init(rawValue:))
                }
            },
            names: {
                try reading { db in
                    try Row.fetchAll(db, sql: "SELECT id, kind, name FROM node").compactMap { row in
                        guard let kind = NodeKind(rawValue: row["kind"]) else { return nil }
                        return (row["id"], kind, row["name"])
                    }
                }
            })
    }
}
