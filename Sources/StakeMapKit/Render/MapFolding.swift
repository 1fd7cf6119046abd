/// One node drawn on the map.
enum DrawnNode: Equatable, Sendable {
    /// A person or target group, drawn as itself.
    case leaf(Int32)
    /// A unit (by its place): opened, its node heads a box around its members
    /// (with `dot`); folded, one node stands for everything inside it.
    case unit(place: Int32, opened: Bool)
    /// "+ 40 more": the members of a side or of the target-group box that did not fit.
    case more(place: Int32)
}

/// Something that sits directly in a place: a unit (by its place) or a person or group.
enum PlaceMember: Equatable, Sendable {
    case place(Int32)
    case leaf(Int32)
}

/// How a map is folded to stay readable and quick: which units are opened,
/// what each side shows, and which drawn node stands for each node of the graph.
///
/// Past the fold threshold (or with `--collapse`), units are opened from the top
/// down, one whole level at a time, as long as the drawn nodes stay within the node
/// budget: so every part of the organisation is shown to the same depth. The one
/// budget goes to the organisation first (outside organisations stay folded before
/// inside units do), and neither side gets more than about two thirds of it (see
/// ``FoldPlanner/share(budget:roots:)``). A side or the target-group box
/// with more members than its share (or than 40) shows the most important ones
/// (needing attention, key stakeholders, involved, largest) and one "more" node for
/// the rest.
struct MapFolding {
    var tree: MapTree
    /// Whether anything is folded; when false every unit with members is opened.
    var folded: Bool
    var opened: [Bool]
    /// Per opened place, what is drawn inside it, in drawing order.
    var visible: [[PlaceMember]]
    /// Per side or target-group box, the members gathered into its "more" node.
    var gathered: [[PlaceMember]]
    /// Every node drawn, in drawing order (parents before their members).
    var drawn: [DrawnNode] = []
    /// The drawn node standing for each place; -1 for the sides and the target-group box.
    var representativeOfPlace: [Int32]
    /// The drawn node standing for each person or group on the map; -1 for others.
    var representativeOfLeaf: [Int32]

    struct Settings {
        var collapse = false
        var foldPastPeople = 150
        /// Folding also starts when this many persons, units and groups would be drawn.
        var foldPastNodes = 300
        var nodeBudget = 150
    }

    init(_ graph: AnalysisGraph, _ hierarchy: UnitHierarchy, _ tree: MapTree, red: [Bool], settings: Settings) {
        self.tree = tree
        let placeCount = tree.placeCount
        var people = 0
        var nodes = placeCount - MapTree.virtualPlaces
        for leaves in tree.leaves {
            nodes += leaves.count
            for leaf in leaves where graph.kinds[Int(leaf)] == .person { people += 1 }
        }
        folded = settings.collapse || people > settings.foldPastPeople || nodes > settings.foldPastNodes
        opened = Array(repeating: false, count: placeCount)
        visible = Array(repeating: [], count: placeCount)
        gathered = Array(repeating: [], count: placeCount)
        representativeOfPlace = Array(repeating: -1, count: placeCount)
        representativeOfLeaf = Array(repeating: -1, count: graph.count)

        let planner = FoldPlanner(graph: graph, hierarchy: hierarchy, tree: tree, red: red, collapse: settings.collapse)
        let roots = [MapTree.organisation, MapTree.outside, MapTree.targetGroups]
        for root in roots { opened[Int(root)] = true }
        if folded {
            // The legend and the three boxes' anchors are drawn whatever the budget.
            let plans = planner.share(budget: max(12, settings.nodeBudget - 4), roots: roots)
            for plan in plans {
                visible[Int(plan.root)] = Array(plan.members.prefix(plan.shown))
                gathered[Int(plan.root)] = Array(plan.members.dropFirst(plan.shown)) + plan.hiddenPeople
                for place in plan.opened {
                    opened[Int(place)] = true
                    visible[Int(place)] = planner.openedMembers(place)
                }
            }
        } else {
            for place in 0..<placeCount {
                let members = planner.members(Int32(place))
                if place >= MapTree.virtualPlaces { opened[place] = !members.isEmpty }
                visible[place] = members
            }
        }
        if tree.leaves[Int(MapTree.targetGroups)].isEmpty {
            opened[Int(MapTree.targetGroups)] = false
        } else {
            visible[Int(MapTree.outside)].insert(.place(MapTree.targetGroups), at: 0)
        }
        assignRepresentatives()
    }

    /// Walks the places from the top: members drawn get their own node, members in a
    /// "more" node point to it, and everything inside a folded unit points to the unit.
    private mutating func assignRepresentatives() {
        var queue: [Int32] = [MapTree.organisation, MapTree.outside]
        var next = 0
        while next < queue.count {
            let place = queue[next]
            next += 1
            let placeIndex = Int(place)
            let children = tree.childPlaces[placeIndex]
            queue.append(contentsOf: children)
            guard opened[placeIndex] else {
                let representative = representativeOfPlace[placeIndex]
                for child in children { representativeOfPlace[Int(child)] = representative }
                for leaf in tree.leaves[placeIndex] { representativeOfLeaf[Int(leaf)] = representative }
                continue
            }
            // Persons hidden by --collapse are represented by their opened unit's node.
            let own = representativeOfPlace[placeIndex]
            for leaf in tree.leaves[placeIndex] { representativeOfLeaf[Int(leaf)] = own }
            if !gathered[placeIndex].isEmpty {
                let more = Int32(drawn.count)
                drawn.append(.more(place: place))
                for member in gathered[placeIndex] { assign(member, more) }
            }
            for member in visible[placeIndex] {
                switch member {
                case .place(let child) where child == MapTree.targetGroups:
                    continue
                case .place(let child):
                    let index = Int32(drawn.count)
                    drawn.append(.unit(place: child, opened: opened[Int(child)]))
                    representativeOfPlace[Int(child)] = index
                case .leaf(let node):
                    representativeOfLeaf[Int(node)] = Int32(drawn.count)
                    drawn.append(.leaf(node))
                }
            }
        }
    }

    private mutating func assign(_ member: PlaceMember, _ representative: Int32) {
        switch member {
        case .place(let place): representativeOfPlace[Int(place)] = representative
        case .leaf(let node): representativeOfLeaf[Int(node)] = representative
        }
    }

    /// The drawn node standing for graph node `node`; -1 when it is not on the map.
    func representative(of node: Int, _ graph: AnalysisGraph) -> Int32 {
        switch graph.kinds[node] {
        case .person, .group: return representativeOfLeaf[node]
        case .unit:
            let place = tree.placeOfUnit[node]
            return place >= 0 ? representativeOfPlace[Int(place)] : -1
        case .role: return -1
        }
    }

    /// The place a drawn node sits in (for a unit: the place of the unit itself).
    func place(of drawnNode: DrawnNode) -> Int32 {
        switch drawnNode {
        case .leaf(let node): tree.placeOfLeaf[Int(node)]
        case .unit(let place, _): place
        case .more(let place): place
        }
    }

    /// Whether drawn node `inner` lies inside the box of opened unit `outer`.
    func isInside(_ inner: Int32, box outer: Int32) -> Bool {
        guard case .unit(let box, true) = drawn[Int(outer)], inner != outer else { return false }
        return tree.place(place(of: drawn[Int(inner)]), isWithin: box)
    }
}

/// Plans the folding of one side (or the target-group box) within a node budget.
private struct FoldPlanner {
    let graph: AnalysisGraph
    let hierarchy: UnitHierarchy
    let tree: MapTree
    let red: [Bool]
    let collapse: Bool

    struct Plan {
        var root: Int32
        /// The root's members, most important first; the first `shown` are drawn.
        var members: [PlaceMember]
        var shown: Int
        /// People directly in the root hidden by --collapse (gathered into "more").
        var hiddenPeople: [PlaceMember]
        var opened: [Int32]
        /// Drawn nodes this plan uses.
        var used: Int
        /// How many more nodes the next step would need; nil when all is shown.
        var growth: Int?

        /// Whether some of the root's members went into its "more" node.
        var gathersMore: Bool { shown < members.count }

        /// Whether everything is shown: nothing in a "more" node, no level left to open.
        var complete: Bool { growth == nil && !gathersMore && hiddenPeople.isEmpty }
    }

    /// What is drawn in an opened unit: its units, then its people (unless collapsed).
    func openedMembers(_ place: Int32) -> [PlaceMember] {
        tree.childPlaces[Int(place)].map { .place($0) }
            + (collapse ? [] : tree.leaves[Int(place)].map { .leaf($0) })
    }

    /// Everything directly in a place, for a map that is not folded.
    func members(_ place: Int32) -> [PlaceMember] {
        tree.childPlaces[Int(place)].filter { $0 != MapTree.targetGroups }.map { .place($0) }
            + tree.leaves[Int(place)].map { .leaf($0) }
    }

    /// The most members a side or the target-group box shows; the rest is one node.
    static let listed = 40

    /// Plans the organisation, the outside world and the target groups with one
    /// budget, so that both sides fold and neither fills more than about two thirds
    /// of the picture. The outside world is measured first with its organisations
    /// folded (one box each with its head count); the organisation may then draw a
    /// third more than that, no more, unless the outside world fits whole in two
    /// fifths of the budget; and the outside world no more than that measure or a
    /// third more than the organisation draws, unless that is whole.
    /// Outside organisations are opened only once the organisation is shown whole:
    /// they fold before inside units do.
    ///
    /// Measured on generated people (bench/generate.py), share of the two sides' boxes:
    /// with 2 : 1 : 1 shares and the spare handed round, 3,000 people gave the
    /// organisation 17 nodes in a corner beside an outside world of single people;
    /// with the organisation first at two thirds of the budget it took 85 % of the
    /// picture, at 1.5 times the folded outside world 69 %; at 1M people, with the
    /// outside world at twice the organisation's 34 nodes, the outside took 65 %.
    /// At a third more either way, see docs/maps.md for the shares measured.
    func share(budget: Int, roots: [Int32]) -> [Plan] {
        let (inside, outside, groups) = (roots[0], roots[1], roots[2])
        // A small outside world is drawn whole, the organisation gets the rest.
        let whole = planOutside(outside, groups, budget: budget * 2 / 5, opening: true)
        if whole.outside.complete && whole.groups.complete {
            return [plan(inside, budget: budget - whole.outside.used - whole.groups.used), whole.outside, whole.groups]
        }
        let folded = planOutside(outside, groups, budget: budget * 2 / 5, opening: false)
        let foldedUsed = folded.outside.used + folded.groups.used
        let insidePlan = plan(inside, budget: min(budget - foldedUsed, max(12, foldedUsed * 4 / 3)))
        var outsideBudget = budget - insidePlan.used
        if !insidePlan.complete { outsideBudget = min(outsideBudget, max(foldedUsed, insidePlan.used * 4 / 3)) }
        let (outsidePlan, groupsPlan) = planOutside(
            outside, groups, budget: outsideBudget, opening: insidePlan.complete)
        return [insidePlan, outsidePlan, groupsPlan]
    }

    /// The outside world and the target groups, half of `budget` each; what one
    /// cannot use goes to the other. Outside organisations are opened only when
    /// `opening`.
    private func planOutside(_ outside: Int32, _ groups: Int32, budget: Int, opening: Bool)
        -> (outside: Plan, groups: Plan)
    {
        var groupsPlan = plan(groups, budget: budget / 2)
        let outsidePlan = plan(outside, budget: budget - groupsPlan.used, opening: opening)
        if !groupsPlan.complete, outsidePlan.used < budget - groupsPlan.used {
            groupsPlan = plan(groups, budget: budget - outsidePlan.used)
        }
        return (outsidePlan, groupsPlan)
    }

    /// Shows as many of the root's members as fit, then opens the units below one
    /// level at a time while the budget allows: a whole level, or else the units of
    /// that level that hold other units (those that hold only people stay folded).
    private func plan(_ root: Int32, budget: Int, opening: Bool = true) -> Plan {
        var members = tree.childPlaces[Int(root)].filter { $0 != MapTree.targetGroups }.map { PlaceMember.place($0) }
        var hiddenPeople: [PlaceMember] = []
        for leaf in tree.leaves[Int(root)] {
            if collapse && graph.kinds[Int(leaf)] == .person {
                hiddenPeople.append(.leaf(leaf))
            } else {
                members.append(.leaf(leaf))
            }
        }
        members = rankedByImportance(members)
        let moreNode = hiddenPeople.isEmpty ? 0 : 1
        var result = Plan(
            root: root, members: members, shown: members.count, hiddenPeople: hiddenPeople, opened: [], used: 0,
            growth: nil)
        // A side lists at most `listed` of its members; more is a list, not a map.
        if members.count + moreNode > min(budget, Self.listed + 1) {
            result.shown = max(1, min(budget, Self.listed + 1) - 1)
            result.used = result.shown + 1
            result.growth = result.shown < Self.listed ? 1 : nil
            return result
        }
        result.used = members.count + moreNode
        var level: [Int32] = members.compactMap { member in
            if case .place(let place) = member, openable(place) { return place }
            return nil
        }
        while !level.isEmpty {
            // Opening a unit turns its node into the head of a box holding its members.
            let cost = level.reduce(0) { $0 + openedMembers($1).count }
            guard opening else {
                result.growth = cost
                return result
            }
            if result.used + cost <= budget {
                result.used += cost
                result.opened += level
                level = level.flatMap { tree.childPlaces[Int($0)] }.filter(openable)
                continue
            }
            let holdingUnits = level.filter { !tree.childPlaces[Int($0)].isEmpty }
            let holdingCost = holdingUnits.reduce(0) { $0 + openedMembers($1).count }
            if holdingUnits.isEmpty || holdingUnits.count == level.count || result.used + holdingCost > budget {
                openMostImportant(of: level, within: budget, into: &result)
                return result
            }
            result.used += holdingCost
            result.opened += holdingUnits
            level = holdingUnits.flatMap { tree.childPlaces[Int($0)] }.filter(openable)
        }
        return result
    }

    /// A level too large to open as a whole opens its most important units, as many
    /// as fit. (Whole levels only left 30,000 generated people as 7 nodes inside: the
    /// six domains' 150 departments never fit in one go.)
    private func openMostImportant(of level: [Int32], within budget: Int, into plan: inout Plan) {
        for member in rankedByImportance(level.map { .place($0) }) {
            guard case .place(let place) = member else { continue }
            let cost = openedMembers(place).count
            guard plan.used + cost <= budget else {
                plan.growth = cost
                return
            }
            plan.used += cost
            plan.opened.append(place)
        }
    }

    private func openable(_ place: Int32) -> Bool { !openedMembers(place).isEmpty }

    /// Most important first: needing attention, key stakeholder (high power and high
    /// interest), involved, largest (people, or a group's members), then id order.
    private func rankedByImportance(_ members: [PlaceMember]) -> [PlaceMember] {
        let memberOfInto = graph.into(.memberOf)
        func key(_ member: PlaceMember) -> (attention: Bool, key: Bool, involved: Bool, size: Int32, node: Int32) {
            switch member {
            case .place(let place):
                let unit = Int(tree.unitOfPlace[Int(place)])
                return (
                    hierarchy.attention[unit] > 0, isKey(unit), graph.involved[unit], hierarchy.people[unit],
                    Int32(unit)
                )
            case .leaf(let node):
                let size = graph.kinds[Int(node)] == .group ? Int32(memberOfInto.degree(Int(node))) : 0
                return (red[Int(node)], isKey(Int(node)), graph.involved[Int(node)], size, node)
            }
        }
        return members.map { (key($0), $0) }.sorted { left, right in
            let (a, b) = (left.0, right.0)
            if a.attention != b.attention { return a.attention }
            if a.key != b.key { return a.key }
            if a.involved != b.involved { return a.involved }
            if a.size != b.size { return a.size > b.size }
            return a.node < b.node
        }.map(\.1)
    }

    private func isKey(_ node: Int) -> Bool {
        AnalysisGraph.isHigh(graph.power[node]) && AnalysisGraph.isHigh(graph.interest[node])
    }
}
