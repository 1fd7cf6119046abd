/// A definitive stakeholder outside — a person, organisation or target group
/// with high power, legitimacy and urgency (Mitchell, Agle & Wood 1997) — who
/// gets no level or less than `advise`.
enum UnengagedDefinitive: GapRule {
    static let id = "unengaged-definitive"
    static let severity = Severity.high

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var gaps: [Gap] = []
        for node in 0..<graph.count
        where graph.sides[node] == .external && graph.kinds[node] != .role && graph.salience(node) == .definitive {
            let level = graph.levels[node]
            if let level, level >= .advise { continue }
            gaps.append(
                gap(
                    graph, node,
                    .unengagedDefinitive(
                        graph.label(node), power: Int(graph.power[node]), legitimacy: Int(graph.legitimacy[node]),
                        urgency: Int(graph.urgency[node]), level: level)))
        }
        return gaps
    }
}
