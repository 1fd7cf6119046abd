import GRDB

/// Reads the graph from the database into the one model every reading command
/// uses, ``AnalysisGraph``, in four scans (nodes, steps, tools, links) inside
/// the caller's read transaction: nodes in id order, so that a node's number is
/// its position, and everything else by integer key, turned into node numbers.
///
/// `list`, `export` and `show` read on one connection, through GRDB's rows;
/// `gaps`, `status`, `map` and `grid` read nodes and links side by side
/// (ParallelGraphRead.swift). Before that, measured at a million
/// people (5.7M links, 2 cores shared with other work, `gaps --format json`):
/// 8.3–10.4 s, of which 4.5 s reading links; the earlier reader (raw
/// `sqlite3_column_*` calls, links split over two connections on two threads)
/// took 6.1–7.1 s in the same runs. Both are past the 5 s target there.
struct GraphReader {
    let db: Database

    /// Which nodes to read: all, or those whose ids are in a temporary table.
    enum Scope {
        case all
        case idsIn(table: String)

        var nodeFilter: String {
            switch self {
            case .all: ""
            case .idsIn(let table): " WHERE id IN (SELECT id FROM \(table))"
            }
        }

        var linkFilter: String {
            switch self {
            case .all: return ""
            case .idsIn(let table):
                let keysIn = "SELECT key FROM node WHERE id IN (SELECT id FROM \(table))"
                return " WHERE source IN (\(keysIn)) AND target IN (\(keysIn))"
            }
        }
    }

    /// The graph with its links, and the node numbers by key.
    func graph(_ scope: Scope = .all) throws -> (AnalysisGraph, NodeKeys) {
        var (graph, numbers) = try nodes(scope)
        var list = AnalysisGraph.LinkList()
        do {
            try db.forEach(LinkRecord.self, sql: "SELECT \(LinkRecord.columns) FROM link" + scope.linkFilter) { link in
                guard let source = numbers.node(link.source), let target = numbers.node(link.target) else { return }
                list.append(source: source, target: target, kind: link.kind, weight: link.weight, note: link.note)
            }
        } catch var error as StoredValueError {
            // A link knows its source by key: name the node by its id.
            if let key = error.nodeKey, let node = numbers.node(key) { error.node = graph.id(Int(node)) }
            throw error
        }
        PhaseClock.analysis.phase("links")
        graph.setLinks(&list)
        PhaseClock.analysis.phase("adjacency, involvement")
        return (graph, numbers)
    }

    /// The nodes with their steps and tools, and the node numbers by key.
    func nodes(_ scope: Scope = .all) throws -> (AnalysisGraph, NodeKeys) {
        PhaseClock.analysis.phase("open")
        var graph = AnalysisGraph()
        var keys: [Int64] = []
        try db.forEach(NodeRecord.self, sql: "SELECT \(NodeRecord.graphColumns) FROM node\(scope.nodeFilter) ORDER BY id") { node in
            keys.append(node.key)
            graph.appendNode(
                id: node.id, name: node.name, kind: node.kind, side: node.side, power: node.power,
                interest: node.interest, level: node.level, required: node.required, path: node.path,
                legitimacy: node.legitimacy, urgency: node.urgency)
        }
        let numbers = NodeKeys(keys)
        keys = []  // 8 MB at a million people, not needed while the links are read
        PhaseClock.analysis.phase("nodes")
        var stepFilter = ""
        if case .idsIn(let table) = scope {
            stepFilter = " WHERE node.id IN (SELECT id FROM \(table))"
        }
        try db.forEach(
            StepRecord.self, sql: "SELECT \(StepRecord.columns) FROM node_step JOIN node ON node.id = node_step.node" + stepFilter
        ) { step in
            if let node = numbers.node(step.key) { graph.addStep(step.step, to: Int(node)) }
        }
        let tools = try ToolRecord.fetchCursor(
            db,
            sql: "SELECT \(ToolRecord.columns) FROM node_tool JOIN node ON node.id = node_tool.node" + stepFilter
                + " ORDER BY node_tool.node, node_tool.tool")
        while let tool = try tools.next() {
            if let node = numbers.node(tool.key) { graph.addTool(tool.tool, to: Int(node)) }
        }
        PhaseClock.analysis.phase("steps, tools")
        return (graph, numbers)
    }

    /// The nodes of `kind` in id order, each with its number in a graph read by
    /// ``graph(_:)`` in the same transaction.
    func forEachNode(
        of kind: NodeKind, numbers: NodeKeys, _ body: (Int, NodeRecord) throws -> Void
    ) throws {
        try db.forEach(
            NodeRecord.self, sql: "SELECT \(NodeRecord.columns) FROM node WHERE kind = ? ORDER BY id", arguments: [kind]
        ) { node in
            guard let number = numbers.node(node.key) else { return }
            try body(Int(number), node)
        }
    }
}

/// The graph as one read transaction sees it, for `list`, `show` and `export`:
/// the compact graph in memory, and the nodes' other columns (email, notes)
/// streamed from the database section by section.
struct GraphSnapshot {
    let graph: AnalysisGraph
    fileprivate let reader: GraphReader
    fileprivate let numbers: NodeKeys

    /// The node with `id` as stored.
    func node(id: String) throws -> NodeRecord? {
        try NodeRecord.fetchOne(reader.db, sql: "SELECT \(NodeRecord.columns) FROM node WHERE id = ?", arguments: [id])
    }

    /// The nodes of `kind` in id order, with their numbers in ``graph``.
    func forEachNode(of kind: NodeKind, _ body: (Int, NodeRecord) throws -> Void) throws {
        try reader.forEachNode(of: kind, numbers: numbers, body)
    }
}

extension StakeMapStore {
    /// Runs `body` in one read transaction; a stored value this stakemap does not
    /// know becomes ``StakeMapError/storedValueUnknown``, naming this database.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        try mappingErrors { try writer.read(body) }
    }

    /// Runs `body`, turning SQLite's errors and unknown stored values into ``StakeMapError``s.
    func mappingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoredValueError {
            throw error.stakeMapError(path: path)
        } catch let error as DatabaseError {
            throw Self.userError(error, path: path)
        }
    }

    /// The whole graph and its nodes' other columns, for `list` and `export`.
    func withSnapshot<T>(_ body: (GraphSnapshot) throws -> T) throws -> T {
        try reading { db in
            // A listing reads each page once or twice: SQLite's page cache of 64 MiB
            // (for imports) only adds to the memory of a million-people export.
            try db.execute(sql: "PRAGMA cache_size = -2048")  // SQLite's default, 2 MiB
            defer { try? db.execute(sql: "PRAGMA cache_size = -65536") }
            let reader = GraphReader(db: db)
            let (graph, numbers) = try reader.graph()
            return try body(GraphSnapshot(graph: graph, reader: reader, numbers: numbers))
        }
    }

    /// One node, the nodes at the other end of its links and the links between
    /// them all (for `show`): indexed look-ups, however large the graph.
    func withNeighbourhood<T>(of id: String, _ body: (GraphSnapshot) throws -> T) throws -> T {
        try reading { db in
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
            let reader = GraphReader(db: db)
            let (graph, numbers) = try reader.graph(.idsIn(table: "temp.show_nodes"))
            return try body(GraphSnapshot(graph: graph, reader: reader, numbers: numbers))
        }
    }
}

extension AnalysisGraph {
    /// Reads the project's graph (tests and the library's entry points).
    static func load(_ store: StakeMapStore) throws -> AnalysisGraph {
        try store.readGraph()
    }
}
