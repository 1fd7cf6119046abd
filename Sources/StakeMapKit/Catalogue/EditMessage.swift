/// What the edit commands (add, set, involve, link, remove, rename, merge, undo,
/// accept, snapshot) say they did, and why they refused.
public indirect enum EditMessage: CatalogueText, Equatable {
    // What was done.
    case dryRun(EditMessage)
    case involvedAlready(NodeLabel, steps: [InvolvementStep], removing: Bool)
    case involved(NodeLabel, now: [InvolvementStep])
    case link(LinkEdit, source: String, kind: EdgeKind, target: String)
    case removed([NodeLabel], subUnits: Int, links: Int)
    case movedSide(NodeLabel, others: Int, side: Side)
    case unchanged(NodeLabel)
    /// `set`: the node's own changes, and how many links were added, removed, changed.
    case changed(NodeLabel, changes: [AttributeChange], linksAdded: Int, linksRemoved: Int, linksChanged: Int)
    case added(name: String, kind: NodeKind, side: Side, id: String)
    case sameName(NodeLabel)
    case samePath(NodeLabel)
    case renamedPerson(NodeLabel, name: String, id: String)
    case renamed(NodeLabel, name: String, id: String)
    case renamedUnit(from: String, to: String, id: String, subUnits: Int)
    case merged(NodeLabel, into: NodeLabel, links: Int, subUnits: Int, dropped: Int)
    case undid(number: Int64, command: String, counts: [UndoCount: Int])
    case accepted(rule: String, GapSubject, reason: String)
    case unaccepted(rule: String, GapSubject)
    // Why nothing was done.
    case badWeight(String)
    case noSuchLink(source: String, kind: EdgeKind, target: String)
    case unitNotEmpty(NodeLabel, members: Int, subUnits: Int)
    case noSteps
    case notAStep(String, allowsAll: Bool)
    case notALinkKind(String)
    case nothingToSet
    case personSideAgainstUnit(name: String, unitPath: String, unitSide: Side, side: Side)
    case noLettersForID(String, option: Bool)
    case idTaken(kind: NodeKind, side: Side, id: String)
    case notAnAttribute(option: String, kind: NodeKind)
    case cannotUnset(option: String, kind: NodeKind, allowed: [String])
    /// The import's checks of an `add` or `set`, their column names read as options.
    case rowRefused([InputIssue])
    case linkRule(LinkProblem)
    case reference(ReferenceMessage)
    case emptyName
    case idOfOther(newID: String, name: String, kind: NodeKind, id: String)
    case mergeIntoItself(NodeLabel)
    case mergeKinds(NodeLabel, into: NodeLabel)
    case mergeSides(NodeLabel, into: NodeLabel, id: String)
    case mergeIntoSubUnit(NodeLabel, into: NodeLabel)
    case emptyPathLevel(String)
    case moveIntoItself(newPath: String, oldPath: String)
    case pathLevelWithoutLetters(String)
    case pathIDTaken(path: String, id: String, kind: NodeKind)
    case pathSideDiffers(path: String, side: Side)
    case nestedUnitSide(NodeLabel, parent: String, side: Side, id: String)
    case sideBreaksLink(NodeLabel, side: Side, problem: LinkProblem)
    case nothingToUndo
    case cannotUndo(number: Int64, command: String)
    case noReason
    case noSuchGap(GapSubject, rule: String, has: [String])
    case notAccepted(rule: String, GapSubject)
    case noSuchRule(String)
    case snapshotTaken(name: String, changeSet: Int64, time: String)
    case snapshotWithoutName
    case snapshotNameReads(String)
}

extension EditMessage {
    /// The import's problems with an `add` or `set` row, its columns named as the options
    /// they came from: `column "--power": …` reads `--power: …`.
    static func asOptions(_ issues: [InputIssue], _ language: Language) -> String {
        issues.map { issue in
            issue.problem.text(in: language).replacingOccurrences(
                of: #"(column|kolom) "--([a-z-]+)""#, with: "--$2", options: .regularExpression)
        }.joined(separator: "; ")
    }
}

/// What `link` and `unlink` did to a link.
public enum LinkEdit: CaseIterable, Sendable { case added, updated, unchanged, removed }

/// What an undo counts.
public enum UndoCount: CaseIterable, Sendable {
    case nodesBack, nodesChangedBack, nodesRemoved, linksBack, linksChangedBack, linksRemoved, acceptancesChangedBack
}

/// What a gap belongs to: a node, or a step for `step-without-internal`.
public enum GapSubject: Equatable, Sendable {
    case node(NodeLabel)
    case step(InvolvementStep)

    func text(in language: Language) -> String {
        switch self {
        case .node(let label): label.text(in: language)
        case .step(let step): language == .nl ? "de stap \(step.name(in: .nl))" : "the step \(step.displayName)"
        }
    }
}
