/// A target group that no involved colleague or unit can reach: no path from the
/// involved inside through contacts, memberships, line managers or influence.
/// Nobody who takes part knows a way in, so the group will hear late or not at all.
enum UnreachableGroup: GapRule {
    static let id = "unreachable-group"
    static let severity = Severity.medium

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var gaps: [Gap] = []
        let reached = graph.reachableFromInvolvedInside()
        for node in 0..<graph.count where graph.kinds[node] == .group && !reached[node] {
            gaps.append(
                gap(
                    graph, node,
                    .unreachableGroup(graph.label(node))
                ))
        }
        return gaps
    }
}
