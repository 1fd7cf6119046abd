extension AttributeHelp {
    public var english: String {
        switch self {
        case .side: "internal or external (intern, extern)."
        case .unit: "A person's unit path, e.g. \"Gemeente Oss/Ruimte\"."
        case .roles: "Role names, separated by |."
        case .groups: "Target groups a person belongs to or represents, separated by |."
        case .contactFor: "Target groups this internal person or unit is the contact for."
        case .power, .interest: "1 to 5."
        case .level: "inform, consult, advise, coproduce or codecide (Dutch names too)."
        case .steps: "Steps, separated by |, or all."
        case .tools: "Participation tools of a unit or group, separated by |."
        case .influences: "Ids or names this person influences, separated by |."
        case .reportsTo: "The line manager: id or name."
        case .email: "E-mail address."
        case .notes: "Notes."
        case .required: "A role: yes or no (ja, nee)."
        case .contact: "A group's contacts: internal people or units, separated by |."
        case .legitimacy: "1 to 5: how rightful the claim is (salience; high is 4 or 5)."
        case .urgency: "1 to 5: how pressing the claim is (salience; high is 4 or 5)."
        }
    }
}
