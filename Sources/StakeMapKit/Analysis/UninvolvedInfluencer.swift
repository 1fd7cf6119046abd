/// A colleague who is involved in no step yet can steer the outcome: high power, or
/// influence on someone who is involved or on a target group. Leaving them out of
/// the frame step invites surprises later.
enum UninvolvedInfluencer: GapRule {
    static let id = "uninvolved-influencer"
    static let severity = Severity.high

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var gaps: [Gap] = []
        let influences = graph.out(.influences)
        let kinds = graph.kinds
        let involved = graph.involved
        for node in 0..<graph.count where kinds[node] == .person && graph.sides[node] == .internal && !involved[node] {
            var influenced: Int32?
            for target in influences.neighbours(node) where involved[Int(target)] || kinds[Int(target)] == .group {
                influenced = target
                break
            }
            let highPower = AnalysisGraph.isHigh(graph.power[node])
            guard highPower || influenced != nil else { continue }
            var reasons: [String] = []
            if highPower { reasons.append("has high power (\(graph.power[node]))") }
            if let influenced {
                reasons.append("influences \(graph.label(Int(influenced)))")
            }
            gaps.append(
                gap(
                    graph, node,
                    "\(graph.label(node)) \(reasons.joined(separator: " and ")) but is in no step — involve them from the frame step"
                ))
        }
        return gaps
    }
}
