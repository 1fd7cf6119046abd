extension GapsMessage {
    public var english: String {
        switch self {
        case .noGaps(let accepted):
            "No gaps found." + (accepted > 0 ? " \(accepted) accepted (`stakemap gaps --accepted`)." : "")
        case .severityHeading(let severity, let count): "\(severity.rawValue.uppercased()) (\(count))"
        case .total(let gaps, let high, let medium, let low, let accepted):
            "\(gaps) gap\(gaps == 1 ? "" : "s"): \(high) high, \(medium) medium, \(low) low"
                + (accepted > 0 ? "; \(accepted) accepted (`stakemap gaps --accepted`)" : "")
        case .noAccepted: "No accepted gaps."
        case .acceptedGap(let severity, let rule, let name, let kind):
            "\(severity.rawValue.uppercased())  \(rule)  \(name) (\(Self.kindWord(kind, .en)))"
        case .acceptedCount(let count): "\(count) accepted gap\(count == 1 ? "" : "s")"
        }
    }
}
