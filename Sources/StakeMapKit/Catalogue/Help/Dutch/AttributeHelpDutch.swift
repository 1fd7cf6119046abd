extension AttributeHelp {
    public var dutch: String {
        switch self {
        case .side: "intern of extern (internal, external)."
        case .unit: "Het afdelingspad van een persoon, bijv. \"Gemeente Oss/Ruimte\"."
        case .roles: "Namen van rollen, gescheiden door |."
        case .groups: "Doelgroepen waar een persoon bij hoort of die hij vertegenwoordigt, gescheiden door |."
        case .contactFor: "Doelgroepen waarvoor deze interne persoon of afdeling het aanspreekpunt is."
        case .power, .interest: "1 tot en met 5."
        case .level: "informeren, raadplegen, adviseren, coproduceren of meebeslissen (ook de Engelse namen)."
        case .steps: "Stappen, gescheiden door |, of alle."
        case .tools: "Participatiemiddelen van een afdeling of doelgroep, gescheiden door |."
        case .influences: "Ids of namen van wie of wat deze persoon beïnvloedt, gescheiden door |."
        case .reportsTo: "De leidinggevende: id of naam."
        case .email: "E-mailadres."
        case .notes: "Notities."
        case .required: "Bij een rol: ja of nee (yes, no)."
        case .contact: "De aanspreekpunten van een doelgroep: interne mensen of afdelingen, gescheiden door |."
        case .legitimacy: "1 tot en met 5: hoe gerechtvaardigd de aanspraak is (saillantie; hoog is 4 of 5)."
        case .urgency: "1 tot en met 5: hoe dringend de aanspraak is (saillantie; hoog is 4 of 5)."
        }
    }
}
