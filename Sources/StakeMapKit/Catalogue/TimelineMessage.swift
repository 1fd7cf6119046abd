/// The words of `history`, `snapshot --list` and `diff`.
public enum TimelineMessage: CatalogueText, Equatable {
    case noChanges
    case historyHeading(HistoryColumn)
    case undoneBy(Int64)
    case snapshotNames([String])
    case noSnapshots
    case snapshotHeading(SnapshotColumn)
    /// `diff FROM → TO`, each state described by ``state(reference:changeSet:time:)``.
    case diffTitle(from: String, to: String)
    /// A state: its reference with change set and time, or the empty graph when `time` is nil.
    case state(reference: String, changeSet: Int64, time: String?)
    case nothingChanged
    case diffSection(DiffSection, count: Int)
    case joined([String])
    case left([String])
    /// A value as a change shows it when it is unset, an empty list, yes or no.
    case unset
    case noValues
}

public enum HistoryColumn: CaseIterable, Sendable { case change, time, user, nodes, links, command }
public enum SnapshotColumn: CaseIterable, Sendable { case name, after, time, user, note }
public enum DiffSection: CaseIterable, Sendable {
    case nodesAdded, nodesRemoved, nodesChanged, linksAdded, linksRemoved, linksChanged, involvement, gapsOpened, gapsClosed
}

extension TimelineMessage {
    public static var examples: [TimelineMessage] {
        [.noChanges] + HistoryColumn.allCases.map(TimelineMessage.historyHeading)
            + [.undoneBy(14), .snapshotNames(["sessie-1", "sessie-2"]), .noSnapshots]
            + SnapshotColumn.allCases.map(TimelineMessage.snapshotHeading)
            + [
                .diffTitle(from: "sessie-1 (#3)", to: "now (#9)"),
                .state(reference: "sessie-1", changeSet: 3, time: "2026-03-12 10:00:00"),
                .state(reference: "sessie-0", changeSet: 0, time: nil), .nothingChanged,
            ] + DiffSection.allCases.map { TimelineMessage.diffSection($0, count: 4) }
            + [.joined(["Erik Willems", "Verkeer"]), .left(["Nadia Amrani"]), .unset, .noValues]
    }
}
