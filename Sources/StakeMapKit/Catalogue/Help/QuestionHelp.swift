/// The `--help` of `paths` and `reach`.
public enum QuestionHelp: CatalogueText, CaseIterable {
    case pathsAbstract, pathsDiscussion, pathsFrom, pathsTo, pathsMax
    case reachAbstract, reachDiscussion, reachNode, reachVia, reachDepth, reachSide
    case tableOrJSON
    case listUnit, listStep, listLevel, listSide, listRole, listQuadrant

    public static var examples: [QuestionHelp] { allCases }
}
