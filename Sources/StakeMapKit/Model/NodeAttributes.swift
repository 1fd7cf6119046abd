/// A node's own attributes as stored: what a row of an import or an edit
/// command sets, without the node's id, steps, tools and links.
public struct NodeAttributes: Equatable, Sendable {
    public var kind: NodeKind
    public var side: Side
    public var name: String
    public var power: Int?
    public var interest: Int?
    public var level: Level?
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
        kind: NodeKind, side: Side, name: String, power: Int? = nil, interest: Int? = nil, level: Level? = nil,
        email: String? = nil, notes: String? = nil, path: String? = nil, required: Bool? = nil,
        legitimacy: Int? = nil, urgency: Int? = nil
    ) {
        self.kind = kind
        self.side = side
        self.name = name
        self.power = power
        self.interest = interest
        self.level = level
        self.email = email
        self.notes = notes
        self.path = path
        self.required = required
        self.legitimacy = legitimacy
        self.urgency = urgency
    }
}

extension Node {
    /// The node's own attributes, without id, steps and tools.
    public var attributes: NodeAttributes {
        NodeAttributes(
            kind: kind, side: side, name: name, power: power, interest: interest, level: level, email: email,
            notes: notes, path: path, required: required, legitimacy: legitimacy, urgency: urgency)
    }
}
