/// A colleague who is involved in no step yet can steer the outcome: high power, or
/// influence on someone who is involved or on a target group. Leaving them out of
/// the frame step invites surprises later.
enum UninvolvedInfluencer: GapRule {
    static let id = "uninvolved-influencer"
    static let severity = Severity.high

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var gaps: [Gap] = []
        let influences = graph.out(.influences)
        for node in 0..<graph.count
        where graph.kinds[node] == .person && graph.sides[node] == .internal && !graph.involved[node] {
            let influenced = influences.neighbours(node).first {
                graph.involved[Int($0)] || graph.kinds[Int($0)] == .group
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
