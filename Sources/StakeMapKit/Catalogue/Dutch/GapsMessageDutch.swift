extension GapsMessage {
    public var dutch: String {
        switch self {
        case .noGaps(let accepted):
            "Geen knelpunten gevonden." + (accepted > 0 ? " \(accepted) geaccepteerd (`stakemap gaps --accepted`)." : "")
        case .severityHeading(let severity, let count): "\(severity.name(in: .nl).uppercased()) (\(count))"
        case .total(let gaps, let high, let medium, let low, let accepted):
            "\(gaps) \(gaps == 1 ? "knelpunt" : "knelpunten"): \(high) hoog, \(medium) middel, \(low) laag"
                + (accepted > 0 ? "; \(accepted) geaccepteerd (`stakemap gaps --accepted`)" : "")
        case .noAccepted: "Geen geaccepteerde knelpunten."
        case .acceptedGap(let severity, let rule, let name, let kind):
            "\(severity.name(in: .nl).uppercased())  \(rule)  \(name) (\(Self.kindWord(kind, .nl)))"
        case .acceptedCount(let count): "\(count) \(count == 1 ? "geaccepteerd knelpunt" : "geaccepteerde knelpunten")"
        }
    }
}
