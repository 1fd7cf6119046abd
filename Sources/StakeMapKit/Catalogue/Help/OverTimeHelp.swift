/// The `--help` of the commands about the graph over time: `undo`, `snapshot`,
/// `diff`, `accept`, `unaccept`, `history`.
public enum OverTimeHelp: CatalogueText, CaseIterable {
    /// `--format` of `snapshot --list`, `diff` and `history`.
    case tableOrJSON
    case undoAbstract, undoDiscussion
    case snapshotAbstract, snapshotDiscussion, snapshotName, snapshotNote, snapshotList, snapshotFormat
    case diffAbstract, diffDiscussion, diffFrom, diffTo
    case acceptAbstract, acceptDiscussion, acceptRule, acceptReason
    case unacceptAbstract, unacceptDiscussion, unacceptRule
    case historyAbstract, historyDiscussion, historyNode, historyLimit

    public static var examples: [OverTimeHelp] { allCases }
}
