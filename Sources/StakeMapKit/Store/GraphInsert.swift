extension StakeMapStore {
    /// Writes nodes and edges as they are (a node replaces the one with its id,
    /// with its steps and tools; a link sets its weight and note), in one change.
    /// Used by tests and fixtures; user data comes in through the importer.
    public func insert(_ graph: StakeholderGraph) throws {
        try change { writer in
            for node in graph.nodes {
                if let entry = try writer.entry(node.id) {
                    try writer.update(node.id, entry, to: node.attributes)
                    try writer.setSteps(node.id, node.steps)
                    try writer.setTools(node.id, Set(node.tools))
                } else {
                    try writer.add(node.id, node.attributes)
                    try writer.setSteps(node.id, node.steps, isNew: true)
                    try writer.setTools(node.id, Set(node.tools), isNew: true)
                }
            }
            for edge in graph.edges {
                guard let source = try writer.entry(edge.source), let target = try writer.entry(edge.target) else {
                    throw StakeMapError.unknownNode(id: try writer.entry(edge.source) == nil ? edge.source : edge.target)
                }
                try writer.setLink(source.key, edge.kind, target.key, weight: edge.weight, note: edge.note)
            }
            return ((), .commit)
        }
    }
}
