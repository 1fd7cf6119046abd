extension Word {
    public var english: String {
        switch self {
        case .side(let side):
            switch side {
            case .internal: "internal"
            case .external: "external"
            }
        case .sideHeading(let side):
            switch side {
            case .internal: "Organisation"
            case .external: "Outside world"
            }
        case .kind(let kind, let side):
            switch kind {
            case .person: "person"
            case .unit: side == .internal ? "unit" : "organisation"
            case .role: "role"
            case .group: "target group"
            }
        case .level(let level):
            switch level {
            case .inform: "inform"
            case .consult: "consult"
            case .advise: "advise"
            case .coproduce: "coproduce"
            case .codecide: "codecide"
            }
        case .step(let step):
            switch step {
            case .frame: "frame"
            case .goals: "goals"
            case .plan: "plan"
            case .start: "start"
            }
        case .stepInitial(let step):
            switch step {
            case .frame: "F"
            case .goals: "G"
            case .plan: "P"
            case .start: "S"
            }
        case .severity(let severity):
            switch severity {
            case .high: "high"
            case .medium: "medium"
            case .low: "low"
            }
        // The stored word, as links files and `link` take it.
        case .linkKind(let kind): kind.rawValue
        case .yes(let yes): yes ? "yes" : "no"
        case .none: "none"
        }
    }
}
