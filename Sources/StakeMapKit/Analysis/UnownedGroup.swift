/// A target group that nobody inside is responsible for: no colleague or internal
/// unit is its `contact_for`, so nobody will start the conversation with it.
enum UnownedGroup: GapRule {
    static let id = "unowned-group"
    static let severity = Severity.high

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var gaps: [Gap] = []
        let contacts = graph.into(.contactFor)
        for node in 0..<graph.count where graph.kinds[node] == .group {
            let owned = contacts.neighbours(node).contains {
                let contact = Int($0)
                return graph.sides[contact] == .internal
                    && (graph.kinds[contact] == .person || graph.kinds[contact] == .unit)
            }
            if !owned {
                gaps.append(
                    gap(graph, node, .unownedGroup(graph.label(node))))
            }
        }
        return gaps
    }
}
