extension GapText {
    public var english: String {
        switch self {
        case .uninvolvedUnit(let unit):
            "\(unit.text(in: .en)) has nobody involved in any step — invite someone to the frame step"
        case .uninvolvedInfluencer(let person, let power, let influenced):
            person.text(in: .en) + (power.map { " has high power (\($0))" } ?? "")
                + (influenced.map { (power == nil ? " influences " : " and influences ") + $0.text(in: .en) } ?? "")
                + " but is in no step — involve them from the frame step"
        case .unownedGroup(let group):
            "\(group.text(in: .en)) has no internal contact — make a colleague or unit contact_for it"
        case .stepWithoutInternal(let step):
            "Nobody internal is involved in the \(step.displayName) step — add colleagues or units to it"
        case .unengagedGroup(let group):
            "\(group.text(in: .en)) has no participation level and no steps — choose its level (inform to codecide) in the goals step"
        case .underengagedKeyStakeholder(let node, let power, let interest, let level):
            "\(node.text(in: .en)) has high power (\(power)) and interest (\(interest)) but "
                + (level.map { "only level \($0.rawValue)" } ?? "no participation level")
                + " — raise it to advise or higher"
        case .unengagedDefinitive(let node, let power, let legitimacy, let urgency, let level):
            "\(node.text(in: .en)) is definitive — high power (\(power)), legitimacy (\(legitimacy)) and urgency "
                + "(\(urgency)) — but " + (level.map { "only level \($0.rawValue)" } ?? "no participation level")
                + " — give them advise or higher now"
        case .vacantRole(let role):
            "\(role.text(in: .en)) is required but nobody holds it — assign it to a colleague"
        case .unreachableGroup(let group):
            "\(group.text(in: .en)) cannot be reached from anyone involved inside — make an involved colleague its contact, or link it to someone who is"
        case .toolWithoutPlan(let node, let tools):
            "\(node.text(in: .en)) has tools (\(tools)) but no participation level — decide the level in the plan step first"
        case .isolated(let node):
            "\(node.text(in: .en)) has no links at all — "
                + {
                    switch node.kind {
                    case .person: "add their unit, groups or influence, or remove them"
                    case .unit: "add its parent unit or its people, or remove it"
                    case .role: "assign it to a colleague, or remove it"
                    case .group: "add its contact or members, or remove it"
                    }
                }()
        }
    }
}
