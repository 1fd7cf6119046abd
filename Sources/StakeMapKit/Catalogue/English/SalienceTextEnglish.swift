extension SalienceText {
    public var english: String {
        switch self {
        case .salienceClass(let salience):
            switch salience {
            case .definitive: "definitive (power, legitimacy, urgency)"
            case .dominant: "dominant (power, legitimacy)"
            case .dangerous: "dangerous (power, urgency)"
            case .dependent: "dependent (legitimacy, urgency)"
            case .dormant: "dormant (power)"
            case .discretionary: "discretionary (legitimacy)"
            case .demanding: "demanding (urgency)"
            case .nonStakeholder: "non-stakeholder (nothing high)"
            }
        case .title:
            "Salience (Mitchell, Agle & Wood 1997): which of power, legitimacy and urgency are high (4 or 5), most salient first"
        case .classHeading(let salience, let count): "\(salience.name(in: .en)): \(count)"
        case .member(let name, let id, let kind, let side, let power, let legitimacy, let urgency, let level):
            "\(name) [\(id)], \(kind.name(on: side, in: .en)): "
                + [
                    power.map { "power \($0)" }, legitimacy.map { "legitimacy \($0)" }, urgency.map { "urgency \($0)" },
                    level.map { "level \($0.rawValue)" } ?? "no level",
                ].compactMap { $0 }.joined(separator: ", ")
        case .unclassified(let count):
            "\(count) \(count == 1 ? "person, unit or group has" : "people, units and groups have") no power, legitimacy or urgency: no class"
        case .noneClassified: "Nobody has power, legitimacy or urgency yet: set them with --power, --legitimacy, --urgency."
        }
    }
}
