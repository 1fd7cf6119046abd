/// The words of the model, as people read them: sides, kinds, levels, steps,
/// severities, link kinds. The stored words (`internal`, `inform`, …) are the
/// raw values of the model's types; these are what tables and pictures show.
public enum Word: CatalogueText, Equatable {
    case side(Side)
    /// The side as the heading of its half of the map: Organisation / Outside world.
    case sideHeading(Side)
    /// A kind; a unit is a department inside and an organisation outside.
    case kind(NodeKind, Side)
    case level(Level)
    case step(InvolvementStep)
    /// The step's initial, as on the map: F G P S in English, K D P S in Dutch.
    case stepInitial(InvolvementStep)
    case severity(Severity)
    case linkKind(EdgeKind)
    /// `yes` / `no`.
    case yes(Bool)
    /// `nobody`, `none`: an empty list in a table.
    case none
}

/// `a, b or c` (`a, b of c` with `or: "of"`): a list in a sentence.
func spelledList(_ items: [String], or: String) -> String {
    items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " \(or) " + items.last!
}

extension Side {
    public func name(in language: Language) -> String { Word.side(self).text(in: language) }
}

extension Level {
    public func name(in language: Language) -> String { Word.level(self).text(in: language) }
}

extension InvolvementStep {
    public func name(in language: Language) -> String { Word.step(self).text(in: language) }
    public func initial(in language: Language) -> String { Word.stepInitial(self).text(in: language) }
}

extension Severity {
    public func name(in language: Language) -> String { Word.severity(self).text(in: language) }
}

extension NodeKind {
    /// The kind's name; a unit on the outside is an organisation.
    public func name(on side: Side, in language: Language) -> String { Word.kind(self, side).text(in: language) }
}

extension Word {
    /// Every case with representative values, for the test that walks the catalogue.
    public static var examples: [Word] {
        Side.allCases.map(Word.side) + Side.allCases.map(Word.sideHeading)
            + NodeKind.allCases.flatMap { kind in Side.allCases.map { Word.kind(kind, $0) } }
            + Level.allCases.map(Word.level) + InvolvementStep.allCases.map(Word.step)
            + InvolvementStep.allCases.map(Word.stepInitial) + Severity.allCases.map(Word.severity)
            + EdgeKind.allCases.map(Word.linkKind) + [.yes(true), .yes(false), .none]
    }
}
