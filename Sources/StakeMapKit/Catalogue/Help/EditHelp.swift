/// The `--help` of the commands that edit the graph by hand: `add`, `set`,
/// `involve`, `uninvolve`, `link`, `unlink`, `remove`, `rename`, `merge`
/// (their attribute options are `AttributeHelp`).
public enum EditHelp: CatalogueText, CaseIterable {
    /// `--dry-run` of every edit command.
    case dryRun
    /// A node argument: its id or name.
    case node
    case addAbstract, addDiscussion, addKind, addName, addID
    case setAbstract, setDiscussion, setUnset
    case involveAbstract, involveDiscussion, involveNode, involveSteps
    case uninvolveAbstract, uninvolveDiscussion, uninvolveSteps
    case linkAbstract, linkDiscussion, linkSource, linkKind, linkTarget, linkWeight, linkNote
    case unlinkAbstract, unlinkDiscussion
    case removeAbstract, removeDiscussion, removeNodes, removeCascade
    case renameAbstract, renameDiscussion, renameNewName
    case mergeAbstract, mergeDiscussion, mergeNode, mergeInto

    public static var examples: [EditHelp] { allCases }
}
