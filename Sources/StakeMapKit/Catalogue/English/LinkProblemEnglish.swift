extension LinkProblem {
    public var english: String {
        switch self {
        case .toItself(let id):
            "\"\(id)\" cannot be linked to itself"
        case .managerNotAPerson(let source, let target):
            "reports_to links a person to a person, but \"\(source.id)\" is a \(source.kind.rawValue) "
                + "and \"\(target.id)\" a \(target.kind.rawValue)"
        case .roleNotOfAPerson(let source, let target):
            "has_role links a person to a role, but \"\(source.id)\" is a \(source.kind.rawValue) "
                + "and \"\(target.id)\" a \(target.kind.rawValue)"
        case .contactNotInternal(let source, let target):
            "contact_for links an internal person or unit to a target group, but \"\(source.id)\" is an "
                + "\(source.side.rawValue) \(source.kind.rawValue) and \"\(target.id)\" a \(target.kind.rawValue)"
        case .memberOfWrongEnds(let source, let target):
            "member_of links a person to a unit of the same side or to a target group "
                + "(units nest by their path), but \"\(source.id)\" is an \(source.side.rawValue) "
                + "\(source.kind.rawValue) and \"\(target.id)\" an \(target.side.rawValue) \(target.kind.rawValue)"
        }
    }
}
