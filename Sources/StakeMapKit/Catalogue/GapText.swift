/// A node as messages name it: its name and its kind (`Ingrid van 't Hof (person)`).
public struct NodeLabel: Equatable, Sendable {
    public var name: String
    public var kind: NodeKind
    public var side: Side
    /// Shown instead of the kind, to tell two of one name apart: `Jan Smit (jan@oss.nl)`.
    public var shownID: String?

    public init(name: String, kind: NodeKind, side: Side, shownID: String? = nil) {
        self.name = name
        self.kind = kind
        self.side = side
        self.shownID = shownID
    }

    /// `name (kind)`; English keeps the stored kind word, as the JSON does.
    public func text(in language: Language) -> String {
        if let shownID { return "\(name) (\(shownID))" }
        return switch language {
        case .en: "\(name) (\(kind.rawValue))"
        case .nl: "\(name) (\(kind.name(on: side, in: .nl)))"
        }
    }
}

/// What each gap rule says about what it found, and what to do.
public enum GapText: CatalogueText, Equatable {
    case uninvolvedUnit(NodeLabel)
    /// `power` when it is high; `influences` the involved node or group it influences.
    case uninvolvedInfluencer(NodeLabel, power: Int?, influences: NodeLabel?)
    case unownedGroup(NodeLabel)
    case stepWithoutInternal(InvolvementStep)
    case unengagedGroup(NodeLabel)
    case underengagedKeyStakeholder(NodeLabel, power: Int, interest: Int, level: Level?)
    /// Power, legitimacy and urgency all high (definitive), level below advise.
    case unengagedDefinitive(NodeLabel, power: Int, legitimacy: Int, urgency: Int, level: Level?)
    case vacantRole(NodeLabel)
    case unreachableGroup(NodeLabel)
    case toolWithoutPlan(NodeLabel, tools: String)
    case isolated(NodeLabel)
}

extension GapText {
    public static var examples: [GapText] {
        let unit = NodeLabel(name: "Verkeer", kind: .unit, side: .internal)
        let person = NodeLabel(name: "Erik Willems", kind: .person, side: .internal)
        let group = NodeLabel(name: "Ondernemers", kind: .group, side: .external)
        return [
            .uninvolvedUnit(unit), .uninvolvedInfluencer(person, power: 5, influences: group),
            .uninvolvedInfluencer(person, power: nil, influences: group),
            .uninvolvedInfluencer(person, power: 4, influences: nil), .unownedGroup(group), .stepWithoutInternal(.frame),
            .unengagedGroup(group), .underengagedKeyStakeholder(group, power: 4, interest: 5, level: .inform),
            .underengagedKeyStakeholder(group, power: 4, interest: 5, level: nil),
            .unengagedDefinitive(group, power: 5, legitimacy: 4, urgency: 3, level: .consult),
            .unengagedDefinitive(group, power: 5, legitimacy: 4, urgency: 3, level: nil),
            .vacantRole(NodeLabel(name: "Projectleider", kind: .role, side: .internal)), .unreachableGroup(group),
            .toolWithoutPlan(group, tools: "enquête, bijeenkomst"), .isolated(person), .isolated(unit),
            .isolated(NodeLabel(name: "Secretaris", kind: .role, side: .internal)), .isolated(group),
        ]
    }
}
