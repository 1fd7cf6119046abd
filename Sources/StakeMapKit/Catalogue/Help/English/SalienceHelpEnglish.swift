extension SalienceHelp {
    public var english: String {
        switch self {
        case .salienceAbstract: "Group the stakeholders by salience: power, legitimacy and urgency (Mitchell, Agle & Wood)."
        case .salienceDiscussion:
            """
            Each of power, legitimacy and urgency (1 to 5, set with --power, --legitimacy, --urgency or the import's columns) is high at 4 or 5. The class says which are high: definitive (all three), dominant (power and legitimacy), dangerous (power and urgency), dependent (legitimacy and urgency), dormant (power only), discretionary (legitimacy only), demanding (urgency only), non-stakeholder (some set, none high). A node with none of the three has no class and is only counted.

            The classes come most salient first: definitive; then dominant, dangerous, dependent; then dormant, discretionary, demanding; then non-stakeholder. Members within a class by id. JSON lists all eight classes, empty ones too. The gap rule unengaged-definitive finds definitive stakeholders outside with less than advise.

            Source: Mitchell, Agle & Wood (1997), Toward a theory of stakeholder identification and salience, Academy of Management Review 22(4).

            Examples:
              stakemap salience
              stakemap set Fietsers --legitimacy 5 --urgency 4
              stakemap salience --format json
            """
        case .salienceFormat: "table or json."
        }
    }
}
