/// Brokerage roles (Gould & Fernandez 1989, "Structures of mediation: a formal
/// approach to brokerage in transaction networks", Sociological Methodology 19)
/// on the `influences` links, with each person's own unit as its group: how
/// often a node b stands in the middle of a two-path a → b → c that has no
/// short cut a → c, by which of the three share a unit.
public struct BrokerageCounts: Equatable, Sendable {
    /// a, b and c in one unit.
    public var coordinator = 0
    /// a and c in one unit, b in another: b mediates for its outsiders.
    public var itinerant = 0
    /// a and b in one unit, c in another: b speaks for its unit outward.
    public var representative = 0
    /// b and c in one unit, a in another: b lets the outside in.
    public var gatekeeper = 0
    /// three different units.
    public var liaison = 0

    public init(coordinator: Int = 0, itinerant: Int = 0, representative: Int = 0, gatekeeper: Int = 0, liaison: Int = 0) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
    }

    public var total: Int { coordinator + itinerant + representative + gatekeeper + liaison }
}

extension AnalysisGraph {
    /// Each node's group for brokerage: the unit a person is a member of (the
    /// first by id when there are several), or -1 — units, roles, target groups
    /// and people outside any unit are in none, and so take no part.
    func brokerageGroups() -> [Int32] {
        let memberOf = out(.memberOf)
        return (0..<count).map { node in
            guard kinds[node] == .person else { return -1 }
            return memberOf.neighbours(node).first { kinds[Int($0)] == .unit } ?? -1
        }
    }

    /// The brokerage counts of every node, in node order. For each b in a unit,
    /// every a → b and b → c between people in units, with a ≠ c and no link
    /// a → c (each node's targets are sorted, so that is a binary search).
    /// Linear in the sum over nodes of in-degree × out-degree.
    func brokerage() -> [BrokerageCounts] {
        let links = out(.influences)
        let reverse = links.reversed()
        let groups = brokerageGroups()
        func linked(_ a: Int, _ c: Int32) -> Bool {
            var low = Int(links.offsets[a])
            var high = Int(links.offsets[a + 1])
            while low < high {
                let middle = (low + high) / 2
                if links.targets[middle] < c { low = middle + 1 } else { high = middle }
            }
            return low < Int(links.offsets[a + 1]) && links.targets[low] == c
        }
        var counts = [BrokerageCounts](repeating: BrokerageCounts(), count: count)
        for b in 0..<count where groups[b] >= 0 {
            let groupB = groups[b]
            for a in reverse.neighbours(b) where groups[Int(a)] >= 0 && Int(a) != b {
                let groupA = groups[Int(a)]
                for c in links.neighbours(b) where c != a && Int(c) != b && groups[Int(c)] >= 0 {
                    guard !linked(Int(a), c) else { continue }
                    let groupC = groups[Int(c)]
                    switch (groupA == groupB, groupB == groupC, groupA == groupC) {
                    case (true, true, _): counts[b].coordinator += 1
                    case (false, false, true): counts[b].itinerant += 1
                    case (true, false, _): counts[b].representative += 1
                    case (false, true, _): counts[b].gatekeeper += 1
                    case (false, false, false): counts[b].liaison += 1
                    }
                }
            }
        }
        return counts
    }
}
