/// A node with no links at all, in or out: nobody it belongs to, holds, influences
/// or is responsible for. Often a typing error in an import, or a loose end.
enum Isolated: GapRule {
    static let id = "isolated"
    static let severity = Severity.low

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var gaps: [Gap] = []
        for node in 0..<graph.count where !graph.linked[node] {
            gaps.append(gap(graph, node, .isolated(graph.label(node))))
        }
        return gaps
    }
}
