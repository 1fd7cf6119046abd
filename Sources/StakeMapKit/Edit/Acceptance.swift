/// `accept` and `unaccept`: a gap the team decided to leave, and back.
extension GraphEditor {
    /// Accepts the gap of `rule` at the node (or, for `step-without-internal`,
    /// the step) `reference` names; a gap that does not exist now is an error
    /// that lists the gaps that node has.
    public static func accept(
        _ store: StakeMapStore, rule: String, _ reference: String, reason: String, dryRun: Bool = false
    ) throws -> EditMessage {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw StakeMapError.editRefused(.noReason) }
        let gaps = try GapFinder.allGaps(store).gaps
        return try edit(store, dryRun: dryRun) { graph in
            let (node, label) = try target(rule: rule, reference, graph)
            guard gaps.contains(where: { $0.rule == rule && $0.node == node }) else {
                let own = gaps.filter { $0.node == node }.map(\.rule)
                throw StakeMapError.editRefused(.noSuchGap(label, rule: rule, has: own))
            }
            try graph.accept(rule: rule, node: node, reason: reason, user: store.author.user)
            return .accepted(rule: rule, label, reason: reason)
        }
    }

    public static func unaccept(_ store: StakeMapStore, rule: String, _ reference: String, dryRun: Bool = false) throws
        -> EditMessage
    {
        try edit(store, dryRun: dryRun) { graph in
            let (node, label) = try target(rule: rule, reference, graph)
            guard try graph.unaccept(rule: rule, node: node) else {
                throw StakeMapError.editRefused(.notAccepted(rule: rule, label))
            }
            return .unaccepted(rule: rule, label)
        }
    }

    /// The node id a gap of `rule` is recorded under, and how to name it.
    private static func target(rule: String, _ reference: String, _ graph: GraphWriter) throws -> (String, GapSubject) {
        guard GapFinder.ruleIDs.contains(rule) else { throw StakeMapError.editRefused(.noSuchRule(rule)) }
        if rule == "step-without-internal" {
            guard let step = InvolvementStep(input: reference) else {
                throw StakeMapError.editRefused(.notAStep(reference, allowsAll: false))
            }
            return (step.rawValue, .step(step))
        }
        let (id, entry) = try NodeReference.resolve(reference, in: graph)
        return (id, .node(try describe(id, entry, graph)))
    }
}
