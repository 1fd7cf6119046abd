/// A key player outside — a person, organisation or target group with high power
/// and high interest ("manage closely") — who gets no level or less than `advise`.
enum UnderengagedKeyStakeholder: GapRule {
    static let id = "underengaged-key-stakeholder"
    static let severity = Severity.medium

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var gaps: [Gap] = []
        for node in 0..<graph.count
        where graph.sides[node] == .external && graph.kinds[node] != .role
            && AnalysisGraph.isHigh(graph.power[node]) && AnalysisGraph.isHigh(graph.interest[node])
        {
            let level = graph.levels[node]
            if let level, level >= .advise { continue }
            gaps.append(
                gap(
                    graph, node,
                    .underengagedKeyStakeholder(
                        graph.label(node), power: Int(graph.power[node]), interest: Int(graph.interest[node]), level: level)
                ))
        }
        return gaps
    }
}
