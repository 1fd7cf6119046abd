/// A node with no links at all, in or out: nobody it belongs to, holds, influences
/// or is responsible for. Often a typing error in an import, or a loose end.
enum Isolated: GapRule {
    static let id = "isolated"
    static let severity = Severity.low

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var gaps: [Gap] = []
        for node in 0..<graph.count where !graph.linked[node] {
            gaps.append(gap(graph, node, "\(graph.label(node)) has no links at all — \(advice(graph.kinds[node]))"))
        }
        return gaps
    }

    private static func advice(_ kind: NodeKind) -> String {
        switch kind {
        case .person: "add their unit, groups or influence, or remove them"
        case .unit: "add its parent unit or its people, or remove it"
        case .role: "assign it to a colleague, or remove it"
        case .group: "add its contact or members, or remove it"
        }
    }
}
