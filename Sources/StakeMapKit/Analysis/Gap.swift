/// How urgently a gap needs the project leader's attention: `high` gaps are holes
/// in who is involved that will hurt the trajectory, `low` ones are loose ends.
public enum Severity: String, CaseIterable, Comparable, Sendable, Codable {
    case low, medium, high

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// Reads `high`/`hoog`, `medium`/`middel`, `low`/`laag`, in any case.
    public init?(input: String) {
        switch input.lowercased() {
        case "high", "hoog": self = .high
        case "medium", "middel": self = .medium
        case "low", "laag": self = .low
        default: return nil
        }
    }

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }
}

/// One gap in who is involved: a node (or, for `step-without-internal`, a step)
/// that a rule found, with a message that says what is missing and what to do.
public struct Gap: Equatable, Sendable {
    /// The rule's id, e.g. `uninvolved-unit`.
    public var rule: String
    public var severity: Severity
    /// The node's id; for `step-without-internal` the step id (`frame`, …).
    public var node: String
    /// The node's name; for a step its English and Dutch name, e.g. `frame (kaders)`.
    public var name: String
    /// The node's kind (`person`, `unit`, `role`, `group`) or `step`.
    public var kind: String
    /// What the rule found and what to do, in either language.
    public var finding: GapText
    /// The finding in English, as JSON and CSV give it.
    public var message: String { finding.english }

    public init(rule: String, severity: Severity, node: String, name: String, kind: String, finding: GapText) {
        self.rule = rule
        self.severity = severity
        self.node = node
        self.name = name
        self.kind = kind
        self.finding = finding
    }
}

/// The gaps of one run, sorted by severity (high first), then rule id, then node id,
/// with how many there are of each severity.
public struct GapReport: Equatable, Sendable {
    public var gaps: [Gap]
    /// Gaps per severity, every severity present (0 when none); counts the gaps in `gaps`.
    public var counts: [Severity: Int]
    /// How many gaps that exist now were accepted, and so left out of `gaps` and `counts`.
    public var accepted = 0

    /// A report over `gaps`, which must already be in report order.
    public init(gaps: [Gap]) {
        self.gaps = gaps
        var counts = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, 0) })
        for gap in gaps { counts[gap.severity, default: 0] += 1 }
        self.counts = counts
    }

    /// The report without the gaps in `accepted` (by rule and node), counting them.
    public func leavingOut(_ accepted: [AcceptedGap]) -> GapReport {
        guard !accepted.isEmpty else { return self }
        let keys = Set(accepted.map { "\($0.rule)\t\($0.node)" })
        var report = GapReport(gaps: gaps.filter { !keys.contains("\($0.rule)\t\($0.node)") })
        report.accepted = gaps.count - report.gaps.count
        return report
    }

    /// The most severe gap in the report, nil when there is none (for `--fail-on`).
    public var highestSeverity: Severity? { gaps.map(\.severity).max() }
}
