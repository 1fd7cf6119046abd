extension StatusMessage {
    public var dutch: String {
        switch self {
        case .frameInvolved(let people, let units):
            "Kaders: \(Self.dutchInside(people: people, units: units)) betrokken — goed, 9 van de 10 trajecten slaan deze stap over"
        case .frameMissing:
            "LET OP kaders: niemand van binnen is betrokken — 9 van de 10 trajecten slaan deze stap over. Betrek collega's en afdelingen voordat u naar buiten gaat."
        case .countsHeading(let column):
            switch column {
            case .total: "totaal"
            case .internal: "intern"
            case .external: "extern"
            case .involved: "betrokken"
            }
        case .kindRow(let kind):
            switch kind {
            case .person: "personen"
            case .unit: "afdelingen"
            case .role: "rollen"
            case .group: "doelgroepen"
            }
        case .linksRow: "relaties"
        case .stepsHeading(let column):
            switch column {
            case .step: "stap"
            case .internalPeople: "mensen intern"
            case .internalUnits: "afdelingen"
            case .groups: "doelgroepen"
            case .externalOthers: "overig extern"
            }
        case .stepName(let step): step.name(in: .nl)
        case .stepMissingLegend: "(! = niemand van binnen is bij deze stap betrokken)"
        case .noGaps(let accepted):
            "Knelpunten: geen gevonden." + (accepted == 0 ? "" : " (nog \(accepted) geaccepteerd: `stakemap gaps --accepted`)")
        case .gaps(let high, let medium, let low, let accepted):
            "Knelpunten: \(high) hoog, \(medium) middel, \(low) laag — `stakemap gaps` toont ze en wat u kunt doen"
                + (accepted == 0 ? "" : " (nog \(accepted) geaccepteerd: `stakemap gaps --accepted`)")
        case .snapshot(let name, let changeSet, let time, let since):
            "Momentopname: \(name) (na #\(changeSet), \(time)); "
                + (since == 0
                    ? "sindsdien niets veranderd"
                    : "sindsdien \(since) \(since == 1 ? "wijziging" : "wijzigingen") — `stakemap diff` toont wat er veranderd is")
        }
    }
}

extension StatusMessage {
    /// "3 interne mensen en 1 afdeling" (the frame step's line here and in the report).
    static func dutchInside(people: Int, units: Int) -> String {
        [
            people > 0 ? "\(people) \(people == 1 ? "interne persoon" : "interne mensen")" : nil,
            units > 0 ? "\(units) \(units == 1 ? "afdeling" : "afdelingen")" : nil,
        ].compactMap { $0 }.joined(separator: " en ")
    }
}
