/// Which nodes a link of each kind may join (SPEC §1): the one table that the
/// import's row checks, its end-of-import checks and the edit commands use.
public enum EdgeRule {
    /// One end of a link as the rules see it.
    public struct End: Sendable {
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
    public static func problem(_ kind: EdgeKind, from source: End, to target: End) -> String? {
        if source.id == target.id { return selfLink(source.id) }
        switch kind {
        case .influences:
            return nil
        case .reportsTo:
            guard source.kind != .person || target.kind != .person else { return nil }
            return wrongManager(source.id, sourceKind: source.kind, target.id, targetKind: target.kind)
        case .hasRole:
            guard source.kind != .person || target.kind != .role else { return nil }
            return "has_role links a person to a role, but \"\(source.id)\" is a \(source.kind.rawValue) "
                + "and \"\(target.id)\" a \(target.kind.rawValue)"
        case .contactFor:
            let internalContact = (source.kind == .person || source.kind == .unit) && source.side == .internal
            guard !internalContact || target.kind != .group else { return nil }
            return "contact_for links an internal person or unit to a target group, but \"\(source.id)\" is an "
                + "\(source.side.rawValue) \(source.kind.rawValue) and \"\(target.id)\" a \(target.kind.rawValue)"
        case .memberOf:
            if source.kind == .person && target.kind == .group { return nil }
            if source.kind == .person && target.kind == .unit && source.side == target.side { return nil }
            return "member_of links a person to a unit of the same side or to a target group "
                + "(units nest by their path), but \"\(source.id)\" is an \(source.side.rawValue) "
                + "\(source.kind.rawValue) and \"\(target.id)\" an \(target.side.rawValue) \(target.kind.rawValue)"
        }
    }

    static func selfLink(_ id: String) -> String {
        "\"\(id)\" cannot be linked to itself"
    }

    static func wrongManager(_ source: String, sourceKind: NodeKind, _ target: String, targetKind: NodeKind) -> String {
        "reports_to links a person to a person, but \"\(source)\" is a \(sourceKind.rawValue) "
            + "and \"\(target)\" a \(targetKind.rawValue)"
    }

    static func unknownID(_ id: String) -> String {
        "unknown id \"\(id)\" (not in this file nor in the database)"
    }
}
