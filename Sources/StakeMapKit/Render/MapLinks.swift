/// A link drawn on the map between two drawn nodes: one link of the graph, or all
/// the links of one kind between what two folded nodes stand for.
struct MapLink: Equatable, Sendable {
    var from: Int32
    var to: Int32
    var kind: EdgeKind
    /// How many links of the graph it stands for.
    var count: Int
    /// `influences`: the highest and the total weight of those links.
    var maxWeight: Int
    var totalWeight: Int
    /// Folded maps merge the links of both directions between two nodes into one.
    var bothWays = false

    /// What decides which links are drawn when there are too many: influence weights,
    /// 4 for each `contact_for` (owning a target group matters), 1 for the rest.
    var strength: Int {
        switch kind {
        case .influences: totalWeight
        case .contactFor: 4 * count
        default: count
        }
    }

    var meanWeight: Double { Double(totalWeight) / Double(max(count, 1)) }
}

/// The links of the map: every `influences`, `contact_for` and `reports_to` link,
/// and the `member_of` links that the boxes do not already show (a person in a target
/// group, a second unit), between the drawn nodes standing for their ends. Links
/// inside one folded node disappear; parallel ones merge (on a folded map, those of
/// both directions too); links into a "more" node are left out (they would say only
/// that the rest is linked to the rest); past the budget only the strongest are kept.
struct MapLinks {
    /// The links drawn, by kind, then source and target in drawing order.
    var drawn: [MapLink]
    /// How many merged links there were before the budget.
    var merged: Int

    static let drawnKinds: [EdgeKind] = [.influences, .contactFor, .reportsTo, .memberOf]

    init(_ graph: AnalysisGraph, _ hierarchy: UnitHierarchy, _ folding: MapFolding, budget: Int) {
        let drawnCount = folding.drawn.count
        var links: [MapLink] = []
        // A dense table while it is small (folded maps), a dictionary otherwise.
        let dense = drawnCount <= 1_000
        var table = dense ? [Int32](repeating: -1, count: drawnCount * drawnCount * Self.drawnKinds.count) : []
        var lookup: [Int: Int32] = [:]

        var representative = [Int32](repeating: -1, count: graph.count)
        for node in 0..<graph.count {
            let drawn = folding.representative(of: node, graph)
            if drawn >= 0, case .more = folding.drawn[Int(drawn)] { continue }
            representative[node] = drawn
        }
        let eitherWay = folding.folded

        for (kindIndex, kind) in Self.drawnKinds.enumerated() {
            let adjacency = graph.out(kind)
            var weightIndex = 0
            for source in 0..<graph.count {
                let neighbours = adjacency.neighbours(source)
                defer { weightIndex += neighbours.count }
                let from = representative[source]
                guard from >= 0 else { continue }
                for (offset, target) in neighbours.enumerated() {
                    let to = representative[Int(target)]
                    guard to >= 0, to != from else { continue }
                    if kind == .memberOf, Self.isShownByBoxes(source, Int(target), graph, hierarchy) { continue }
                    let (low, high) = eitherWay ? (min(from, to), max(from, to)) : (from, to)
                    let key = (kindIndex * drawnCount + Int(low)) * drawnCount + Int(high)
                    var index = dense ? table[key] : lookup[key] ?? -1
                    if index == -1 {
                        // A link into the box that holds its other end says nothing the box
                        // does not; -2 remembers that.
                        if folding.isInside(from, box: to) || folding.isInside(to, box: from) {
                            index = -2
                        } else {
                            index = Int32(links.count)
                            links.append(MapLink(from: from, to: to, kind: kind, count: 0, maxWeight: 0, totalWeight: 0))
                        }
                        if dense { table[key] = index } else { lookup[key] = index }
                    }
                    guard index >= 0 else { continue }
                    let weight = kind == .influences ? Int(graph.influenceWeights[weightIndex + offset]) : 0
                    if links[Int(index)].from != from { links[Int(index)].bothWays = true }
                    links[Int(index)].count += 1
                    links[Int(index)].totalWeight += weight
                    links[Int(index)].maxWeight = max(links[Int(index)].maxWeight, weight)
                }
            }
        }
        merged = links.count
        if links.count > budget {
            links = Self.strongest(links, budget: budget)
        }
        drawn = links
    }

    /// The share of the budget each kind is sure of, so that a crowd of merged
    /// influences cannot push out who is the contact for which target group.
    static let quotas: [EdgeKind: Double] = [.influences: 0.55, .contactFor: 0.25, .reportsTo: 0.1, .memberOf: 0.1]

    /// The strongest links of each kind within its quota, then the strongest of the
    /// rest until the budget is used; in drawing order (kind, source, target).
    static func strongest(_ links: [MapLink], budget: Int) -> [MapLink] {
        let ranked = links.indices.sorted { a, b in
            let (x, y) = (links[a], links[b])
            if x.strength != y.strength { return x.strength > y.strength }
            if x.kind != y.kind { return order(x.kind) < order(y.kind) }
            return (x.from, x.to) < (y.from, y.to)
        }
        var chosen = [Bool](repeating: false, count: links.count)
        var left = budget
        for kind in drawnKinds {
            var quota = Int(Double(budget) * (quotas[kind] ?? 0))
            for index in ranked where quota > 0 && links[index].kind == kind {
                chosen[index] = true
                quota -= 1
                left -= 1
            }
        }
        for index in ranked where left > 0 && !chosen[index] {
            chosen[index] = true
            left -= 1
        }
        return links.indices.filter { chosen[$0] }.map { links[$0] }.sorted { a, b in
            a.kind != b.kind ? order(a.kind) < order(b.kind) : (a.from, a.to) < (b.from, b.to)
        }
    }

    /// `member_of` links that the clustering already draws: a unit in its parent, a
    /// person in their unit.
    private static func isShownByBoxes(_ source: Int, _ target: Int, _ graph: AnalysisGraph, _ hierarchy: UnitHierarchy)
        -> Bool
    {
        switch graph.kinds[source] {
        case .unit: hierarchy.parent[source] == Int32(target)
        case .person: hierarchy.unitOfPerson[source] == Int32(target)
        default: false
        }
    }

    private static func order(_ kind: EdgeKind) -> Int { drawnKinds.firstIndex(of: kind)! }
}
