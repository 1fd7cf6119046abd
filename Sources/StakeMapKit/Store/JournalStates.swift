import GRDB

/// Earlier states of the graph, rebuilt from the journal (`schema/0003_journal.sql`):
/// the rows with `since <= N` in the graph's tables and those with
/// `since <= N < until` in the history tables.
extension StakeMapStore {
    /// The graph as it was after change set `number` (0: before the first one),
    /// nodes sorted by id, edges by source, kind and target.
    public func graph(afterChangeSet number: Int64) throws -> StakeholderGraph {
        try reading { db in
            let at: StatementArguments = [number, number, number]
            func valid(_ table: String, _ columns: String) -> String {
                """
                SELECT \(columns) FROM \(table) WHERE since <= ?1
                UNION ALL SELECT \(columns) FROM \(table)_history WHERE since <= ?2 AND until > ?3
                """
            }
            let nodeColumns = "key, id, kind, side, name, power, interest, level, email, notes, path, required"
            var steps: [String: Set<InvolvementStep>] = [:]
            for row in try Row.fetchAll(db, sql: valid("node_step", "node, step"), arguments: at) {
                if let step = InvolvementStep(rawValue: row["step"]) { steps[row["node"], default: []].insert(step) }
            }
            var tools: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: valid("node_tool", "node, tool"), arguments: at) {
                tools[row["node"], default: []].append(row["tool"])
            }
            var ids: [Int64: String] = [:]
            var nodes: [Node] = []
            for row in try Row.fetchAll(db, sql: valid("node", nodeColumns), arguments: at) {
                let id: String = row["id"]
                ids[row["key"]] = id
                guard let kind = NodeKind(rawValue: row["kind"]), let side = Side(rawValue: row["side"]) else {
                    throw StakeMapError.databaseUnusable(path: path, reason: "the journal holds a node \"\(id)\" of unknown kind or side")
                }
                nodes.append(
                    Node(
                        id: id, kind: kind, side: side, name: row["name"], power: row["power"], interest: row["interest"],
                        level: (row["level"] as String?).flatMap(Level.init(rawValue:)), steps: steps[id] ?? [],
                        tools: (tools[id] ?? []).sorted(), email: row["email"], notes: row["notes"], path: row["path"],
                        required: (row["required"] as Int?).map { $0 != 0 }))
            }
            var edges: [Edge] = []
            for row in try Row.fetchAll(db, sql: valid("link", "source, kind, target, weight, note"), arguments: at) {
                let code: Int = row["kind"]
                guard let source = ids[row["source"]], let target = ids[row["target"]],
                    let kind = EdgeKind.allCases.first(where: { $0.code == code })
                else {
                    throw StakeMapError.databaseUnusable(path: path, reason: "the journal holds a link to a node it does not know")
                }
                edges.append(Edge(source: source, target: target, kind: kind, weight: row["weight"], note: row["note"]))
            }
            return StakeholderGraph(
                nodes: nodes.sorted { $0.id < $1.id },
                edges: edges.sorted { ($0.source, $0.kind.rawValue, $0.target) < ($1.source, $1.kind.rawValue, $1.target) })
        }
    }
}
