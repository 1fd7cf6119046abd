extension CentralityMessage {
    public var english: String {
        switch self {
        case .heading(let column):
            switch column {
            case .name: "name"
            case .involved: "involved"
            case .kind: "kind"
            case .side: "side"
            case .inDegree: "in"
            case .outDegree: "out"
            case .weightedIn: "w.in"
            case .weightedOut: "w.out"
            case .betweenness: "betweenness"
            case .coordinator: "coord"
            case .itinerant: "itin"
            case .representative: "repr"
            case .gatekeeper: "gate"
            case .liaison: "liais"
            }
        case .legend(let measure):
            switch measure {
            case .degree:
                "in, out: influence links in and out; w.in, w.out: their weights added up (3 where a link has none)."
            case .betweenness:
                "betweenness: the share of the shortest influence paths between two other nodes that run through this one (Brandes 2001), from 0 to 1."
            case .brokerage:
                "Influence chains a → b → c without a → c, between people in units, brokered by b (Gould & Fernandez 1989): coord(inator) all three in one unit; itin(erant) a and c in one unit, b outside it; repr(esentative) b passes its own unit's influence out; gate(keeper) b lets influence into its unit; liais(on) three different units."
            }
        case .estimated(let sources, let nodes):
            "Betweenness estimated from \(sources) of the \(nodes) nodes as sources (the same sample on every run): the ranking of the top is reliable, small values are not."
        case .uninvolvedLegend:
            "involved no: in no step yet (a unit: nor any of its members) — a broker or influencer nobody has engaged."
        case .shown(let rows, let matching):
            rows == matching
                ? "\(rows) \(rows == 1 ? "node" : "nodes")."
                : "The first \(rows) of \(matching) nodes; --top 0 shows all."
        case .noNodes: "No nodes of that kind and side."
        case .topNegative(let top): "--top must be 0 (all) or more, not \(top)."
        case .sampleTooSmall(let sample): "--sample needs at least 2 sources, not \(sample)."
        }
    }
}
