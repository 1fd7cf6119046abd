/// The reach edges of `unreachable-group`, `paths` and `reach` as steps one can
/// walk: `influences` and `contact_for` in their direction, `member_of` and
/// `reports_to` either way.
/// Each node's steps are sorted by the node they lead to (so by id), then by
/// kind, forward before backward; `paths` and `reach` read them in that order.
public struct ReachSteps: Sendable {
    /// The steps of node n are at `offsets[n]..<offsets[n + 1]`.
    var offsets: [Int32]
    var targets: [Int32]
    var kinds: [EdgeKind]
    /// The link runs from the target to the node: the step walks against it.
    var reverse: [Bool]

    /// The walkable kinds, in the order a step between the same two nodes is chosen.
    public static let reachKinds: [EdgeKind] = [.influences, .contactFor, .memberOf, .reportsTo]

    var count: Int { offsets.count - 1 }

    func steps(_ node: Int) -> Range<Int> { Int(offsets[node])..<Int(offsets[node + 1]) }

    /// The steps of `graph` along the links of `kinds`.
    init(_ graph: AnalysisGraph, via kinds: Set<EdgeKind>) {
        var parts: [(Adjacency, EdgeKind, Bool)] = []
        for kind in Self.reachKinds where kinds.contains(kind) {
            parts.append((graph.out(kind), kind, false))
            if kind == .memberOf || kind == .reportsTo { parts.append((graph.into(kind), kind, true)) }
        }
        var offsets = [Int32](repeating: 0, count: graph.count + 1)
        for (adjacency, _, _) in parts {
            for node in 0...graph.count { offsets[node] += adjacency.offsets[node] }
        }
        var targets = [Int32](repeating: 0, count: Int(offsets[graph.count]))
        var stepKinds = [EdgeKind](repeating: .influences, count: targets.count)
        var reverse = [Bool](repeating: false, count: targets.count)
        var order: [(Int32, Int, Bool)] = []
        for node in 0..<graph.count {
            order.removeAll(keepingCapacity: true)
            for (index, (adjacency, _, backwards)) in parts.enumerated() {
                for position in adjacency.offsets[node]..<adjacency.offsets[node + 1] {
                    order.append((adjacency.targets[Int(position)], index, backwards))
                }
            }
            order.sort { ($0.0, $0.1) < ($1.0, $1.1) }
            var next = Int(offsets[node])
            for (target, part, backwards) in order {
                targets[next] = target
                stepKinds[next] = parts[part].1
                reverse[next] = backwards
                next += 1
            }
        }
        self.offsets = offsets
        self.targets = targets
        self.kinds = stepKinds
        self.reverse = reverse
    }

    /// How many steps each node is from `goal` walking these steps (-1: it
    /// cannot get there), at most `limit` steps: a breadth-first search from
    /// `goal` along the steps turned around (their targets only).
    func distances(to goal: Int, limit: Int = .max) -> [Int32] {
        let into = Adjacency(offsets: offsets, targets: targets).reversed()
        var distance = [Int32](repeating: -1, count: count)
        distance[goal] = 0
        var queue: [Int32] = [Int32(goal)]
        var head = 0
        while head < queue.count {
            let node = Int(queue[head])
            head += 1
            guard Int(distance[node]) < limit else { continue }
            for next in into.neighbours(node) where distance[Int(next)] < 0 {
                distance[Int(next)] = distance[node] + 1
                queue.append(next)
            }
        }
        return distance
    }
}
