/// A stakeholder's salience class (Mitchell, Agle & Wood 1997, *Academy of
/// Management Review* 22(4)): which of power, legitimacy and urgency are high
/// (4 or 5). The cases are in salience order, most salient first: definitive,
/// then the expectant classes (dominant, dangerous, dependent), then the latent
/// ones (dormant, discretionary, demanding), then non-stakeholder.
public enum Salience: String, CaseIterable, Sendable, Codable {
    /// Power, legitimacy and urgency all high.
    case definitive
    /// Power and legitimacy.
    case dominant
    /// Power and urgency.
    case dangerous
    /// Legitimacy and urgency.
    case dependent
    /// Power only.
    case dormant
    /// Legitimacy only.
    case discretionary
    /// Urgency only.
    case demanding
    /// Some of the three set, none high.
    case nonStakeholder = "non-stakeholder"

    /// A score counts as high at 4 or 5, as for power and interest.
    public static func isHigh(_ score: Int?) -> Bool { (score ?? 0) >= 4 }

    /// The class of these three scores; nil when none of them is set.
    public init?(power: Int?, legitimacy: Int?, urgency: Int?) {
        if power == nil && legitimacy == nil && urgency == nil { return nil }
        switch (Self.isHigh(power), Self.isHigh(legitimacy), Self.isHigh(urgency)) {
        case (true, true, true): self = .definitive
        case (true, true, false): self = .dominant
        case (true, false, true): self = .dangerous
        case (false, true, true): self = .dependent
        case (true, false, false): self = .dormant
        case (false, true, false): self = .discretionary
        case (false, false, true): self = .demanding
        case (false, false, false): self = .nonStakeholder
        }
    }
}

extension Node {
    /// The node's salience class; nil when it has no power, legitimacy or urgency.
    public var salience: Salience? { Salience(power: power, legitimacy: legitimacy, urgency: urgency) }
}
