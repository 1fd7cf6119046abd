import StakeMapKit

/// Small builders for gap-rule fixtures: nodes with only what a test needs.
enum Fixture {
    static func person(
        _ id: String, _ side: Side = .internal, name: String? = nil, power: Int? = nil, interest: Int? = nil,
        level: Level? = nil, steps: Set<InvolvementStep> = [], tools: [String] = []
    ) -> Node {
        Node(
            id: id, kind: .person, side: side, name: name ?? id, power: power, interest: interest, level: level,
            steps: steps, tools: tools)
    }

    static func unit(
        _ id: String, _ side: Side = .internal, name: String? = nil, power: Int? = nil, interest: Int? = nil,
        level: Level? = nil, steps: Set<InvolvementStep> = [], tools: [String] = []
    ) -> Node {
        Node(
            id: id, kind: .unit, side: side, name: name ?? id, power: power, interest: interest, level: level,
            steps: steps, tools: tools, path: name ?? id)
    }

    static func group(
        _ id: String, name: String? = nil, power: Int? = nil, interest: Int? = nil, level: Level? = nil,
        steps: Set<InvolvementStep> = [], tools: [String] = []
    ) -> Node {
        Node(
            id: id, kind: .group, side: .external, name: name ?? id, power: power, interest: interest, level: level,
            steps: steps, tools: tools)
    }

    static func role(_ id: String, name: String? = nil, required: Bool) -> Node {
        Node(id: id, kind: .role, side: .internal, name: name ?? id, required: required)
    }

    static func link(_ source: String, _ kind: EdgeKind, _ target: String) -> Edge {
        Edge(source: source, target: target, kind: kind, weight: kind == .influences ? 3 : nil)
    }

    /// A fresh in-memory store holding `nodes` and `links`.
    static func store(_ nodes: [Node], _ links: [Edge] = []) throws -> StakeMapStore {
        let store = try StakeMapStore.inMemory()
        try store.insert(StakeholderGraph(nodes: nodes, edges: links))
        return store
    }

    /// The ids of the nodes that `rule` finds.
    static func found(_ rule: String, _ nodes: [Node], _ links: [Edge] = []) throws -> [String] {
        try GapFinder.run(store(nodes, links), rules: [rule]).gaps.map(\.node)
    }
}
