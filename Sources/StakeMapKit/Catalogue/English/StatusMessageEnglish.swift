extension StatusMessage {
    public var english: String {
        switch self {
        case .frameInvolved(let people, let units):
            "\(InvolvementStep.frame.displayName): \(Self.englishInside(people: people, units: units)) involved — good, 9 out of 10 trajectories skip this step"
        case .frameMissing:
            "WARNING \(InvolvementStep.frame.displayName): nobody internal is involved — 9 out of 10 trajectories skip this step. Involve colleagues and units before going outside."
        case .countsHeading(let column):
            switch column {
            case .total: "total"
            case .internal: "internal"
            case .external: "external"
            case .involved: "involved"
            }
        case .kindRow(let kind):
            switch kind {
            case .person: "people"
            case .unit: "units"
            case .role: "roles"
            case .group: "groups"
            }
        case .linksRow: "links"
        case .stepsHeading(let column):
            switch column {
            case .step: "step"
            case .internalPeople: "internal people"
            case .internalUnits: "internal units"
            case .groups: "groups"
            case .externalOthers: "external others"
            }
        case .stepName(let step): step.displayName
        case .stepMissingLegend: "(! = nobody internal is involved in this step)"
        case .noGaps(let accepted):
            "Gaps: none found." + (accepted == 0 ? "" : " (\(accepted) more accepted: `stakemap gaps --accepted`)")
        case .gaps(let high, let medium, let low, let accepted):
            "Gaps: \(high) high, \(medium) medium, \(low) low — run `stakemap gaps` to see them and what to do"
                + (accepted == 0 ? "" : " (\(accepted) more accepted: `stakemap gaps --accepted`)")
        case .snapshot(let name, let changeSet, let time, let since):
            "Snapshot: \(name) (after #\(changeSet), \(time)); "
                + (since == 0
                    ? "no change since"
                    : "\(since) change set\(since == 1 ? "" : "s") since — `stakemap diff` shows what changed")
        }
    }
}

extension StatusMessage {
    /// "3 internal people and 1 unit" (the frame step's line here and in the report).
    static func englishInside(people: Int, units: Int) -> String {
        [
            people > 0 ? "\(people) internal \(people == 1 ? "person" : "people")" : nil,
            units > 0 ? "\(units) unit\(units == 1 ? "" : "s")" : nil,
        ].compactMap { $0 }.joined(separator: " and ")
    }
}
