extension Word {
    public var dutch: String {
        switch self {
        case .side(let side):
            switch side {
            case .internal: "intern"
            case .external: "extern"
            }
        case .sideHeading(let side):
            switch side {
            case .internal: "Organisatie"
            case .external: "Buitenwereld"
            }
        case .kind(let kind, let side):
            switch kind {
            case .person: "persoon"
            case .unit: side == .internal ? "afdeling" : "organisatie"
            case .role: "rol"
            case .group: "doelgroep"
            }
        case .level(let level):
            switch level {
            case .inform: "informeren"
            case .consult: "raadplegen"
            case .advise: "adviseren"
            case .coproduce: "coproduceren"
            case .codecide: "meebeslissen"
            }
        case .step(let step):
            switch step {
            case .frame: "kaders"
            case .goals: "doelen"
            case .plan: "plan"
            case .start: "starten"
            }
        case .stepInitial(let step):
            switch step {
            case .frame: "K"
            case .goals: "D"
            case .plan: "P"
            case .start: "S"
            }
        case .severity(let severity):
            switch severity {
            case .high: "hoog"
            case .medium: "middel"
            case .low: "laag"
            }
        case .linkKind(let kind):
            switch kind {
            case .memberOf: "lid van"
            case .hasRole: "heeft rol"
            case .influences: "beïnvloedt"
            case .reportsTo: "rapporteert aan"
            case .contactFor: "contactpersoon voor"
            }
        case .yes(let yes): yes ? "ja" : "nee"
        case .none: "geen"
        }
    }
}
