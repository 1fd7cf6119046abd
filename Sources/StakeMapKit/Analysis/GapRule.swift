/// One check of the stakeholder graph that finds one kind of gap.
/// A rule makes one pass over the ``AnalysisGraph`` and returns its gaps in node id order.
protocol GapRule: Sendable {
    /// The id used by `--rule` and in the reports, e.g. `uninvolved-unit`.
    static var id: String { get }
    static var severity: Severity { get }
    static func findGaps(in graph: AnalysisGraph) -> [Gap]
}

extension GapRule {
    /// A gap of this rule about node `node`.
    static func gap(_ graph: AnalysisGraph, _ node: Int, _ finding: GapText) -> Gap {
        Gap(
            rule: id, severity: severity, node: graph.id(node), name: graph.name(node),
            kind: graph.kinds[node].rawValue, finding: finding)
    }
}
