/// A step of the four in which nobody inside takes part: no internal person or
/// unit has it among its own steps. For `frame` (kaders) this is the classic
/// mistake — the step skipped nine times out of ten.
enum StepWithoutInternal: GapRule {
    static let id = "step-without-internal"
    static let severity = Severity.high

    static func findGaps(in graph: AnalysisGraph) -> [Gap] {
        var covered = StepSet()
        for node in 0..<graph.count
        where graph.sides[node] == .internal && (graph.kinds[node] == .person || graph.kinds[node] == .unit) {
            covered.formUnion(graph.steps[node])
        }
        return InvolvementStep.allCases.filter { !covered.contains(StepSet($0)) }.map { step in
            Gap(
                rule: id, severity: severity, node: step.rawValue, name: step.displayName, kind: "step",
                finding: .stepWithoutInternal(step))
        }
    }
}
