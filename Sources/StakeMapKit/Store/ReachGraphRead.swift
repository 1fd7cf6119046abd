import GRDB

/// What `paths` needs of the graph and no more (``StakeMapStore/readReachGraph()``):
/// every node's id in id order, so that a node's number is its position as in
/// the whole graph, and the links of the reach kinds. Names, kinds, scores,
/// steps and tools are not read.
extension GraphReader {
    /// The nodes with their ids only, from the index on id (no table rows read).
    func nodeIDs() throws -> (AnalysisGraph, NodeKeys) {
        PhaseClock.analysis.phase("open")
        var graph = AnalysisGraph()
        var keys: [Int64] = []
        let columns = ["key", "id"]
        let keyColumn = try StoredValue.Column("key", in: columns)
        let idColumn = try StoredValue.Column("id", in: columns)
        let nodes = try Row.fetchCursor(db, sql: "SELECT key, id FROM node ORDER BY id")
        while let row = try nodes.next() {
            let key: Int64 = try StoredValue.decode(row, keyColumn, node: nil, expected: .integer)
            let id: String = try StoredValue.decode(row, idColumn, node: nil, key: key, expected: .text)
            keys.append(key)
            graph.appendNode(
                id: id, name: "", kind: .person, side: .internal, power: nil, interest: nil, level: nil,
                required: nil, path: nil)
        }
        PhaseClock.analysis.phase("node ids")
        return (graph, NodeKeys(keys))
    }

    /// The node ids and the reach links on this one connection.
    func reachGraph() throws -> AnalysisGraph {
        var (graph, numbers) = try nodeIDs()
        var list = AnalysisGraph.LinkList()
        try db.forEach(LinkRecord.self, sql: LinkRecord.reachQuery) { link in
            guard let source = numbers.node(link.source), let target = numbers.node(link.target) else { return }
            list.append(source: source, target: target, kind: link.kind, weight: nil, note: nil)
        }
        PhaseClock.analysis.phase("reach links")
        graph.setLinks(&list)
        PhaseClock.analysis.phase("adjacency")
        return graph
    }
}

extension LinkRecord {
    /// The links of the reach kinds, without weight and note: the three columns
    /// are all in the index on target, which SQLite then scans instead of the table.
    static let reachQuery =
        "SELECT source, target, kind, NULL AS weight, NULL AS note FROM link WHERE kind IN ("
        + ReachSteps.reachKinds.map { String($0.code) }.joined(separator: ", ") + ")"
}

extension StakeMapStore {
    /// The names of the nodes with these ids, by id (an id not stored is left out).
    func names(ofIDs ids: Set<String>) throws -> [String: String] {
        try reading { db in
            var names: [String: String] = [:]
            let columns = ["key", "name"]
            let keyColumn = try StoredValue.Column("key", in: columns)
            let nameColumn = try StoredValue.Column("name", in: columns)
            for id in ids {
                guard let row = try Row.fetchOne(db, sql: "SELECT key, name FROM node WHERE id = ?", arguments: [id])
                else { continue }
                let key: Int64 = try StoredValue.decode(row, keyColumn, node: id, expected: .integer)
                names[id] = try StoredValue.decode(row, nameColumn, node: id, key: key, expected: .text)
            }
            return names
        }
    }
}
