extension ListingMessage {
    public var english: String {
        switch self {
        case .heading(let column):
            switch column {
            case .id: "ID"
            case .name: "NAME"
            case .side: "SIDE"
            case .unit: "UNIT"
            case .steps: "FGPS"
            case .level: "LEVEL"
            case .people: "PEOPLE"
            case .contacts: "CONTACTS"
            case .tools: "TOOLS"
            case .required: "REQUIRED"
            case .heldBy: "HELD BY"
            case .source: "SOURCE"
            case .kind: "KIND"
            case .target: "TARGET"
            case .weight: "WEIGHT"
            }
        case .sideCell(let side): side == .internal ? "in" : "out"
        case .stepMask(let steps): Self.mask(steps, .en)
        case .stepsLegend: "FGPS: involved in frame, goals, plan, start"
        case .emptySection(let section): "No \(section.rawValue) yet."
        case .noneMatch(let section): "No \(section.rawValue) match these filters."
        case .showTitle(let name, let kind, let side): "\(name) (\(side.rawValue) \(kind.rawValue))"
        case .field(let field):
            switch field {
            case .id: "id"
            case .path: "path"
            case .power: "power"
            case .interest: "interest"
            case .legitimacy: "legitimacy"
            case .urgency: "urgency"
            case .salience: "salience"
            case .level: "level"
            case .steps: "steps"
            case .tools: "tools"
            case .required: "required"
            case .email: "email"
            case .notes: "notes"
            }
        case .stepList(let steps): steps.isEmpty ? "none" : steps.map(\.displayName).joined(separator: ", ")
        case .showLink(let kind, let outgoing, let name, let id, let weight, let note):
            "\(kind.rawValue) \(outgoing ? "→" : "←") \(name) [\(id)]" + (weight.map { " weight \($0)" } ?? "")
                + (note.map { " — \($0)" } ?? "")
        case .linksOut(let count): "links out (\(count)):"
        case .linksIn(let count): "links in (\(count)):"
        }
    }
}
