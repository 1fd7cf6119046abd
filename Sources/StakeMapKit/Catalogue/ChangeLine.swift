/// One change of a change in progress, as `import --dry-run`, `undo --dry-run`
/// and `set` show it: `+` added, `-` removed, `~` changed with each attribute `old → new`.
public enum ChangeLine: CatalogueText, Equatable {
    case nodeAdded(kind: NodeKind, side: Side, label: String, steps: [InvolvementStep])
    case nodeRemoved(kind: NodeKind, side: Side, label: String)
    case nodeChanged(kind: NodeKind, side: Side, label: String, changes: [AttributeChange])
    case linkAdded(source: String, kind: EdgeKind, target: String, weight: Int?, note: String?)
    case linkChanged(source: String, kind: EdgeKind, target: String, changes: [AttributeChange])
    case linkRemoved(source: String, kind: EdgeKind, target: String)
}

/// One attribute's change: a value from one to another, or a set (steps, tools) gaining and losing members.
public enum AttributeChange: Equatable, Sendable {
    /// Text values are quoted; nil is unset.
    case value(attribute: String, from: StoredText?, to: StoredText?)
    case members(attribute: String, added: [String], removed: [String])
}

/// A stored value as a change shows it: text in quotes, numbers as they are.
public enum StoredText: Equatable, Sendable {
    case text(String)
    case number(String)
}

extension ChangeLine {
    public static var examples: [ChangeLine] {
        let level = AttributeChange.value(attribute: "level", from: .text("inform"), to: .text("advise"))
        return [
            .nodeAdded(kind: .person, side: .internal, label: "erik (Erik Willems)", steps: [.frame]),
            .nodeRemoved(kind: .unit, side: .internal, label: "gemeente-dalmeer-verkeer"),
            .nodeChanged(
                kind: .group, side: .external, label: "ondernemers (Ondernemers)",
                changes: [level, .members(attribute: "steps", added: ["plan"], removed: ["start"])]),
            .linkAdded(source: "erik", kind: .influences, target: "petra", weight: 4, note: "via de raad"),
            .linkChanged(
                source: "erik", kind: .influences, target: "petra",
                changes: [.value(attribute: "weight", from: .number("3"), to: .number("5"))]),
            .linkRemoved(source: "erik", kind: .memberOf, target: "verkeer"),
        ]
    }

    public var isLink: Bool {
        switch self {
        case .nodeAdded, .nodeRemoved, .nodeChanged: false
        case .linkAdded, .linkChanged, .linkRemoved: true
        }
    }
}
