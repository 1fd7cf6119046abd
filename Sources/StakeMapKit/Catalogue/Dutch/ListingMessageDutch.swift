extension ListingMessage {
    public var dutch: String {
        switch self {
        case .heading(let column):
            switch column {
            case .id: "ID"
            case .name: "NAAM"
            case .side: "KANT"
            case .unit: "AFDELING"
            case .steps: "KDPS"
            case .level: "NIVEAU"
            case .people: "MENSEN"
            case .contacts: "CONTACTEN"
            case .tools: "MIDDELEN"
            case .required: "VERPLICHT"
            case .heldBy: "VERVULD DOOR"
            case .source: "VAN"
            case .kind: "SOORT"
            case .target: "NAAR"
            case .weight: "GEWICHT"
            }
        case .sideCell(let side): side == .internal ? "binnen" : "buiten"
        case .stepMask(let steps): Self.mask(steps, .nl)
        case .stepsLegend: "KDPS: betrokken bij kaders, doelen, plan, starten"
        case .emptySection(let section):
            switch section {
            case .people: "Nog geen personen."
            case .units: "Nog geen afdelingen of organisaties."
            case .groups: "Nog geen doelgroepen."
            case .roles: "Nog geen rollen."
            case .links: "Nog geen relaties."
            }
        case .noneMatch(let section):
            switch section {
            case .people: "Geen personen die aan deze filters voldoen."
            case .units: "Geen afdelingen of organisaties die aan deze filters voldoen."
            case .groups: "Geen doelgroepen die aan deze filters voldoen."
            case .roles: "Geen rollen die aan deze filters voldoen."
            case .links: "Geen relaties die aan deze filters voldoen."
            }
        case .showTitle(let name, let kind, let side):
            "\(name) (\(kind.name(on: side, in: .nl)), \(side.name(in: .nl)))"
        case .field(let field):
            switch field {
            case .id: "id"
            case .path: "pad"
            case .power: "macht"
            case .interest: "belang"
            case .legitimacy: "legitimiteit"
            case .urgency: "urgentie"
            case .salience: "saillantie"
            case .level: "niveau"
            case .steps: "stappen"
            case .tools: "middelen"
            case .required: "verplicht"
            case .email: "e-mail"
            case .notes: "notities"
            }
        case .stepList(let steps): steps.isEmpty ? "geen" : steps.map { $0.name(in: .nl) }.joined(separator: ", ")
        case .showLink(let kind, let outgoing, let name, let id, let weight, let note):
            "\(Word.linkKind(kind).dutch) \(outgoing ? "→" : "←") \(name) [\(id)]" + (weight.map { " gewicht \($0)" } ?? "")
                + (note.map { " — \($0)" } ?? "")
        case .linksOut(let count): "relaties uit (\(count)):"
        case .linksIn(let count): "relaties in (\(count)):"
        }
    }
}
