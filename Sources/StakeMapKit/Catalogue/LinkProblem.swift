/// Why a link may not join two nodes: what ``EdgeRule`` finds, for
/// the import and the edit commands. The link kinds are shown as stored
/// (`reports_to`), the kinds and sides of the ends in the user's language.
public enum LinkProblem: CatalogueText, Equatable {
    /// A link from a node to itself.
    case toItself(id: String)
    /// `reports_to` between others than two people.
    case managerNotAPerson(source: EdgeRule.End, target: EdgeRule.End)
    /// `has_role` between others than a person and a role.
    case roleNotOfAPerson(source: EdgeRule.End, target: EdgeRule.End)
    /// `contact_for` from other than an internal person or unit, or to other than a target group.
    case contactNotInternal(source: EdgeRule.End, target: EdgeRule.End)
    /// `member_of` between others than a person and a unit of its side or a target group.
    case memberOfWrongEnds(source: EdgeRule.End, target: EdgeRule.End)
}

extension LinkProblem {
    /// Every case with representative values, for the test that walks the catalogue.
    public static var examples: [LinkProblem] {
        let person = EdgeRule.End(id: "p.hoekstra", kind: .person, side: .internal)
        let firm = EdgeRule.End(id: "kempenlijn", kind: .unit, side: .external)
        let role = EdgeRule.End(id: "wethouder", kind: .role, side: .internal)
        return [
            .toItself(id: "p.hoekstra"), .managerNotAPerson(source: person, target: firm),
            .roleNotOfAPerson(source: firm, target: role), .contactNotInternal(source: firm, target: role),
            .memberOfWrongEnds(source: person, target: firm),
        ]
    }
}
