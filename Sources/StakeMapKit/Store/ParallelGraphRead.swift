import Dispatch
import GRDB
import Synchronization

/// `gaps`, `status`, `map` and `grid` read the nodes and the links on two
/// connections at once.
///
/// Measured at a million people (5.7M links, `gaps --format json`, 2 cores):
/// one connection reads nodes in 2.1 s and links in 2.4 s, 5.9 s in all on an
/// idle machine (8.3 s in a `make bench` run beside other work, past the 5 s
/// target); side by side 3.5–4.0 s (CPU 5.1–5.6 s, the same as one connection;
/// 3.6 s in `make bench`).
/// `list` and `export` keep the one connection: the links held by key here are
/// 100 MB more at a million people, past their 200 MB target.
extension StakeMapStore {
    /// The whole graph, for `gaps`, `status`, `map` and `grid`.
    func readGraph() throws -> AnalysisGraph {
        try readSideBySide(nodes: { try GraphReader(db: $0).nodes() }, links: { try KeyedLinks($0) }) {
            try GraphReader(db: $0).graph().0
        }
    }

    /// Every node's id (in id order, as in ``readGraph()``) and the reach links,
    /// for `paths`: its nodes carry their ids only (every name empty, every
    /// node a person inside, none involved); the names of the nodes on the
    /// paths found are read afterwards (``names(ofIDs:)``).
    ///
    /// Measured at a million people (release, 2 cores, three other builds
    /// running): the whole graph as `readGraph()` reads it made `paths` take
    /// 3.07–3.13 s idle, 2 s of it the nodes' twelve columns; ids and reach
    /// links on one connection 3.7 s under that load (ids 0.5 s, links 1.8 s).
    func readReachGraph() throws -> AnalysisGraph {
        try readSideBySide(nodes: { try GraphReader(db: $0).nodeIDs() }, links: { try KeyedLinks($0, reachOnly: true) }) {
            try GraphReader(db: $0).reachGraph()
        }
    }

    /// Nodes and links read side by side on a pool; else (or when another
    /// process committed in between) `oneConnection` in one read transaction.
    private func readSideBySide(
        nodes readNodes: @escaping @Sendable (Database) throws -> (AnalysisGraph, NodeKeys),
        links readLinks: @escaping @Sendable (Database) throws -> KeyedLinks,
        oneConnection: (Database) throws -> AnalysisGraph
    ) throws -> AnalysisGraph {
        if let pool = writer as? DatabasePool,
            let graph = try mappingErrors({ try Self.readSideBySide(pool, nodes: readNodes, links: readLinks) })
        {
            return graph
        }
        return try reading(oneConnection)
    }

    /// Two read transactions need not see the same state: another process may
    /// commit between their starts. `PRAGMA data_version`, read on the first
    /// connection before its transaction and after both ended, changes when any
    /// other connection committed in between; then the result is dropped (nil)
    /// and the caller reads on one connection.
    private static func readSideBySide(
        _ pool: DatabasePool, nodes readNodes: @escaping @Sendable (Database) throws -> (AnalysisGraph, NodeKeys),
        links readLinks: @escaping @Sendable (Database) throws -> KeyedLinks
    ) throws -> AnalysisGraph? {
        try pool.unsafeRead { db in
            let before = try Int.fetchOne(db, sql: "PRAGMA data_version")
            var nodes: Result<(AnalysisGraph, NodeKeys), any Error>!
            let links = Mutex<Result<KeyedLinks, any Error>?>(nil)
            try db.inTransaction(.deferred) {
                let done = DispatchSemaphore(value: 0)
                DispatchQueue.global().async {
                    let result = Result {
                        try pool.unsafeRead { db in
                            var links: KeyedLinks!
                            try db.inTransaction(.deferred) {
                                links = try readLinks(db)
                                return .commit
                            }
                            return links!
                        }
                    }
                    links.withLock { $0 = result }
                    done.signal()
                }
                nodes = Result { try readNodes(db) }
                done.wait()  // also when the nodes failed: no read outlives this one
                return .commit
            }
            var (graph, numbers) = try nodes.get()
            var keyed = try links.withLock { $0! }.get()
            PhaseClock.analysis.phase("links (side by side)")
            let after = try Int.fetchOne(db, sql: "PRAGMA data_version")
            guard before == after else { return nil }
            try keyed.throwUnknownValue(numbers: numbers, graph: graph)
            var list = keyed.numbered(numbers)
            graph.setLinks(&list)
            PhaseClock.analysis.phase("adjacency, involvement")
            return graph
        }
    }
}

/// The links as stored, by node key, read before the node numbers are known.
struct KeyedLinks: Sendable {
    var sources: [Int64] = []
    var targets: [Int64] = []
    var kinds: [EdgeKind] = []
    var weights: [Int8] = []
    var notes: [Int: String] = [:]
    /// A value this stakemap does not know, thrown once the nodes can name it.
    var unknownValue: StoredValueError?

    /// All links, or (`reachOnly`) those of the reach kinds without weight and
    /// note: three columns that SQLite reads from the index on target alone.
    init(_ db: Database, reachOnly: Bool = false) throws {
        do {
            try db.forEach(LinkRecord.self, sql: reachOnly ? LinkRecord.reachQuery : "SELECT \(LinkRecord.columns) FROM link") { link in
                if let note = link.note { notes[sources.count] = note }
                sources.append(link.source)
                targets.append(link.target)
                kinds.append(link.kind)
                weights.append(Int8(link.weight ?? 0))
            }
        } catch let error as StoredValueError {
            unknownValue = error
        }
    }

    /// The links between known nodes, by node number; frees the keys as it goes.
    mutating func numbered(_ numbers: NodeKeys) -> AnalysisGraph.LinkList {
        var list = AnalysisGraph.LinkList()
        for index in sources.indices {
            guard let source = numbers.node(sources[index]), let target = numbers.node(targets[index]) else { continue }
            let weight = weights[index]
            list.append(
                source: source, target: target, kind: kinds[index], weight: weight == 0 ? nil : Int(weight),
                note: notes[index])
        }
        (sources, targets, kinds, weights, notes) = ([], [], [], [], [:])
        return list
    }

    func throwUnknownValue(numbers: NodeKeys, graph: AnalysisGraph) throws {
        guard var error = unknownValue else { return }
        // A link knows its source by key: name the node by its id.
        if let key = error.nodeKey, let node = numbers.node(key) { error.node = graph.id(Int(node)) }
        throw error
    }
}
