/// The `--help` of `stakemap centrality`.
public enum CentralityHelp: CatalogueText, CaseIterable {
    case abstract, discussion, measure, top, kind, side, sample, format

    public static var examples: [CentralityHelp] { allCases }
}
