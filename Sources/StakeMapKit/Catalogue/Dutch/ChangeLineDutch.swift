extension ChangeLine {
    public var dutch: String {
        switch self {
        case .nodeAdded(let kind, let side, let label, let steps):
            "+ \(kind.name(on: side, in: .nl)) \(label)"
                + (steps.isEmpty ? "" : ", stappen " + steps.map { $0.name(in: .nl) }.joined(separator: ", "))
        case .nodeRemoved(let kind, let side, let label): "- \(kind.name(on: side, in: .nl)) \(label)"
        case .nodeChanged(let kind, let side, let label, let changes):
            "~ \(kind.name(on: side, in: .nl)) \(label): " + Self.dutch(changes)
        case .linkAdded(let source, let kind, let target, let weight, let note):
            "+ relatie \(source) —\(Word.linkKind(kind).dutch)→ \(target)" + (weight.map { " (gewicht \($0))" } ?? "")
                + (note.map { ", notitie \"\($0)\"" } ?? "")
        case .linkChanged(let source, let kind, let target, let changes):
            "~ relatie \(source) —\(Word.linkKind(kind).dutch)→ \(target): " + Self.dutch(changes)
        case .linkRemoved(let source, let kind, let target): "- relatie \(source) —\(Word.linkKind(kind).dutch)→ \(target)"
        }
    }

    /// The attributes as Dutch names them.
    static let dutchNames = [
        "name": "naam", "side": "kant", "power": "macht", "interest": "belang", "level": "niveau", "email": "e-mail",
        "notes": "notities", "path": "pad", "required": "verplicht", "steps": "stappen", "tools": "middelen",
        "weight": "gewicht", "note": "notitie", "unit": "afdeling", "roles": "rollen", "groups": "doelgroepen",
        "contact_for": "contactpersoon voor", "contact": "contactpersonen", "influences": "beïnvloedt",
        "reports_to": "rapporteert aan", "parent": "bovenliggend", "legitimacy": "legitimiteit", "urgency": "urgentie",
        "salience": "saillantie",
    ]

    /// A stored word of the model in Dutch (`inform` → `informeren`); other values as they are.
    static func dutchWord(_ attribute: String, _ value: String) -> String {
        switch attribute {
        case "level": Level(rawValue: value)?.name(in: .nl) ?? value
        case "side": Side(rawValue: value)?.name(in: .nl) ?? value
        case "steps": InvolvementStep(rawValue: value)?.name(in: .nl) ?? value
        case "salience": Salience(rawValue: value)?.name(in: .nl) ?? value
        default: value
        }
    }

    /// The attributes by their Dutch names, the model's words in Dutch: `niveau "informeren" → "adviseren"`.
    static func dutch(_ changes: [AttributeChange]) -> String {
        let names = dutchNames
        let word = dutchWord
        func shown(_ attribute: String, _ value: StoredText?) -> String {
            switch value {
            case nil: "(leeg)"
            case .text(let text): "\"\(word(attribute, text))\""
            case .number(let number): attribute == "required" ? Word.yes(number != "0").dutch : number
            }
        }
        return changes.map { change in
            switch change {
            case .value(let attribute, let from, let to):
                "\(names[attribute] ?? attribute) \(shown(attribute, from)) → \(shown(attribute, to))"
            case .members(let attribute, let added, let removed):
                "\(names[attribute] ?? attribute) "
                    + (added.map { "+" + word(attribute, $0) } + removed.map { "-" + word(attribute, $0) }).joined(separator: " ")
            }
        }.joined(separator: "; ")
    }
}
