/// A target group with no participation level and no steps: the goals step has not
/// yet decided how much say it gets (inform … codecide).
enum UnengagedGroup: GapRule {
    static let id = "unengaged-group"
    static let severity = Severity.medium

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var gaps: [Gap] = []
        for node in 0..<graph.count where graph.kinds[node] == .group && !graph.involved[node] {
            gaps.append(
                gap(
                    graph, node,
                    .unengagedGroup(graph.label(node))
                ))
        }
        return gaps
    }
}
