/// How many parties take part in one step: inside (people, units) and outside.
public struct StepInvolvement: Equatable, Sendable {
    public var step: InvolvementStep
    /// Internal people with the step among their own steps.
    public var internalPeople: Int
    /// Internal units with the step among their own steps.
    public var internalUnits: Int
    /// Target groups with the step.
    public var groups: Int
    /// External people and units with the step.
    public var externalOthers: Int

    public init(step: InvolvementStep, internalPeople: Int, internalUnits: Int, groups: Int, externalOthers: Int) {
        self.step = step
        self.internalPeople = internalPeople
        self.internalUnits = internalUnits
        self.groups = groups
        self.externalOthers = externalOthers
    }

    /// Whether anyone inside takes part (what `step-without-internal` checks).
    public var hasInternal: Bool { internalPeople + internalUnits > 0 }
}

/// How many nodes of one kind there are on each side, and how many are involved
/// (roles are never involved).
public struct NodeCount: Equatable, Sendable {
    public var `internal`: Int
    public var external: Int
    public var involved: Int

    public init(internal: Int = 0, external: Int = 0, involved: Int = 0) {
        self.internal = `internal`
        self.external = external
        self.involved = involved
    }

    public var total: Int { `internal` + external }
}

/// Where the trajectory stands, for `stakemap status`: the size of the graph,
/// who takes part in each step, and how many gaps of each severity there are.
public struct StatusReport: Equatable, Sendable {
    /// Per node kind, every kind present.
    public var nodes: [NodeKind: NodeCount]
    public var links: Int
    /// The four steps in order.
    public var steps: [StepInvolvement]
    /// All gap rules, every severity present.
    public var gapCounts: [Severity: Int]
    /// The latest snapshot, and how many change sets followed it.
    public var snapshot: Snapshot?
    public var changeSetsSinceSnapshot = 0
    /// Gaps that exist but were accepted (left out of `gapCounts`).
    public var acceptedGaps = 0

    public init(
        nodes: [NodeKind: NodeCount], links: Int, steps: [StepInvolvement], gapCounts: [Severity: Int]
    ) {
        self.nodes = nodes
        self.links = links
        self.steps = steps
        self.gapCounts = gapCounts
    }
}

/// Computes the ``StatusReport`` of a project.
public enum ProjectStatus {
    /// Loads the graph once and counts nodes, involvement per step and gaps (all rules).
    public static func compute(_ store: StakeMapStore) throws -> StatusReport {
        let graph = try AnalysisGraph.load(store)
        let (nodes, steps) = tally(graph)
        let links = graph.outgoing.values.reduce(0) { $0 + $1.edgeCount }
        let gaps = GapFinder.run(GapFinder.rules, on: graph).leavingOut(try store.acceptedGaps())
        var report = StatusReport(nodes: nodes, links: links, steps: steps, gapCounts: gaps.counts)
        report.acceptedGaps = gaps.accepted
        report.snapshot = try store.latestSnapshot()
        if let snapshot = report.snapshot { report.changeSetsSinceSnapshot = try store.changeSetCount(after: snapshot.changeSet) }
        return report
    }

    /// The nodes of each kind and side, and who takes part in each step (for `status` and `report`).
    static func tally(_ graph: AnalysisGraph) -> (nodes: [NodeKind: NodeCount], steps: [StepInvolvement]) {
        var nodes = Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { ($0, NodeCount()) })
        var steps = InvolvementStep.allCases.map {
            StepInvolvement(step: $0, internalPeople: 0, internalUnits: 0, groups: 0, externalOthers: 0)
        }
        for node in 0..<graph.count {
            let kind = graph.kinds[node]
            let inside = graph.sides[node] == .internal
            if inside { nodes[kind]!.internal += 1 } else { nodes[kind]!.external += 1 }
            if graph.involved[node] { nodes[kind]!.involved += 1 }
            guard !graph.steps[node].isEmpty, kind != .role else { continue }
            for (position, step) in InvolvementStep.allCases.enumerated() where graph.steps[node].contains(StepSet(step)) {
                switch (kind, inside) {
                case (.person, true): steps[position].internalPeople += 1
                case (.unit, true): steps[position].internalUnits += 1
                case (.group, _): steps[position].groups += 1
                default: steps[position].externalOthers += 1
                }
            }
        }
        return (nodes, steps)
    }
}
