import GRDB

extension StakeMapStore {
    /// Loads the whole graph: nodes sorted by id, edges by (source, kind, target).
    /// Meant for small and medium graphs; large-scale paths query the database.
    public func loadGraph() throws -> StakeholderGraph {
        try writer.read { db in try Self.loadGraph(db) }
    }

    static func loadGraph(_ db: Database, restrictedTo table: String? = nil) throws -> StakeholderGraph {
        // `table` names a temp table of ids; nil loads everything.
        let nodeFilter = table.map { " WHERE node IN (SELECT id FROM \($0))" } ?? ""
        let idFilter = table.map { " WHERE id IN (SELECT id FROM \($0))" } ?? ""
        let keyFilter = table.map { "SELECT key FROM node WHERE id IN (SELECT id FROM \($0))" }
        let edgeFilter = keyFilter.map { " WHERE source IN (\($0)) AND target IN (\($0))" } ?? ""
        var steps: [String: Set<InvolvementStep>] = [:]
        let cursor1 = try Row.fetchCursor(db, sql: "SELECT node, step FROM node_step" + nodeFilter)
        while let row = try cursor1.next() {
            if let step = InvolvementStep(rawValue: row[1]) {
                steps[row[0], default: []].insert(step)
            }
        }
        var tools: [String: [String]] = [:]
        let cursor2 = try Row.fetchCursor(db, sql: "SELECT node, tool FROM node_tool" + nodeFilter + " ORDER BY node, tool")
        while let row = try cursor2.next() {
            tools[row[0], default: []].append(row[1])
        }
        var nodes: [Node] = []
        var keys: [Int64] = []
        let nodeSQL = """
            SELECT id, kind, side, name, power, interest, level, email, notes, path, required, key
            FROM node
            """ + idFilter + " ORDER BY id"
        let cursor3 = try Row.fetchCursor(db, sql: nodeSQL)
        while let row = try cursor3.next() {
            let id: String = row[0]
            keys.append(row[11])
            nodes.append(
                Node(
                    id: id,
                    kind: NodeKind(rawValue: row[1])!,
                    side: Side(rawValue: row[2])!,
                    name: row[3],
                    power: row[4],
                    interest: row[5],
                    level: (row[6] as String?).flatMap(Level.init(rawValue:)),
                    steps: steps[id] ?? [],
                    tools: tools[id] ?? [],
                    email: row[7],
                    notes: row[8],
                    path: row[9],
                    required: (row[10] as Int?).map { $0 != 0 }
                ))
        }
        // Links by key, put in (source, kind, target) order of ids and names here:
        // nodes are numbered in id order, so that is an order of small integers.
        // (Asking SQLite for that order through the `edge` view made it sort with
        // a temporary B-tree: 3.7 s instead of 0.3 s for 570k links.)
        let numbers = NodeKeys(keys)
        let kindRank = Dictionary(
            uniqueKeysWithValues: EdgeKind.allCases.sorted { $0.rawValue < $1.rawValue }.enumerated().map { ($1, $0) })
        var ordered: [(source: Int32, rank: Int, target: Int32, kind: EdgeKind, weight: Int?, note: String?)] = []
        let edgeSQL = "SELECT source, target, kind, weight, note FROM link" + edgeFilter
        let cursor4 = try Row.fetchCursor(db, sql: edgeSQL)
        while let row = try cursor4.next() {
            guard let source = numbers.node(row[0]), let target = numbers.node(row[1]),
                let kind = EdgeKind(code: row[2])
            else { continue }
            ordered.append((source, kindRank[kind]!, target, kind, row[3], row[4]))
        }
        ordered.sort { ($0.source, $0.rank, $0.target) < ($1.source, $1.rank, $1.target) }
        let edges = ordered.map { edge in
            Edge(
                source: nodes[Int(edge.source)].id, target: nodes[Int(edge.target)].id, kind: edge.kind,
                weight: edge.weight, note: edge.note)
        }
        return StakeholderGraph(nodes: nodes, edges: edges)
    }

    /// One node, its edges in both directions and the nodes at their other ends
    /// (for `show`): two indexed look-ups, however large the graph.
    public func loadNeighbourhood(of id: String) throws -> StakeholderGraph {
        try writer.read { db in
            try db.execute(
                sql: """
                    CREATE TEMP TABLE IF NOT EXISTS show_nodes (id TEXT PRIMARY KEY) WITHOUT ROWID;
                    DELETE FROM show_nodes;
                    """)
            defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.show_nodes") }
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO show_nodes
                    SELECT id FROM node WHERE id = :id
                    UNION SELECT target FROM edge WHERE source = :id
                    UNION SELECT source FROM edge WHERE target = :id
                    """, arguments: ["id": id])
            let whole = try Self.loadGraph(db, restrictedTo: "show_nodes")
            return StakeholderGraph(
                nodes: whole.nodes, edges: whole.edges.filter { $0.source == id || $0.target == id })
        }
    }
}
