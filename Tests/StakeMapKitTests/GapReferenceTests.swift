import StakeMapKit
import XCTest

/// The fast rules against a slow, obviously faithful reading of "involved" and of each rule, on
/// random graphs: every rule, every node kind, links of any kind between any nodes.
final class GapReferenceTests: XCTestCase {
    func testRandomGraphsAgreeWithTheReference() throws {
        var coverage: [String: Int] = [:]
        for seed in 1...40 {
            var random = SplitMix64(seed: UInt64(seed))
            let graph = Self.randomGraph(&random, nodeCount: 20 + seed * 5, linksPerNode: seed % 4 + 1)
            let store = try StakeMapStore.inMemory()
            try store.insert(graph)
            let fast = try GapFinder.run(store).gaps.map { "\($0.rule) \($0.node) \($0.kind) \($0.name)" }
            let slow = ReferenceGaps.find(try store.loadGraph())
            XCTAssertEqual(fast, slow, "seed \(seed)")
            for line in fast { coverage[String(line.split(separator: " ")[0]), default: 0] += 1 }
        }
        // every rule fired somewhere, so that the comparison means something
        XCTAssertEqual(Set(coverage.keys), Set(GapFinder.ruleIDs))
    }

    static func randomGraph(_ random: inout SplitMix64, nodeCount: Int, linksPerNode: Int) -> StakeholderGraph {
        let prefixes = ["a", "B", "z", "é", "Z-", "p", "p.", "p@x.nl", "1"]
        var nodes: [Node] = []
        for index in 0..<nodeCount {
            let id = prefixes[random.next(prefixes.count)] + "\(index)"
            let kind = NodeKind.allCases[random.next(4)]
            let side: Side =
                switch kind {
                case .role: .internal
                case .group: .external
                default: random.next(3) == 0 ? .external : .internal
                }
            let steps = Set(InvolvementStep.allCases.filter { _ in random.next(7) == 0 })
            nodes.append(
                Node(
                    id: id, kind: kind, side: side, name: "Name \(index)",
                    power: random.next(3) == 0 ? nil : 1 + random.next(5),
                    interest: random.next(3) == 0 ? nil : 1 + random.next(5),
                    level: random.next(3) == 0 ? Level.allCases[random.next(5)] : nil,
                    steps: kind == .role ? [] : steps,
                    tools: random.next(6) == 0 ? ["OpenStad"] : [],
                    path: kind == .unit ? "Path \(index)" : nil,
                    required: kind == .role ? random.next(2) == 0 : nil,
                    legitimacy: random.next(3) == 0 ? nil : 1 + random.next(5),
                    urgency: random.next(3) == 0 ? nil : 1 + random.next(5)))
        }
        var edges: Set<Edge> = []
        for _ in 0..<(nodeCount * linksPerNode) {
            let source = nodes[random.next(nodeCount)].id
            let target = nodes[random.next(nodeCount)].id
            guard source != target else { continue }
            edges.insert(Edge(source: source, target: target, kind: EdgeKind.allCases[random.next(5)]))
        }
        return StakeholderGraph(nodes: nodes, edges: Array(edges))
    }
}

/// A small deterministic random number generator, so that failures reproduce.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// The gap rules read literally over the in-memory graph, quadratic where that is simplest.
enum ReferenceGaps {
    static func find(_ graph: StakeholderGraph) -> [String] {
        let nodes = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0) })
        let edges = graph.edges
        func kind(_ id: String) -> NodeKind { nodes[id]!.kind }
        func isInside(_ id: String) -> Bool { nodes[id]!.side == .internal }

        // "Involved", to a fixpoint.
        var involved = Set<String>()
        for node in graph.nodes {
            switch node.kind {
            case .person, .unit: if !node.steps.isEmpty { involved.insert(node.id) }
            case .group: if node.level != nil || !node.steps.isEmpty { involved.insert(node.id) }
            case .role: break
            }
        }
        var changed = true
        while changed {
            changed = false
            for edge in edges where edge.kind == .memberOf && kind(edge.target) == .unit {
                let memberKind = kind(edge.source)
                if (memberKind == .person || memberKind == .unit) && involved.contains(edge.source)
                    && !involved.contains(edge.target)
                {
                    involved.insert(edge.target)
                    changed = true
                }
            }
        }

        // unreachable-group: paths from involved internal nodes
        var reached = Set(graph.nodes.filter { involved.contains($0.id) && $0.side == .internal }.map(\.id))
        var frontier = Array(reached)
        while let node = frontier.popLast() {
            for edge in edges {
                var next: String?
                switch edge.kind {
                case .influences, .contactFor: if edge.source == node { next = edge.target }
                case .memberOf, .reportsTo:
                    if edge.source == node { next = edge.target } else if edge.target == node { next = edge.source }
                case .hasRole: break
                }
                if let next, !reached.contains(next) {
                    reached.insert(next)
                    frontier.append(next)
                }
            }
        }

        var found: [(severity: Severity, rule: String, node: String, kind: String, name: String)] = []
        func add(_ severity: Severity, _ rule: String, _ node: Node) {
            found.append((severity, rule, node.id, node.kind.rawValue, node.name))
        }
        for node in graph.nodes {
            let high = { (value: Int?) in (value ?? 0) >= 4 }
            if node.kind == .unit && node.side == .internal && !involved.contains(node.id) {
                add(.high, "uninvolved-unit", node)
            }
            if node.kind == .person && node.side == .internal && !involved.contains(node.id) {
                let influences = edges.contains {
                    $0.kind == .influences && $0.source == node.id
                        && (involved.contains($0.target) || kind($0.target) == .group)
                }
                if high(node.power) || influences { add(.high, "uninvolved-influencer", node) }
            }
            if node.kind == .group {
                let owned = edges.contains {
                    $0.kind == .contactFor && $0.target == node.id && isInside($0.source)
                        && (kind($0.source) == .person || kind($0.source) == .unit)
                }
                if !owned { add(.high, "unowned-group", node) }
                if node.level == nil && node.steps.isEmpty { add(.medium, "unengaged-group", node) }
                if !reached.contains(node.id) { add(.medium, "unreachable-group", node) }
            }
            if node.side == .external && node.kind != .role && high(node.power) && high(node.interest)
                && (node.level == nil || node.level! < .advise)
            {
                add(.medium, "underengaged-key-stakeholder", node)
            }
            if node.side == .external && node.kind != .role && high(node.power) && high(node.legitimacy)
                && high(node.urgency) && (node.level == nil || node.level! < .advise)
            {
                add(.high, "unengaged-definitive", node)
            }
            if node.kind == .role && node.required == true
                && !edges.contains(where: { $0.kind == .hasRole && $0.target == node.id })
            {
                add(.medium, "vacant-role", node)
            }
            if !node.tools.isEmpty && node.level == nil { add(.low, "tool-without-plan", node) }
            if !edges.contains(where: { $0.source == node.id || $0.target == node.id }) { add(.low, "isolated", node) }
        }
        for step in InvolvementStep.allCases {
            let inside = graph.nodes.contains {
                $0.side == .internal && ($0.kind == .person || $0.kind == .unit) && $0.steps.contains(step)
            }
            if !inside {
                found.append((.high, "step-without-internal", step.rawValue, "step", step.displayName))
            }
        }
        found.sort {
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            if $0.rule != $1.rule { return $0.rule < $1.rule }
            return Array($0.node.utf8).lexicographicallyPrecedes(Array($1.node.utf8))
        }
        return found.map { "\($0.rule) \($0.node) \($0.kind) \($0.name)" }
    }
}
