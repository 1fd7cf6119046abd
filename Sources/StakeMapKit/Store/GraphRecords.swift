import GRDB

// One record type per table the readers scan; columns are read by name, and a
// value outside what its column may hold is a ``StoredValueError``, never a trap.

/// A row of `node`: a person, unit, role or target group as stored.
struct NodeRecord: FetchableRecord, Sendable {
    /// The integer key that links refer to.
    var key: Int64
    var id: String
    var kind: NodeKind
    var side: Side
    var name: String
    var power: Int?
    var interest: Int?
    var level: Level?
    var email: String?
    var notes: String?
    /// Units only: the full path as written.
    var path: String?
    /// Roles only.
    var required: Bool?

    /// The columns `init(row:)` reads, for a SELECT.
    static let columns = "key, id, kind, side, name, power, interest, level, email, notes, path, required"

    init(row: Row) throws {
        key = try StoredValue.decode(row, "key", node: nil, expected: "an integer")
        id = try StoredValue.decode(row, "id", node: nil, key: key, expected: "text")
        kind = try StoredValue.decode(row, "kind", node: id, expected: StoredValue.words(NodeKind.self))
        side = try StoredValue.decode(row, "side", node: id, expected: StoredValue.words(Side.self))
        name = try StoredValue.decode(row, "name", node: id, expected: "text")
        power = try StoredValue.score(row, "power", node: id)
        interest = try StoredValue.score(row, "interest", node: id)
        level = try StoredValue.decodeIfPresent(row, "level", node: id, expected: "empty or " + StoredValue.words(Level.self))
        email = try StoredValue.decodeIfPresent(row, "email", node: id, expected: "empty or text")
        notes = try StoredValue.decodeIfPresent(row, "notes", node: id, expected: "empty or text")
        path = try StoredValue.decodeIfPresent(row, "path", node: id, expected: "empty or text")
        required = try StoredValue.decodeIfPresent(row, "required", node: id, expected: "empty, 0 or 1")
    }
}

/// A row of `link`: a directed link between two nodes, by their keys.
struct LinkRecord: FetchableRecord {
    var source: Int64
    var target: Int64
    var kind: EdgeKind
    var weight: Int?
    var note: String?

    static let columns = "source, target, kind, weight, note"

    init(row: Row) throws {
        source = try StoredValue.decode(row, "source", table: "link", node: nil, expected: "a node key")
        target = try StoredValue.decode(row, "target", table: "link", node: nil, key: source, expected: "a node key")
        kind = try StoredValue.decode(
            row, "kind", table: "link", node: nil, key: source,
            expected: EdgeKind.allCases.map { "\($0.code) (\($0.rawValue))" }.joined(separator: ", "))
        weight = try StoredValue.score(row, "weight", table: "link", node: nil, key: source)
        note = try StoredValue.decodeIfPresent(row, "note", table: "link", node: nil, key: source, expected: "empty or text")
    }
}

/// A row of `node_step` with its node's key: a step the node is involved in.
struct StepRecord: FetchableRecord {
    var key: Int64
    var step: InvolvementStep

    /// `node_step` joined to `node` for the key.
    static let columns = "node.key AS key, node_step.node AS node, node_step.step AS step"

    init(row: Row) throws {
        let node: String = try StoredValue.decode(row, "node", table: "node_step", node: nil, expected: "text")
        key = try StoredValue.decode(row, "key", node: node, expected: "an integer")
        step = try StoredValue.decode(
            row, "step", table: "node_step", node: node, expected: StoredValue.words(InvolvementStep.self))
    }
}

/// A row of `node_tool` with its node's key: a participation tool chosen for the node.
struct ToolRecord: FetchableRecord {
    var key: Int64
    var tool: String

    static let columns = "node.key AS key, node_tool.node AS node, node_tool.tool AS tool"

    init(row: Row) throws {
        let node: String = try StoredValue.decode(row, "node", table: "node_tool", node: nil, expected: "text")
        key = try StoredValue.decode(row, "key", node: node, expected: "an integer")
        tool = try StoredValue.decode(row, "tool", table: "node_tool", node: node, expected: "text")
    }
}
