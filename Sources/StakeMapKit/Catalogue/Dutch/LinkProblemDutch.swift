extension LinkProblem {
    public var dutch: String {
        switch self {
        case .toItself(let id):
            "\"\(id)\" kan niet met zichzelf verbonden worden"
        case .managerNotAPerson(let source, let target):
            "leidinggevende (reports_to) verbindt een persoon met een persoon, maar \"\(source.id)\" is een "
                + "\(Self.kind(source)) en \"\(target.id)\" een \(Self.kind(target))"
        case .roleNotOfAPerson(let source, let target):
            "heeft rol (has_role) verbindt een persoon met een rol, maar \"\(source.id)\" is een "
                + "\(Self.kind(source)) en \"\(target.id)\" een \(Self.kind(target))"
        case .contactNotInternal(let source, let target):
            "contactpersoon voor (contact_for) verbindt een interne persoon of afdeling met een doelgroep, maar "
                + "\"\(source.id)\" is een \(Self.kindAndSide(source)) en \"\(target.id)\" een \(Self.kind(target))"
        case .memberOfWrongEnds(let source, let target):
            "lid van (member_of) verbindt een persoon met een afdeling of organisatie van dezelfde kant of met een "
                + "doelgroep (afdelingen hangen onder elkaar via hun pad), maar \"\(source.id)\" is een "
                + "\(Self.kindAndSide(source)) en \"\(target.id)\" een \(Self.kindAndSide(target))"
        }
    }

    private static func kind(_ end: EdgeRule.End) -> String { end.kind.name(on: end.side, in: .nl) }

    /// `interne persoon`, `externe organisatie`: every kind's Dutch name is a de-word.
    private static func kindAndSide(_ end: EdgeRule.End) -> String {
        "\(end.side == .internal ? "interne" : "externe") \(kind(end))"
    }
}
