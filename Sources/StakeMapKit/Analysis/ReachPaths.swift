/// One step of a path: from a node to the next along a link, which may run the
/// other way (`reverse`: walked against its direction).
public struct PathStep: Equatable, Sendable {
    public var from: String
    public var kind: EdgeKind
    public var to: String
    public var reverse: Bool
}

/// A path of reach edges, as `paths` and `reach` show it: the node names along it.
public struct ReachPath: Equatable, Sendable {
    public var steps: [PathStep]
    /// The names of the nodes along the path, the first node's first.
    public var names: [String]
    public var length: Int { steps.count }
}

/// A node from which `reach` found the node asked about.
public struct ReachingNode: Equatable, Sendable {
    public var id: String
    public var name: String
    public var kind: NodeKind
    public var side: Side
    public var involved: Bool
    public var path: ReachPath
    public var distance: Int { path.length }
}

/// `paths` and `reach`: questions of who reaches whom along the reach edges.
public enum ReachQuestions {
    /// Past this many steps tried, `paths` stops looking for longer paths (it
    /// keeps the ones it found): on a large graph the paths a few steps longer
    /// than the shortest are many and seldom what is asked.
    static let searchLimit = 2_000_000
    /// Paths longer than the shortest by more than this are not looked for.
    static let extraLength = 4

    /// Up to `limit` shortest simple paths from `from` to `to` (ids), shortest
    /// first, ties in the order of their sequences of node ids; with the two names.
    ///
    /// Reads only the ids and the reach links, then the names of the nodes on
    /// the paths. At a million people (bench data, release build) this
    /// took `paths` from 2.87–3.03 s (the whole graph read) to 2.73–2.96 s on
    /// the idle machine, and from 3.28–4.18 s to 2.85–3.13 s on a busy one,
    /// the two alternating in one run.
    public static func paths(_ store: StakeMapStore, from: String, to: String, limit: Int) throws
        -> (from: String, to: String, paths: [ReachPath])
    {
        let graph = try store.readReachGraph()
        guard let start = graph.index(ofID: from), let goal = graph.index(ofID: to) else {
            throw StakeMapError.unknownNode(id: graph.index(ofID: from) == nil ? from : to)
        }
        var found = paths(in: graph, from: start, to: goal, limit: limit)
        PhaseClock.analysis.phase("paths")
        let ids = [from, to] + found.flatMap { path in path.steps.flatMap { [$0.from, $0.to] } }
        let names = try store.names(ofIDs: Set(ids))
        for index in found.indices {
            let steps = found[index].steps
            found[index].names = ([steps[0].from] + steps.map(\.to)).map { names[$0] ?? $0 }
        }
        return (names[from] ?? from, names[to] ?? to, found)
    }

    static func paths(in graph: AnalysisGraph, from start: Int, to goal: Int, limit: Int) -> [ReachPath] {
        let forward = ReachSteps(graph, via: Set(ReachSteps.reachKinds))
        PhaseClock.analysis.phase("reach steps")
        let toGoal = forward.distances(to: goal)
        PhaseClock.analysis.phase("distances")
        guard start != goal, toGoal[start] >= 0, limit > 0 else { return [] }
        var found: [[Int]] = []
        var tried = 0
        var onPath = [Bool](repeating: false, count: graph.count)
        var path = [start]
        onPath[start] = true
        // Paths of exactly `left` more steps, depth first in node order: the
        // shortest-distance bound keeps the search to nodes that can still arrive.
        func walk(_ node: Int, _ left: Int) {
            if node == goal {
                if left == 0 { found.append(path) }
                return
            }
            var previous: Int32 = -1
            for position in forward.steps(node) where found.count < limit && tried < searchLimit {
                let next = forward.targets[position]
                guard next != previous else { continue }
                previous = next
                tried += 1
                let nextNode = Int(next)
                guard !onPath[nextNode], toGoal[nextNode] >= 0, Int(toGoal[nextNode]) <= left - 1 else { continue }
                onPath[nextNode] = true
                path.append(nextNode)
                walk(nextNode, left - 1)
                path.removeLast()
                onPath[nextNode] = false
            }
        }
        let shortest = Int(toGoal[start])
        for length in shortest...(shortest + extraLength) where found.count < limit && tried < searchLimit {
            walk(start, length)
        }
        return found.map { described($0, in: graph, forward) }
    }

    /// Every node from which `reference` can be reached along the links of `kinds`,
    /// within `depth` steps, on `side` (nil: both): sorted by distance, then id.
    public static func reach(
        _ store: StakeMapStore, to reference: String, via kinds: Set<EdgeKind>, depth: Int?, side: Side?
    ) throws -> (name: String, nodes: [ReachingNode]) {
        let graph = try AnalysisGraph.load(store)
        guard let goal = graph.index(ofID: reference) else { throw StakeMapError.unknownNode(id: reference) }
        return (graph.name(goal), reach(in: graph, to: goal, via: kinds, depth: depth, side: side))
    }

    static func reach(in graph: AnalysisGraph, to goal: Int, via kinds: Set<EdgeKind>, depth: Int?, side: Side?)
        -> [ReachingNode]
    {
        let forward = ReachSteps(graph, via: kinds)
        let toGoal = forward.distances(to: goal, limit: depth ?? .max)
        var reaching: [ReachingNode] = []
        for node in 0..<graph.count where node != goal && toGoal[node] >= 0 && (side == nil || graph.sides[node] == side) {
            // The first shortest path: always the lowest next node one step closer.
            var path = [node]
            var at = node
            while at != goal {
                let position = forward.steps(at).first { toGoal[Int(forward.targets[$0])] == toGoal[at] - 1 }!
                at = Int(forward.targets[position])
                path.append(at)
            }
            reaching.append(
                ReachingNode(
                    id: graph.id(node), name: graph.name(node), kind: graph.kinds[node], side: graph.sides[node],
                    involved: graph.involved[node], path: described(path, in: graph, forward)))
        }
        PhaseClock.analysis.phase("reaching nodes and their paths")
        // Nodes are numbered in id order, so a stable sort by distance keeps ids in order.
        return reaching.enumerated().sorted { ($0.element.distance, $0.offset) < ($1.element.distance, $1.offset) }
            .map(\.element)
    }

    /// A path of node numbers as steps: between two nodes the first link in step order.
    static func described(_ nodes: [Int], in graph: AnalysisGraph, _ forward: ReachSteps) -> ReachPath {
        var steps: [PathStep] = []
        for (from, to) in zip(nodes, nodes.dropFirst()) {
            let position = forward.steps(from).first { Int(forward.targets[$0]) == to }!
            steps.append(
                PathStep(
                    from: graph.id(from), kind: forward.kinds[position], to: graph.id(to),
                    reverse: forward.reverse[position]))
        }
        return ReachPath(steps: steps, names: nodes.map(graph.name))
    }
}
