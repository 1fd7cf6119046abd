/// How the store's reader fills an ``AnalysisGraph``: nodes in id order (a node's
/// number is its position), then their steps and tools, then all links at once,
/// which become one adjacency per edge kind.
extension AnalysisGraph {
    mutating func appendNode(
        id: String, name: String, kind: NodeKind, side: Side, power: Int?, interest: Int?, level: Level?,
        required: Bool?, path: String?, legitimacy: Int? = nil, urgency: Int? = nil
    ) {
        if let path { paths[Int32(count)] = path }
        ids.append(id)
        names.append(name)
        kinds.append(kind)
        sides.append(side)
        self.power.append(UInt8(power ?? 0))
        self.interest.append(UInt8(interest ?? 0))
        self.legitimacy.append(UInt8(legitimacy ?? 0))
        self.urgency.append(UInt8(urgency ?? 0))
        levels.append(level)
        self.required.append(required ?? false)
        steps.append([])
        hasTools.append(false)
    }

    mutating func addStep(_ step: InvolvementStep, to node: Int) {
        steps[node].insert(StepSet(step))
    }

    /// Tools arrive in the order they are to be shown.
    mutating func addTool(_ tool: String, to node: Int) {
        hasTools[node] = true
        tools[Int32(node), default: []].append(tool)
    }

    /// Builds the adjacency of every edge kind from `links`, and who is involved.
    /// Within a node, the targets are sorted by node number, that is by id.
    /// Each kind's part of `links` is emptied once built, so that the list and
    /// the adjacency are not held whole at the same time (at a million people
    /// they are about 50 MB each).
    mutating func setLinks(_ links: inout LinkList) {
        let nodeCount = count
        var linked = [Bool](repeating: false, count: nodeCount)
        for (ordinal, kind) in EdgeKind.allCases.enumerated() {
            let sources = links.sources[ordinal]
            let linkTargets = links.targets[ordinal]
            let linkWeights = links.weights[ordinal]
            var offsets = [Int32](repeating: 0, count: nodeCount + 1)
            for source in sources { offsets[Int(source) + 1] += 1 }
            for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
            var targets = [Int32](repeating: 0, count: sources.count)
            var weights = [UInt8](repeating: 0, count: sources.count)
            var next = offsets
            for position in sources.indices {
                let source = Int(sources[position])
                let slot = Int(next[source])
                next[source] += 1
                targets[slot] = linkTargets[position]
                weights[slot] = linkWeights[position]
                linked[source] = true
                linked[Int(linkTargets[position])] = true
            }
            links.sources[ordinal] = []
            links.targets[ordinal] = []
            links.weights[ordinal] = []
            Self.sortTargets(&targets, weights: &weights, offsets: offsets)
            let adjacency = Adjacency(offsets: offsets, targets: targets)
            outgoing[kind] = adjacency
            storedWeights[kind] = weights
            if kind == .influences {
                // An influence without a weight weighs 3.
                influenceWeights = weights.map { $0 == 0 ? UInt8(EdgeKind.defaultWeight) : $0 }
            }
            if Self.incomingKinds.contains(kind) { incoming[kind] = adjacency.reversed() }
        }
        self.linked = linked
        linkNotes = links.notes
        computeInvolvement()
    }

    /// Sorts each node's targets, and their weights with them, by node number.
    private static func sortTargets(_ targets: inout [Int32], weights: inout [UInt8], offsets: [Int32]) {
        var packed: [Int64] = []
        for node in 0..<(offsets.count - 1) {
            let range = Int(offsets[node])..<Int(offsets[node + 1])
            guard range.count > 1 else { continue }
            if zip(targets[range].dropLast(), targets[range].dropFirst()).allSatisfy({ $0 < $1 }) { continue }
            packed.removeAll(keepingCapacity: true)
            for position in range { packed.append(Int64(targets[position]) << 8 | Int64(weights[position])) }
            packed.sort()
            for (position, value) in zip(range, packed) {
                targets[position] = Int32(value >> 8)
                weights[position] = UInt8(value & 0xFF)
            }
        }
    }

    /// The links as read, before they become adjacency: per edge kind (by
    /// ordinal), the source and target node numbers and stored weights in the
    /// order read; the notes of the few links that have one.
    struct LinkList {
        var sources: [[Int32]]
        var targets: [[Int32]]
        /// The stored weight, 0 when there is none.
        var weights: [[UInt8]]
        var notes: [LinkEnds: String] = [:]

        init() {
            let kindCount = EdgeKind.allCases.count
            sources = Array(repeating: [], count: kindCount)
            targets = Array(repeating: [], count: kindCount)
            weights = Array(repeating: [], count: kindCount)
        }

        mutating func append(source: Int32, target: Int32, kind: EdgeKind, weight: Int?, note: String?) {
            let ordinal = AnalysisGraph.ordinal(kind)
            sources[ordinal].append(source)
            targets[ordinal].append(target)
            weights[ordinal].append(UInt8(weight ?? 0))
            if let note { notes[LinkEnds(source: source, kind: kind, target: target)] = note }
        }
    }

    /// The position of `kind` in `EdgeKind.allCases`.
    @inline(__always)
    static func ordinal(_ kind: EdgeKind) -> Int {
        switch kind {
        case .memberOf: 0
        case .hasRole: 1
        case .influences: 2
        case .reportsTo: 3
        case .contactFor: 4
        }
    }
}

/// One link by its ends and kind, for looking up what the adjacency does not hold.
struct LinkEnds: Hashable, Sendable {
    var source: Int32
    var kind: EdgeKind
    var target: Int32
}

/// Node numbers by integer key: an array indexed by key when the keys are dense
/// (as stakemap assigns them), a dictionary otherwise.
struct NodeKeys: Sendable {
    private var dense: [Int32] = []
    private var sparse: [Int64: Int32] = [:]

    init(_ keys: [Int64]) {
        let largest = keys.max() ?? 0
        let smallest = keys.min() ?? 0
        if smallest >= 0 && largest < Int64(keys.count) * 2 + 1024 {
            dense = [Int32](repeating: -1, count: Int(largest) + 1)
            for (node, key) in keys.enumerated() { dense[Int(key)] = Int32(node) }
        } else {
            for (node, key) in keys.enumerated() { sparse[key] = Int32(node) }
        }
    }

    @inline(__always)
    func node(_ key: Int64) -> Int32? {
        if !dense.isEmpty {
            guard key >= 0 && key < Int64(dense.count) else { return nil }
            let node = dense[Int(key)]
            return node < 0 ? nil : node
        }
        return sparse[key]
    }
}
