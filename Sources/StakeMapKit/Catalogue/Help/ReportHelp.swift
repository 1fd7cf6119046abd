/// The `--help` of `stakemap report`.
public enum ReportHelp: CatalogueText, CaseIterable {
    case abstract, discussion, out, since, title, date

    public static var examples: [ReportHelp] { allCases }
}
