/// `stakemap salience`: the people, units and target groups of the graph by
/// salience class (Mitchell, Agle & Wood 1997), most salient first (the order
/// of ``Salience/allCases``), each class's members in id order. Roles have no
/// scores and are left out; so are nodes with none of the three scores, which
/// are only counted.
public struct SalienceReport: Equatable, Sendable {
    /// One classified node, with what its class was read from.
    public struct Member: Equatable, Sendable {
        public var id: String
        public var name: String
        public var kind: NodeKind
        public var side: Side
        public var power: Int?
        public var legitimacy: Int?
        public var urgency: Int?
        public var level: Level?
    }

    /// A class with its members.
    public struct SalienceClass: Equatable, Sendable {
        public var salience: Salience
        public var members: [Member]
    }

    /// All eight classes in salience order, each with its members (maybe none).
    public var classes: [SalienceClass]
    /// People, units and groups with no power, legitimacy or urgency.
    public var unclassified: Int

    /// The members of one class.
    public func members(_ salience: Salience) -> [Member] {
        classes.first { $0.salience == salience }?.members ?? []
    }

    init(_ graph: AnalysisGraph) {
        func score(_ value: UInt8) -> Int? { value == 0 ? nil : Int(value) }
        var byClass: [Salience: [Member]] = [:]
        var unclassified = 0
        for node in 0..<graph.count where graph.kinds[node] != .role {
            guard let salience = graph.salience(node) else {
                unclassified += 1
                continue
            }
            byClass[salience, default: []].append(
                Member(
                    id: graph.id(node), name: graph.name(node), kind: graph.kinds[node], side: graph.sides[node],
                    power: score(graph.power[node]), legitimacy: score(graph.legitimacy[node]),
                    urgency: score(graph.urgency[node]), level: graph.levels[node]))
        }
        classes = Salience.allCases.map { SalienceClass(salience: $0, members: byClass[$0] ?? []) }
        self.unclassified = unclassified
    }

    /// The report of the project's graph now.
    public static func compute(_ store: StakeMapStore) throws -> SalienceReport {
        SalienceReport(try AnalysisGraph.load(store))
    }
}
