extension StakeMapStore {
    /// The whole graph as value types: nodes sorted by id, edges by (source,
    /// kind, target). For tests and fixtures of small graphs; the commands read
    /// the compact graph (``GraphSnapshot``).
    public func loadGraph() throws -> StakeholderGraph {
        try withSnapshot { snapshot in
            let graph = snapshot.graph
            var records = [NodeRecord?](repeating: nil, count: graph.count)
            for kind in NodeKind.allCases {
                try snapshot.forEachNode(of: kind) { number, node in records[number] = node }
            }
            let nodes = records.enumerated().compactMap { number, record in
                record.map { node in
                    Node(
                        id: node.id, kind: node.kind, side: node.side, name: node.name, power: node.power,
                        interest: node.interest, level: node.level,
                        steps: Set(InvolvementStep.allCases.filter { graph.steps[number].contains(StepSet($0)) }),
                        tools: graph.tools[Int32(number)] ?? [], email: node.email, notes: node.notes, path: node.path,
                        required: node.required, legitimacy: node.legitimacy, urgency: node.urgency)
                }
            }
            let listing = GraphListing(snapshot)
            var edges: [Edge] = []
            for source in 0..<graph.count {
                let links = listing.links(from: source).sorted { ($0.kind.rawValue, $0.target) < ($1.kind.rawValue, $1.target) }
                for link in links {
                    edges.append(
                        Edge(
                            source: graph.id(Int(link.source)), target: graph.id(Int(link.target)), kind: link.kind,
                            weight: link.weight, note: link.note))
                }
            }
            return StakeholderGraph(nodes: nodes, edges: edges)
        }
    }
}
