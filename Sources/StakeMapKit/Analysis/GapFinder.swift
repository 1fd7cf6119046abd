/// Runs the gap rules over a project's stakeholder graph.
public enum GapFinder {
    /// Every rule, in report order: by severity (high first), then id.
    static let rules: [any GapRule.Type] = [
        UninvolvedUnit.self, UninvolvedInfluencer.self, UnownedGroup.self, StepWithoutInternal.self,
        UnengagedGroup.self, UnderengagedKeyStakeholder.self, UnengagedDefinitive.self, VacantRole.self, UnreachableGroup.self,
        ToolWithoutPlan.self, Isolated.self,
    ].sorted { $0.severity != $1.severity ? $0.severity > $1.severity : $0.id < $1.id }

    /// The ids of all rules, in report order; `--rule` accepts these.
    public static let ruleIDs: [String] = rules.map { $0.id }

    /// The severity of each rule, by id.
    public static let severities: [String: Severity] = Dictionary(
        uniqueKeysWithValues: rules.map { ($0.id, $0.severity) })

    /// Loads the graph once and runs the rules named in `rules` (all when nil) whose
    /// severity is at least `minimum` (all when nil). The report's gaps are sorted by
    /// severity, rule id and node id, and its counts are of those gaps.
    /// Throws ``StakeMapError/unknownRule(_:)`` for an id not in ``ruleIDs``.
    public static func run(_ store: StakeMapStore, rules: [String]? = nil, minimum: Severity? = nil) throws
        -> GapReport
    {
        let selected = try select(rules: rules, minimum: minimum)
        let graph = try AnalysisGraph.load(store)
        return run(selected, on: graph).leavingOut(try store.acceptedGaps())
    }

    /// Every gap that exists now, accepted or not (for `accept` and `gaps --accepted`).
    public static func allGaps(_ store: StakeMapStore) throws -> GapReport {
        run(rules, on: try AnalysisGraph.load(store))
    }

    static func select(rules ids: [String]?, minimum: Severity?) throws -> [any GapRule.Type] {
        if let ids, let unknown = ids.first(where: { severities[$0] == nil }) {
            throw StakeMapError.unknownRule(unknown)
        }
        return rules.filter { rule in
            (ids?.contains(rule.id) ?? true) && rule.severity >= (minimum ?? .low)
        }
    }

    static func run(_ rules: [any GapRule.Type], on graph: AnalysisGraph) -> GapReport {
        GapReport(
            gaps: rules.flatMap { rule in
                let gaps = rule.findGaps(in: graph)
                PhaseClock.analysis.phase("rule \(rule.id)")
                return gaps
            })
    }
}
