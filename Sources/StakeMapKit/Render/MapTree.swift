/// Where everything on the map sits: the organisation and the outside world as two
/// trees of units, each person in one unit, the target groups in a box of their own.
///
/// A *place* is something that can hold others: the two sides, the target-group box,
/// and every unit on the map. Persons and groups are *leaves*. Folding decides which
/// places are opened (drawn as a box around their members) and which are drawn as one
/// node standing for everything inside.
struct MapTree {
    static let organisation: Int32 = 0
    static let outside: Int32 = 1
    static let targetGroups: Int32 = 2
    static let virtualPlaces = 3

    /// The unit node of each place; -1 for the sides and the target-group box.
    var unitOfPlace: [Int32] = [-1, -1, -1]
    /// The place of each unit node on the map; -1 for other nodes and units off the map.
    var placeOfUnit: [Int32]
    var parent: [Int32] = [-1, -1, outside]
    /// 0 for the sides, 1 for what sits directly in a side, and so on.
    var depth: [Int32] = [0, 0, 1]
    var childPlaces: [[Int32]] = [[], [], []]
    /// The persons and groups directly in each place, in id order.
    var leaves: [[Int32]] = [[], [], []]
    /// The place of each person or group on the map; -1 for nodes off the map.
    var placeOfLeaf: [Int32]

    var placeCount: Int { unitOfPlace.count }

    /// The tree of the nodes in `selection` (all when nil). A unit sits in the nearest
    /// unit above it that is on the map, else directly in its side; so does a person.
    init(_ graph: AnalysisGraph, _ hierarchy: UnitHierarchy, selection: [Bool]?) {
        let count = graph.count
        placeOfUnit = Array(repeating: -1, count: count)
        placeOfLeaf = Array(repeating: -1, count: count)
        func selected(_ node: Int) -> Bool { selection?[node] ?? true }
        func nearestUnitOnMap(from unit: Int32) -> Int32 {
            var unit = unit
            while unit >= 0, !selected(Int(unit)) { unit = hierarchy.parent[Int(unit)] }
            return unit
        }
        func sidePlace(_ node: Int) -> Int32 { graph.sides[node] == .internal ? Self.organisation : Self.outside }

        // Units in id order get their places first, then are hung under their parents.
        for node in 0..<count where graph.kinds[node] == .unit && selected(node) {
            placeOfUnit[node] = Int32(unitOfPlace.count)
            unitOfPlace.append(Int32(node))
            parent.append(-1)
            depth.append(0)
            childPlaces.append([])
            leaves.append([])
        }
        for place in Self.virtualPlaces..<placeCount {
            let unit = Int(unitOfPlace[place])
            let above = nearestUnitOnMap(from: hierarchy.parent[unit])
            let parentPlace = above >= 0 ? placeOfUnit[Int(above)] : sidePlace(unit)
            parent[place] = parentPlace
            childPlaces[Int(parentPlace)].append(Int32(place))
        }
        childPlaces[Int(Self.outside)].insert(Self.targetGroups, at: 0)
        // Depths top-down; every place's parent is a side or a unit, and the unit
        // hierarchy has no cycles, so a walk from the sides reaches every place.
        var queue: [Int32] = [Self.organisation, Self.outside]
        var next = 0
        while next < queue.count {
            let place = queue[next]
            next += 1
            for child in childPlaces[Int(place)] {
                depth[Int(child)] = depth[Int(place)] + 1
                queue.append(child)
            }
        }

        for node in 0..<count where selected(node) {
            switch graph.kinds[node] {
            case .person:
                let unit = nearestUnitOnMap(from: hierarchy.unitOfPerson[node])
                let place = unit >= 0 ? placeOfUnit[Int(unit)] : sidePlace(node)
                placeOfLeaf[node] = place
                leaves[Int(place)].append(Int32(node))
            case .group:
                placeOfLeaf[node] = Self.targetGroups
                leaves[Int(Self.targetGroups)].append(Int32(node))
            case .unit, .role:
                break
            }
        }
    }

    /// Whether `place` is `ancestor` or lies (transitively) inside it.
    func place(_ place: Int32, isWithin ancestor: Int32) -> Bool {
        var place = place
        while place >= 0 {
            if place == ancestor { return true }
            place = parent[Int(place)]
        }
        return false
    }
}

/// The units as a forest over the whole graph: each unit's parent unit and each
/// person's unit, by the first `member_of` link to a unit of the same side; and per
/// unit what it holds in total (people, involved people, nodes that need attention).
/// A person or unit with a second unit keeps it as a link, drawn dotted.
struct UnitHierarchy {
    /// The parent unit of each unit; -1 for top-level units and all other nodes.
    var parent: [Int32]
    /// The unit of each person; -1 for people without one and all other nodes.
    var unitOfPerson: [Int32]
    /// Per unit: people in it or in units inside it.
    var people: [Int32]
    var involvedPeople: [Int32]
    /// Per unit: nodes in it (itself, units and people inside) that a high-severity gap names.
    var attention: [Int32]
    /// Per unit: the steps of the people and units inside it (not its own).
    var memberSteps: [StepSet]

    init(_ graph: AnalysisGraph, attention red: [Bool]) {
        let count = graph.count
        let memberOf = graph.out(.memberOf)
        parent = Array(repeating: -1, count: count)
        unitOfPerson = Array(repeating: -1, count: count)
        for node in 0..<count where graph.kinds[node] == .unit || graph.kinds[node] == .person {
            let first = memberOf.neighbours(node).first { target in
                graph.kinds[Int(target)] == .unit && graph.sides[Int(target)] == graph.sides[node]
                    && Int(target) != node
            }
            guard let first else { continue }
            if graph.kinds[node] == .unit { parent[node] = first } else { unitOfPerson[node] = first }
        }
        Self.breakCycles(&parent, graph)

        people = Array(repeating: 0, count: count)
        involvedPeople = Array(repeating: 0, count: count)
        attention = Array(repeating: 0, count: count)
        memberSteps = Array(repeating: [], count: count)
        for node in 0..<count {
            switch graph.kinds[node] {
            case .person:
                let unit = Int(unitOfPerson[node])
                guard unit >= 0 else { continue }
                people[unit] += 1
                if graph.involved[node] { involvedPeople[unit] += 1 }
                if red[node] { attention[unit] += 1 }
                memberSteps[unit].formUnion(graph.steps[node])
            case .unit:
                if red[node] { attention[node] += 1 }
            default:
                break
            }
        }
        // Deepest units first, so that each unit's totals are complete before they
        // are added to its parent's.
        var depth = [Int32](repeating: 0, count: count)
        var units: [Int32] = []
        for node in 0..<count where graph.kinds[node] == .unit {
            units.append(Int32(node))
            var above = parent[node]
            while above >= 0 {
                depth[node] += 1
                above = parent[Int(above)]
            }
        }
        units.sort { depth[Int($0)] != depth[Int($1)] ? depth[Int($0)] > depth[Int($1)] : $0 < $1 }
        for unit in units {
            let above = Int(parent[Int(unit)])
            guard above >= 0 else { continue }
            people[above] += people[Int(unit)]
            involvedPeople[above] += involvedPeople[Int(unit)]
            attention[above] += attention[Int(unit)]
            memberSteps[above].formUnion(memberSteps[Int(unit)].union(graph.steps[Int(unit)]))
        }
    }

    /// A links file can make units each other's parents; the link that closes a
    /// loop is dropped from the tree (it stays a dotted link on the map).
    private static func breakCycles(_ parent: inout [Int32], _ graph: AnalysisGraph) {
        // 0 unvisited, 1 on the walk being made, 2 settled
        var state = [UInt8](repeating: 0, count: parent.count)
        var walk: [Int32] = []
        for start in 0..<parent.count where graph.kinds[start] == .unit && state[start] == 0 {
            walk.removeAll(keepingCapacity: true)
            var node = Int32(start)
            while node >= 0, state[Int(node)] == 0 {
                state[Int(node)] = 1
                walk.append(node)
                node = parent[Int(node)]
            }
            if node >= 0, state[Int(node)] == 1, let last = walk.last {
                parent[Int(last)] = -1
            }
            for visited in walk { state[Int(visited)] = 2 }
        }
    }
}
