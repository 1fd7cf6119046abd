import Foundation

/// Which nodes a map draws and how it colours them.
enum MapSelection {
    /// The nodes within `depth` links of `focus`, following links of every kind in
    /// either direction (`--focus ID --depth N`). Roles count as nodes: two
    /// holders of one role are two links apart.
    static func around(_ focus: Int, depth: Int, in graph: AnalysisGraph) -> [Bool] {
        var selected = [Bool](repeating: false, count: graph.count)
        selected[focus] = true
        var frontier: [Int32] = [Int32(focus)]
        // Every kind forwards, and backwards: the loaded reverse adjacencies, plus
        // `influences` reversed here (the rules never follow it backwards).
        var adjacencies = EdgeKind.allCases.map { graph.out($0) }
        adjacencies += AnalysisGraph.incomingKinds.map { graph.into($0) }
        adjacencies += EdgeKind.allCases.filter { !AnalysisGraph.incomingKinds.contains($0) }
            .map { graph.out($0).reversed() }
        for _ in 0..<max(0, depth) {
            var next: [Int32] = []
            for node in frontier {
                for adjacency in adjacencies {
                    for neighbour in adjacency.neighbours(Int(node)) where !selected[Int(neighbour)] {
                        selected[Int(neighbour)] = true
                        next.append(neighbour)
                    }
                }
            }
            if next.isEmpty { break }
            frontier = next
        }
        return selected
    }

    /// The nodes that the high-severity gap rules find (drawn red).
    static func needingAttention(_ graph: AnalysisGraph) -> (nodes: [Bool], steps: [InvolvementStep]) {
        needingAttention(graph, from: GapFinder.run(GapFinder.rules.filter { $0.severity == .high }, on: graph))
    }

    /// The same from a report of the rules already run (the report runs them all once).
    static func needingAttention(_ graph: AnalysisGraph, from report: GapReport) -> (nodes: [Bool], steps: [InvolvementStep]) {
        var red = [Bool](repeating: false, count: graph.count)
        var steps: [InvolvementStep] = []
        for gap in report.gaps where gap.severity == .high {
            if gap.kind == "step" {
                // A step's gap names the step by its id.
                if let step = InvolvementStep(rawValue: gap.node) { steps.append(step) }
            } else if let node = graph.index(ofID: gap.node) {
                red[node] = true
            }
        }
        return (red, steps)
    }
}

extension AnalysisGraph {
    /// The node with id `id`; ids with `@` are compared in lowercase, as they are stored.
    func index(ofID id: String) -> Int? {
        let key = Array(NodeID.normalize(id).utf8)
        return key.withUnsafeBytes { key in
            ids.withView { ids in
                // Nodes are in id order (SQLite's byte order), so a binary search finds it.
                var low = 0
                var high = ids.count
                while low < high {
                    let middle = (low + high) / 2
                    let order = ids.compare(middle, with: key)
                    if order == 0 { return middle }
                    if order < 0 { low = middle + 1 } else { high = middle }
                }
                return nil
            }
        }
    }
}
