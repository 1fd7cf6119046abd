/// The words of `stakemap gaps` as a table, and of `gaps --accepted`.
public enum GapsMessage: CatalogueText, Equatable {
    case noGaps(accepted: Int)
    /// A severity's heading: `HIGH (3)`.
    case severityHeading(Severity, count: Int)
    /// The closing line: `7 gaps: 3 high, 2 medium, 2 low`.
    case total(gaps: Int, high: Int, medium: Int, low: Int, accepted: Int)
    case noAccepted
    /// An accepted gap's first line: severity, rule, name and kind.
    case acceptedGap(Severity, rule: String, name: String, kind: String)
    case acceptedCount(Int)
}

extension GapsMessage {
    public static var examples: [GapsMessage] {
        [
            .noGaps(accepted: 0), .noGaps(accepted: 2), .severityHeading(.high, count: 3),
            .total(gaps: 7, high: 3, medium: 2, low: 4, accepted: 0), .total(gaps: 7, high: 3, medium: 2, low: 4, accepted: 5),
            .noAccepted, .acceptedGap(.medium, rule: "vacant-role", name: "Secretaris", kind: "role"), .acceptedCount(3),
        ]
    }

    /// A gap's kind as stored (`person`, `unit`, `role`, `group`, `step`) in the language.
    static func kindWord(_ kind: String, _ language: Language) -> String {
        if kind == "step" { return language == .nl ? "stap" : "step" }
        return NodeKind(rawValue: kind).map { language == .en ? $0.rawValue : $0.name(on: .internal, in: language) } ?? kind
    }
}
