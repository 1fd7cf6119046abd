/// Which measure `stakemap centrality` ranks the nodes by.
public enum CentralityMeasure: String, CaseIterable, Sendable {
    /// Links in plus links out.
    case degree
    /// The share of shortest influence paths through the node.
    case betweenness
    /// Two-paths the node brokers between people in units, all five roles together.
    case brokerage
}

/// One node's place in the influence network: who it is, its links in and out,
/// and the measures that were computed (nil when not asked for).
public struct CentralityRow: Equatable, Sendable {
    public var id: String
    public var name: String
    public var kind: NodeKind
    public var side: Side
    /// Takes part in a step (a unit: itself or through its members); roles never do.
    public var involved: Bool
    public var inDegree: Int
    public var outDegree: Int
    /// The weights of the `influences` links in and out, 3 where none is given.
    public var weightedIn: Int
    public var weightedOut: Int
    public var betweenness: Double?
    public var brokerage: BrokerageCounts?
}

/// The ranked nodes, and how the betweenness was found.
public struct CentralityReport: Equatable, Sendable {
    public var measure: CentralityMeasure
    public var rows: [CentralityRow]
    /// All the nodes of the graph (the n of the normalisation).
    public var nodeCount: Int
    /// The nodes of the kind and side asked for, before `--top`.
    public var matching = 0
    /// The sources betweenness was counted from, when it was computed.
    public var betweennessSources: Int?
    public var betweennessEstimated: Bool?
}

/// Degree, betweenness and brokerage over all nodes and the `influences` links.
public enum Centrality {
    /// Loads the graph, computes degree and `measure` for every node, keeps the
    /// nodes of `kind` and `side` (all when nil), sorts them by the measure
    /// (highest first), then id, and keeps the first `top` (all when 0).
    /// `sample` asks for betweenness estimated from that many sources.
    public static func compute(
        _ store: StakeMapStore, measure: CentralityMeasure, top: Int = 20, kind: NodeKind? = nil,
        side: Side? = nil, sample: Int? = nil
    ) throws -> CentralityReport {
        let graph = try AnalysisGraph.load(store)
        PhaseClock.analysis.phase("load")
        return compute(graph, measure: measure, top: top, kind: kind, side: side, sample: sample)
    }

    static func compute(
        _ graph: AnalysisGraph, measure: CentralityMeasure, top: Int, kind: NodeKind?, side: Side?, sample: Int?
    ) -> CentralityReport {
        let links = graph.out(.influences)
        var inDegree = [Int32](repeating: 0, count: graph.count)
        var weightedIn = [Int32](repeating: 0, count: graph.count)
        var weightedOut = [Int32](repeating: 0, count: graph.count)
        for node in 0..<graph.count {
            for position in Int(links.offsets[node])..<Int(links.offsets[node + 1]) {
                let weight = Int32(graph.influenceWeights[position])
                inDegree[Int(links.targets[position])] += 1
                weightedIn[Int(links.targets[position])] += weight
                weightedOut[node] += weight
            }
        }
        var report = CentralityReport(measure: measure, rows: [], nodeCount: graph.count)
        var betweenness: [Double]?
        var brokerage: [BrokerageCounts]?
        switch measure {
        case .degree: break
        case .betweenness:
            let found = Betweenness(links, sample: sample)
            betweenness = found.values
            report.betweennessSources = found.sourceCount
            report.betweennessEstimated = found.isEstimated
        case .brokerage: brokerage = graph.brokerage()
        }
        PhaseClock.analysis.phase(measure.rawValue)
        var selected = (0..<graph.count).filter { node in
            (kind.map { graph.kinds[node] == $0 } ?? true) && (side.map { graph.sides[node] == $0 } ?? true)
        }
        func score(_ node: Int) -> Double {
            switch measure {
            case .degree: Double(inDegree[node]) + Double(links.degree(node))
            case .betweenness: betweenness![node]
            case .brokerage: Double(brokerage![node].total)
            }
        }
        // Node numbers are in id order, so the tie on the measure falls back to the id.
        report.matching = selected.count
        selected.sort { score($0) != score($1) ? score($0) > score($1) : $0 < $1 }
        if top > 0 && selected.count > top { selected.removeLast(selected.count - top) }
        report.rows = selected.map { node in
            CentralityRow(
                id: graph.id(node), name: graph.name(node), kind: graph.kinds[node], side: graph.sides[node],
                involved: graph.involved[node], inDegree: Int(inDegree[node]), outDegree: links.degree(node),
                weightedIn: Int(weightedIn[node]), weightedOut: Int(weightedOut[node]),
                betweenness: betweenness?[node], brokerage: brokerage?[node])
        }
        return report
    }
}
