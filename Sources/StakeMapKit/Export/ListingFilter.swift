/// The filters of `list`, combined with AND: members of a unit (or of
/// units nested in it), a step or none, a level or none, a side, a role or none,
/// a quadrant of the power/interest grid.
public struct ListingFilter: Sendable {
    /// A value to match, or `none`: the attribute unset.
    public enum Choice<Value: Sendable & Equatable>: Sendable, Equatable {
        case value(Value)
        case none
    }

    /// The unit's id.
    public var unit: String?
    public var step: Choice<InvolvementStep>?
    public var level: Choice<Level>?
    public var side: Side?
    /// The role's id.
    public var role: Choice<String>?
    public var quadrant: Quadrant?

    public init() {}

    public var isEmpty: Bool {
        unit == nil && step == nil && level == nil && side == nil && role == nil && quadrant == nil
    }

    /// The nodes of `graph` that pass, by number.
    func passing(_ graph: AnalysisGraph) -> [Bool] {
        var keep = [Bool](repeating: true, count: graph.count)
        if let unit {
            keep = [Bool](repeating: false, count: graph.count)
            // Everything that is a member of the unit, or of a unit nested in it, transitively.
            if let start = graph.index(ofID: unit) {
                var queue = [start]
                while let at = queue.popLast() {
                    for member in graph.into(.memberOf).neighbours(at) where !keep[Int(member)] {
                        keep[Int(member)] = true
                        if graph.kinds[Int(member)] == .unit { queue.append(Int(member)) }
                    }
                }
            }
        }
        let roleNumber = role.flatMap { choice -> Int? in
            if case .value(let id) = choice { return graph.index(ofID: id) ?? -1 }
            return nil
        }
        for node in 0..<graph.count where keep[node] {
            keep[node] = matches(node, graph, roleNumber: roleNumber)
        }
        return keep
    }

    private func matches(_ node: Int, _ graph: AnalysisGraph, roleNumber: Int?) -> Bool {
        if let side, graph.sides[node] != side { return false }
        switch step {
        case .value(let step)?: if !graph.steps[node].contains(StepSet(step)) { return false }
        case .none?: if !graph.steps[node].isEmpty { return false }
        case nil: break
        }
        switch level {
        case .value(let level)?: if graph.levels[node] != level { return false }
        case .none?: if graph.levels[node] != nil { return false }
        case nil: break
        }
        if let role {
            let roles = graph.out(.hasRole).neighbours(node)
            switch role {
            case .value: if !roles.contains(where: { Int($0) == roleNumber }) { return false }
            case .none: if !roles.isEmpty { return false }
            }
        }
        if let quadrant {
            let (power, interest) = (Int(graph.power[node]), Int(graph.interest[node]))
            if power == 0 || interest == 0 || Quadrant(power: power, interest: interest) != quadrant { return false }
        }
        return true
    }
}

extension Quadrant {
    /// Reads `manage-closely`, `keep-satisfied`, `keep-informed`, `monitor` and the
    /// Dutch names (`nauw-betrekken`, `tevreden-houden`, `informeren`, `monitoren`), any case.
    public init?(input: String) {
        switch input.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-") {
        case "manage-closely", "nauw-betrekken": self = .manageClosely
        case "keep-satisfied", "tevreden-houden": self = .keepSatisfied
        case "keep-informed", "informeren": self = .keepInformed
        case "monitor", "monitoren": self = .monitor
        default: return nil
        }
    }
}
