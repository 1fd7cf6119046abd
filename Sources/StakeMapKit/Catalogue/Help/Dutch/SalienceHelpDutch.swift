extension SalienceHelp {
    public var dutch: String {
        switch self {
        case .salienceAbstract: "Deel de stakeholders in naar saillantie: macht, legitimiteit en urgentie (Mitchell, Agle & Wood)."
        case .salienceDiscussion:
            """
            Macht, legitimiteit en urgentie (elk 1 tot en met 5, te geven met --power, --legitimacy, --urgency of de kolommen van de import) zijn hoog bij 4 of 5. De klasse zegt welke hoog zijn: definitief (alle drie), dominant (macht en legitimiteit), gevaarlijk (macht en urgentie), afhankelijk (legitimiteit en urgentie), slapend (alleen macht), vrijblijvend (alleen legitimiteit), eisend (alleen urgentie), geen stakeholder (wel gegeven, niets hoog). Wie geen van de drie heeft, heeft geen klasse en wordt alleen geteld.

            De klassen komen meest saillant eerst: definitief; dan dominant, gevaarlijk, afhankelijk; dan slapend, vrijblijvend, eisend; dan geen stakeholder. Binnen een klasse op id. JSON geeft alle acht klassen, ook de lege, onder hun Engelse namen. De gap-regel unengaged-definitive vindt definitieve stakeholders buiten met minder dan adviseren.

            Bron: Mitchell, Agle & Wood (1997), Toward a theory of stakeholder identification and salience, Academy of Management Review 22(4).

            Voorbeelden:
              stakemap salience
              stakemap set Fietsers --legitimacy 5 --urgency 4
              stakemap salience --format json
            """
        case .salienceFormat: "table of json."
        }
    }
}
