extension CentralityHelp {
    public var english: String {
        switch self {
        case .abstract: "Who matters most in the influence network: degree, betweenness, brokerage."
        case .discussion:
            """
            Over all nodes and the influences links. Every row has the links in and out and their weights (a link without a weight counts 3). --measure betweenness adds the share of shortest influence paths through each node (Brandes 2001), exact up to 50,000 nodes and estimated from 1,000 sources above that or from --sample sources; --measure brokerage counts the chains a → b → c without a → c that each person brokers between units (Gould & Fernandez 1989). Sorted by the measure, highest first, then id. The involved column shows who is in no step yet.

            Examples:
              stakemap centrality
              stakemap centrality --measure betweenness --kind person --side internal
              stakemap centrality --measure brokerage --top 10 --format json
            """
        case .measure: "degree (links in plus out), betweenness or brokerage."
        case .top: "Show the first N; 0 shows all."
        case .kind: "Only person, unit, role or group."
        case .side: "Only internal or external."
        case .sample: "Estimate betweenness from K sources (at least 2), as above 50,000 nodes."
        case .format: "table or json."
        }
    }
}
