/// A role the trajectory needs (required) that nobody holds: no `has_role` link
/// points at it.
enum VacantRole: GapRule {
    static let id = "vacant-role"
    static let severity = Severity.medium

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var gaps: [Gap] = []
        let holders = graph.into(.hasRole)
        for node in 0..<graph.count where graph.kinds[node] == .role && graph.required[node] && holders.degree(node) == 0 {
            gaps.append(gap(graph, node, .vacantRole(graph.label(node))))
        }
        return gaps
    }
}
