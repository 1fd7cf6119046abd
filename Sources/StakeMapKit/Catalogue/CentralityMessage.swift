/// The words of `stakemap centrality`.
public enum CentralityMessage: CatalogueText, Equatable {
    case heading(CentralityColumn)
    /// What the columns of the measure mean, under the table.
    case legend(CentralityMeasure)
    /// Betweenness counted from `sources` of the `nodes` nodes.
    case estimated(sources: Int, nodes: Int)
    case uninvolvedLegend
    /// `rows` of the `matching` nodes shown.
    case shown(rows: Int, matching: Int)
    case noNodes
    /// Usage: `--top` below 0.
    case topNegative(Int)
    /// Usage: `--sample` below 2.
    case sampleTooSmall(Int)
}

/// The columns of the `centrality` table.
public enum CentralityColumn: CaseIterable, Sendable {
    case name, involved, kind, side, inDegree, outDegree, weightedIn, weightedOut, betweenness
    case coordinator, itinerant, representative, gatekeeper, liaison
}

extension CentralityMessage {
    public static var examples: [CentralityMessage] {
        CentralityColumn.allCases.map(CentralityMessage.heading) + CentralityMeasure.allCases.map(CentralityMessage.legend)
            + [
                .estimated(sources: 1000, nodes: 1_000_000), .uninvolvedLegend, .shown(rows: 20, matching: 47),
                .shown(rows: 5, matching: 5), .noNodes, .topNegative(-1), .sampleTooSmall(1),
            ]
    }
}
