/// The `--help` of stakemap itself, of the options every command shares
/// (`--lang`, `--db`) and of the commands that fill and empty the database:
/// `init`, `import`, `export`. Abstracts, discussions with examples, and the
/// help of each option and argument.
public enum ProjectHelp: CatalogueText, CaseIterable {
    case stakemapAbstract, stakemapDiscussion
    case lang, langDiscussion, db, dbDiscussion
    case initAbstract, initDiscussion
    case importAbstract, importDiscussion, importKind, importFile, importDelimiter, importEncoding
    case importIgnoreUnknown, importDryRun, importSync, importSyncDiscussion
    case importSheet
    case exportAbstract, exportDiscussion, exportFormat, exportOut

    public static var examples: [ProjectHelp] { allCases }
}
