/// An internal department or team with nobody involved in any step: not the unit
/// itself, no unit inside it and none of its people. The step usually skipped is
/// `frame`, where the organisation decides who takes part ("involved").
enum UninvolvedUnit: GapRule {
    static let id = "uninvolved-unit"
    static let severity = Severity.high

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var gaps: [Gap] = []
        for node in 0..<graph.count
        where graph.kinds[node] == .unit && graph.sides[node] == .internal && !graph.involved[node] {
            gaps.append(
                gap(graph, node, .uninvolvedUnit(graph.label(node))))
        }
        return gaps
    }
}
