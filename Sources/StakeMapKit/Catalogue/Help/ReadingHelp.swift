/// The `--help` of the commands that read the graph without changing it:
/// `list`, `show`, `status`, `gaps`.
public enum ReadingHelp: CatalogueText, CaseIterable {
    /// `--format` of `list` and `gaps`.
    case tableJSONOrCSV
    case listAbstract, listDiscussion, listWhat
    case showAbstract, showDiscussion, showNode
    case statusAbstract, statusDiscussion
    case gapsAbstract, gapsDiscussion, gapsRule, gapsSeverity, gapsFailOn, gapsAccepted

    public static var examples: [ReadingHelp] { allCases }
}
