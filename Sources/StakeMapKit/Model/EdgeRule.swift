/// Which nodes a link of each kind may join: the one table that the
/// import's row checks, its end-of-import checks and the edit commands use.
public enum EdgeRule {
    /// One end of a link as the rules see it.
    public struct End: Equatable, Sendable {
        public let id: String
        public let kind: NodeKind
        public let side: Side

        public init(id: String, kind: NodeKind, side: Side) {
            self.id = id
            self.kind = kind
            self.side = side
        }
    }

    /// Nil when a link of `kind` may go from `source` to `target`; else why not.
    public static func check(_ kind: EdgeKind, from source: End, to target: End) -> LinkProblem? {
        if source.id == target.id { return .toItself(id: source.id) }
        switch kind {
        case .influences:
            return nil
        case .reportsTo:
            guard source.kind != .person || target.kind != .person else { return nil }
            return .managerNotAPerson(source: source, target: target)
        case .hasRole:
            guard source.kind != .person || target.kind != .role else { return nil }
            return .roleNotOfAPerson(source: source, target: target)
        case .contactFor:
            let internalContact = (source.kind == .person || source.kind == .unit) && source.side == .internal
            guard !internalContact || target.kind != .group else { return nil }
            return .contactNotInternal(source: source, target: target)
        case .memberOf:
            if source.kind == .person && target.kind == .group { return nil }
            if source.kind == .person && target.kind == .unit && source.side == target.side { return nil }
            return .memberOfWrongEnds(source: source, target: target)
        }
    }

    /// ``check(_:from:to:)``'s problem in English, for the callers that do not
    /// yet render it in the user's language (`stakemap link`).
}
