/// A colleague who is involved in no step yet can steer the outcome: high power, or
/// influence on someone who is involved or on a target group. Leaving them out of
/// the frame step invites surprises later.
enum UninvolvedInfluencer: GapRule {
    static let id = "uninvolved-influencer"
    static let severity = Severity.high

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        // At a million people this rule writes 290,000 messages, most of its time:
        // the people are taken in chunks, side by side on all cores.
        graph.inChunks { nodes in findGaps(in: graph, among: nodes) }
    }

    private static func findGaps(in graph: AnalysisGraph, among nodes: Range<Int>) -> [Gap] {
        var gaps: [Gap] = []
        let influences = graph.out(.influences)
        let kinds = graph.kinds
        let involved = graph.involved
        for node in nodes where kinds[node] == .person && graph.sides[node] == .internal && !involved[node] {
            var influenced: Int32?
            for target in influences.neighbours(node) where involved[Int(target)] || kinds[Int(target)] == .group {
                influenced = target
                break
            }
            let highPower = AnalysisGraph.isHigh(graph.power[node])
            guard highPower || influenced != nil else { continue }
            let finding = GapText.uninvolvedInfluencer(
                graph.label(node), power: highPower ? Int(graph.power[node]) : nil,
                influences: influenced.map { graph.label(Int($0)) })
            gaps.append(gap(graph, node, finding))
        }
        return gaps
    }
}
