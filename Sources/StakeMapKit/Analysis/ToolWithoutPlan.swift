/// Participation tools (OpenStad, a survey, …) chosen for a node whose participation
/// level is not decided: the tool came before the plan.
enum ToolWithoutPlan: GapRule {
    static let id = "tool-without-plan"
    static let severity = Severity.low

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var gaps: [Gap] = []
        for node in 0..<graph.count where graph.hasTools[node] && graph.levels[node] == nil {
            let tools = graph.tools[Int32(node), default: []].joined(separator: ", ")
            gaps.append(
                gap(
                    graph, node,
                    .toolWithoutPlan(graph.label(node), tools: tools)
                ))
        }
        return gaps
    }
}
