/// The words of `stakemap status`.
public enum StatusMessage: CatalogueText, Equatable {
    /// The frame step has people or units inside: `2 internal people and 1 unit`.
    case frameInvolved(people: Int, units: Int)
    case frameMissing
    case countsHeading(StatusCountColumn)
    case kindRow(NodeKind)
    case linksRow
    case stepsHeading(StatusStepColumn)
    /// The step as the steps table names it: `frame (kaders)` / `kaders`.
    case stepName(InvolvementStep)
    case stepMissingLegend
    case noGaps(accepted: Int)
    case gaps(high: Int, medium: Int, low: Int, accepted: Int)
    /// The latest snapshot and the change sets since.
    case snapshot(name: String, changeSet: Int64, time: String, since: Int)
}

public enum StatusCountColumn: CaseIterable, Sendable { case total, `internal`, external, involved }
public enum StatusStepColumn: CaseIterable, Sendable { case step, internalPeople, internalUnits, groups, externalOthers }

extension StatusMessage {
    public static var examples: [StatusMessage] {
        [.frameInvolved(people: 3, units: 2), .frameMissing] + StatusCountColumn.allCases.map(StatusMessage.countsHeading)
            + NodeKind.allCases.map(StatusMessage.kindRow) + [.linksRow]
            + StatusStepColumn.allCases.map(StatusMessage.stepsHeading) + [.stepName(.frame), .stepMissingLegend]
            + [
                .noGaps(accepted: 0), .noGaps(accepted: 2), .gaps(high: 3, medium: 4, low: 5, accepted: 0),
                .gaps(high: 3, medium: 4, low: 5, accepted: 2),
                .snapshot(name: "sessie-1", changeSet: 12, time: "2026-03-12 10:00:00", since: 0),
                .snapshot(name: "sessie-1", changeSet: 12, time: "2026-03-12 10:00:00", since: 3),
            ]
    }
}
