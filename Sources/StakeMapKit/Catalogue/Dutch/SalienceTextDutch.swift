extension SalienceText {
    public var dutch: String {
        switch self {
        case .salienceClass(let salience):
            switch salience {
            case .definitive: "definitief (macht, legitimiteit, urgentie)"
            case .dominant: "dominant (macht, legitimiteit)"
            case .dangerous: "gevaarlijk (macht, urgentie)"
            case .dependent: "afhankelijk (legitimiteit, urgentie)"
            case .dormant: "slapend (macht)"
            case .discretionary: "vrijblijvend (legitimiteit)"
            case .demanding: "eisend (urgentie)"
            case .nonStakeholder: "geen stakeholder (niets hoog)"
            }
        case .title:
            "Saillantie (Mitchell, Agle & Wood 1997): welke van macht, legitimiteit en urgentie hoog zijn (4 of 5), meest saillant eerst"
        case .classHeading(let salience, let count): "\(salience.name(in: .nl)): \(count)"
        case .member(let name, let id, let kind, let side, let power, let legitimacy, let urgency, let level):
            "\(name) [\(id)], \(kind.name(on: side, in: .nl)): "
                + [
                    power.map { "macht \($0)" }, legitimacy.map { "legitimiteit \($0)" }, urgency.map { "urgentie \($0)" },
                    level.map { "niveau \($0.name(in: .nl))" } ?? "geen niveau",
                ].compactMap { $0 }.joined(separator: ", ")
        case .unclassified(let count):
            "\(count) \(count == 1 ? "persoon, afdeling of doelgroep heeft" : "mensen, afdelingen en doelgroepen hebben") geen macht, legitimiteit of urgentie: geen klasse"
        case .noneClassified: "Nog niemand heeft macht, legitimiteit of urgentie: geef ze met --power, --legitimacy, --urgency."
        }
    }
}
