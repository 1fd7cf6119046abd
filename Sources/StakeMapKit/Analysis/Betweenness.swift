import Dispatch
import Synchronization

/// Betweenness centrality (Brandes 2001, "A faster algorithm for betweenness
/// centrality", Journal of Mathematical Sociology 25(2)) of every node on the
/// directed, unweighted `influences` links: the share of the shortest paths
/// between two other nodes that run through a node, normalised by
/// 1/((n−1)(n−2)) — the values of networkx's `betweenness_centrality(G,
/// normalized=True)` on a DiGraph.
struct Betweenness {
    /// Per node, in node order.
    var values: [Double]
    /// The sources the paths were counted from: every node, or the sample.
    var sourceCount: Int
    var isEstimated: Bool

    /// Exact up to this many nodes; above it, estimated from a sample of sources.
    static let exactLimit = 50_000
    static let defaultSample = 1_000
    /// The sample is the same on every run: the same graph gives the same estimate.
    static let seed: UInt64 = 0x5354_414B_454D_4150  // "STAKEMAP"

    /// Exact when `sample` is nil and the graph has at most ``exactLimit`` nodes,
    /// or when the sample is the whole graph; else from `sample` (default
    /// ``defaultSample``) sources drawn with ``seed``.
    init(_ links: Adjacency, sample: Int? = nil) {
        let nodeCount = links.offsets.count - 1
        let wanted = sample ?? (nodeCount > Self.exactLimit ? Self.defaultSample : nodeCount)
        let sources: [Int32]
        if wanted >= nodeCount {
            sources = (0..<Int32(nodeCount)).map { $0 }
            isEstimated = false
        } else {
            sources = Self.sampleSources(max(wanted, 1), of: nodeCount)
            isEstimated = true
        }
        sourceCount = sources.count
        var sums = Self.dependencySums(links, from: sources)
        Self.rescale(&sums, sources: isEstimated ? sources : nil)
        values = sums
    }

    /// The sum over `sources` of each node's dependency δ_s(v) (Brandes's
    /// accumulation), one breadth-first search per source. Split over two
    /// workers, each with its own arrays and half of the sources in order,
    /// added worker 0 then 1 so that the sums do not depend on timing.
    /// Measured, exact on a generated graph of 20,000 nodes: 15.1 s on one core,
    /// 10.5 s on two (the machine shared with other work).
    static func dependencySums(_ links: Adjacency, from sources: [Int32]) -> [Double] {
        let nodeCount = links.offsets.count - 1
        let workers = sources.count >= 64 && nodeCount >= 1_000 ? 2 : 1
        let parts = (0..<workers).map { worker in
            sources[(sources.count * worker / workers)..<(sources.count * (worker + 1) / workers)]
        }
        let results = Mutex([[Double]](repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let sums = accumulate(links, from: parts[worker])
            results.withLock { $0[worker] = sums }
        }
        return results.withLock { parts in
            var total = parts[0]
            for part in parts.dropFirst() {
                for node in total.indices { total[node] += part[node] }
            }
            return total
        }
    }

    /// One worker's share: for each source a BFS that counts shortest paths
    /// (σ) and records the visiting order and each node's successors (the
    /// out-neighbours one step farther, in link order), then the dependencies
    /// from the farthest node back over those successors only. Only the nodes
    /// a search reached are reset after it.
    ///
    /// Keeping the successors costs a list the size of the links per worker
    /// (written in order) and spares the way back every other link and a
    /// distance read per link: 200 sources at 1M people, CPU seconds, 18.2 and
    /// 18.9 s against 25.2 and 27.0 s reading all links back, run alternately
    /// with the same values to the last bit; 1,000 sources on the idle machine
    /// 35.3 s against 54.4 s (wall; the target is 60 s).
    ///
    /// At a million people every link leads far away in memory, so the layout
    /// is what counts: the distances, read for every link, sit alone in 4 bytes
    /// a node; σ is read only along shortest-path links and, once a node's δ is
    /// known, replaced by (1 + δ) / σ, the one number its predecessors add up.
    /// 200 sources at 1M people (bench data, load included): 40 s with distance,
    /// σ and δ in three arrays, 36 s in one 16-byte record per node, 25 s as
    /// here; distances in one byte (24 s) or σ as Float (28 s) gained nothing.
    /// Tried later, 200 sources at 1M, CPU seconds beside this code in the same
    /// run (the machine loaded): 16 sources at a time in one level-by-level
    /// search (Then et al. 2014), 29.9 s against 30.8 s; branch-free inner
    /// loops, 33.8 s against 30.6 s; nodes renumbered by in-degree, 27.9 and
    /// 26.8 s against 27.1 and 29.6 s; all six arrays on 2 MiB pages
    /// (`madvise(MADV_HUGEPAGE)`, 80 MB of them seen in use), 27.9 and 25.9 s
    /// against 26.8 and 27.4 s. None kept: none clearly gained. (Those were
    /// measured before the successors were kept.)
    private static func accumulate(_ links: Adjacency, from sources: ArraySlice<Int32>) -> [Double] {
        let nodeCount = links.offsets.count - 1
        var sums = [Double](repeating: 0, count: nodeCount)
        var distance = [Int32](repeating: -1, count: nodeCount)
        var value = [Double](repeating: 0, count: nodeCount)
        var order = [Int32](repeating: 0, count: nodeCount)
        var successors = [Int32](repeating: 0, count: links.targets.count)
        var firstSuccessor = [Int32](repeating: 0, count: nodeCount + 1)
        links.offsets.withUnsafeBufferPointer { offsets in
            links.targets.withUnsafeBufferPointer { targets in
                sums.withUnsafeMutableBufferPointer { sums in
                    distance.withUnsafeMutableBufferPointer { distance in
                        value.withUnsafeMutableBufferPointer { value in
                            order.withUnsafeMutableBufferPointer { order in
                                successors.withUnsafeMutableBufferPointer { successors in
                                    firstSuccessor.withUnsafeMutableBufferPointer { firstSuccessor in
                                        for source in sources {
                                            search(
                                                from: Int(source), offsets: offsets, targets: targets, sums: sums,
                                                distance: distance, value: value, order: order,
                                                successors: successors, firstSuccessor: firstSuccessor)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return sums
    }

    /// One source's search and accumulation, adding δ_s(v) to `sums`.
    private static func search(
        from s: Int, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
        sums: UnsafeMutableBufferPointer<Double>, distance: UnsafeMutableBufferPointer<Int32>,
        value: UnsafeMutableBufferPointer<Double>, order: UnsafeMutableBufferPointer<Int32>,
        successors: UnsafeMutableBufferPointer<Int32>, firstSuccessor: UnsafeMutableBufferPointer<Int32>
    ) {
        distance[s] = 0
        value[s] = 1
        order[0] = Int32(s)
        var head = 0
        var tail = 1
        var found = 0
        while head < tail {
            let v = Int(order[head])
            firstSuccessor[head] = Int32(found)
            head += 1
            let next = distance[v] + 1
            let paths = value[v]
            for position in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = targets[position]
                let seen = distance[Int(w)]
                if seen < 0 {
                    distance[Int(w)] = next
                    value[Int(w)] = paths
                    order[tail] = w
                    tail += 1
                    successors[found] = w
                    found += 1
                } else if seen == next {
                    value[Int(w)] += paths
                    successors[found] = w
                    found += 1
                }
            }
        }
        firstSuccessor[tail] = Int32(found)
        var index = tail - 1
        while index >= 0 {
            let v = Int(order[index])
            var coefficients = 0.0
            for position in Int(firstSuccessor[index])..<Int(firstSuccessor[index + 1]) {
                coefficients += value[Int(successors[position])]
            }
            index -= 1
            let paths = value[v]
            let dependency = paths * coefficients
            if v != s { sums[v] += dependency }
            value[v] = (1 + dependency) / paths
        }
        for index in 0..<tail { distance[Int(order[index])] = -1 }
    }

    /// networkx's `_rescale` for normalized, directed, without endpoints: N = n − 1
    /// pairs' targets per source; exact, divide by (n−1)(n−2); from k sampled
    /// sources, a sampled node by (k−1)(n−2) (it is never inside its own paths)
    /// and any other by k(n−2). Under three nodes nothing is scaled (all zero).
    static func rescale(_ sums: inout [Double], sources: [Int32]?) {
        let pairsPerSource = sums.count - 1
        guard pairsPerSource >= 2 else { return }
        guard let sources else {
            let scale = 1 / (Double(pairsPerSource) * Double(pairsPerSource - 1))
            for node in sums.indices { sums[node] *= scale }
            return
        }
        let k = Double(sources.count)
        let others = 1 / (k * Double(pairsPerSource - 1))
        let sampled = sources.count > 1 ? 1 / ((k - 1) * Double(pairsPerSource - 1)) : Double.nan
        var isSource = [Bool](repeating: false, count: sums.count)
        for source in sources { isSource[Int(source)] = true }
        for node in sums.indices { sums[node] *= isSource[node] ? sampled : others }
    }

    /// `count` distinct node numbers drawn with ``seed``: a partial Fisher–Yates
    /// shuffle driven by SplitMix64, so the draw is the same on every platform.
    static func sampleSources(_ count: Int, of nodeCount: Int) -> [Int32] {
        var state = seed
        func nextRandom() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var nodes = (0..<Int32(nodeCount)).map { $0 }
        for position in 0..<count {
            let chosen = position + Int(nextRandom() % UInt64(nodeCount - position))
            nodes.swapAt(position, chosen)
        }
        return Array(nodes[0..<count])
    }
}
