/// One node of the stakeholder graph as stored: a person, unit, role or target group.
public struct Node: Equatable, Sendable {
    public var id: String
    public var kind: NodeKind
    public var side: Side
    public var name: String
    public var power: Int?
    public var interest: Int?
    public var level: Level?
    /// The steps this node itself is involved in (not those of its members).
    public var steps: Set<InvolvementStep>
    public var tools: [String]
    public var email: String?
    public var notes: String?
    /// Units only: the full path as written, e.g. `Gemeente Oss/Ruimte/Verkeer`.
    public var path: String?
    /// Roles only: whether the trajectory needs somebody in this role.
    public var required: Bool?
    /// Salience (Mitchell, Agle & Wood 1997), 1–5 like power.
    public var legitimacy: Int?
    public var urgency: Int?

    public init(
        id: String, kind: NodeKind, side: Side, name: String, power: Int? = nil,
        interest: Int? = nil, level: Level? = nil, steps: Set<InvolvementStep> = [],
        tools: [String] = [], email: String? = nil, notes: String? = nil,
        path: String? = nil, required: Bool? = nil, legitimacy: Int? = nil, urgency: Int? = nil
    ) {
        self.id = id
        self.kind = kind
        self.side = side
        self.name = name
        self.power = power
        self.interest = interest
        self.level = level
        self.steps = steps
        self.tools = tools
        self.email = email
        self.notes = notes
        self.path = path
        self.required = required
        self.legitimacy = legitimacy
        self.urgency = urgency
    }
}

/// A directed link `source -> target`.
public struct Edge: Equatable, Hashable, Sendable {
    public var source: String
    public var target: String
    public var kind: EdgeKind
    /// 1–5; set for `influences` (default 3), otherwise usually nil.
    public var weight: Int?
    public var note: String?

    public init(source: String, target: String, kind: EdgeKind, weight: Int? = nil, note: String? = nil) {
        self.source = source
        self.target = target
        self.kind = kind
        self.weight = weight
        self.note = note
    }
}

/// The whole graph in memory, nodes sorted by id and edges by (source, kind, target).
/// Used for small and medium graphs (maps, fixtures); the large-scale paths query the store.
public struct StakeholderGraph: Equatable, Sendable {
    public var nodes: [Node]
    public var edges: [Edge]

    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }
}
