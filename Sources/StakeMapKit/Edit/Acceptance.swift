/// `accept` and `unaccept` (SPEC §7): a gap the team decided to leave, and back.
extension GraphEditor {
    /// Accepts the gap of `rule` at the node (or, for `step-without-internal`,
    /// the step) `reference` names; a gap that does not exist now is an error
    /// that lists the gaps that node has.
    public static func accept(
        _ store: StakeMapStore, rule: String, _ reference: String, reason: String, dryRun: Bool = false
    ) throws -> String {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw StakeMapError.editRefused("--reason: say why the team leaves this gap, e.g. --reason \"besloten in de stuurgroep\"")
        }
        let gaps = try GapFinder.allGaps(store).gaps
        return try edit(store, dryRun: dryRun) { graph in
            let (node, label) = try target(rule: rule, reference, graph)
            guard gaps.contains(where: { $0.rule == rule && $0.node == node }) else {
                let own = gaps.filter { $0.node == node }.map(\.rule)
                let has = own.isEmpty ? "has no gaps now" : "has only these gaps now: \(own.joined(separator: ", "))"
                throw StakeMapError.editRefused("\(label) has no \(rule) gap to accept; it \(has) (see `stakemap gaps`)")
            }
            try graph.accept(rule: rule, node: node, reason: reason, user: store.author.user)
            return "accepted the \(rule) gap of \(label): \(reason)"
        }
    }

    public static func unaccept(_ store: StakeMapStore, rule: String, _ reference: String, dryRun: Bool = false) throws
        -> String
    {
        try edit(store, dryRun: dryRun) { graph in
            let (node, label) = try target(rule: rule, reference, graph)
            guard try graph.unaccept(rule: rule, node: node) else {
                throw StakeMapError.editRefused(
                    "the \(rule) gap of \(label) was not accepted (see `stakemap gaps --accepted`)")
            }
            return "the \(rule) gap of \(label) counts again"
        }
    }

    /// The node id a gap of `rule` is recorded under, and how to name it.
    private static func target(rule: String, _ reference: String, _ graph: GraphWriter) throws -> (String, String) {
        guard GapFinder.ruleIDs.contains(rule) else {
            throw StakeMapError.editRefused(
                "there is no gap rule \"\(rule)\"; the rules are \(GapFinder.ruleIDs.joined(separator: ", "))")
        }
        if rule == "step-without-internal" {
            guard let step = InvolvementStep(input: reference) else {
                throw StakeMapError.editRefused(
                    "\"\(reference)\" is not a step; use frame, goals, plan, start (kaders, doelen, plan, starten)")
            }
            return (step.rawValue, "the step \(step.displayName)")
        }
        let (id, entry) = try NodeReference.resolve(reference, in: graph)
        return (id, try describe(id, entry, graph))
    }
}
