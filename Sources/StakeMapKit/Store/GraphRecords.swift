import GRDB

// One record type per table the readers scan. Columns are found by name (once
// per query, see `StoredValue.Column`), and a value outside what its column may
// hold is a ``StoredValueError``, never a trap.

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
    /// nil also when the query did not ask for it (the analysis does not).
    var email: String?
    var notes: String?
    /// Units only: the full path as written.
    var path: String?
    /// Roles only.
    var required: Bool?
    var legitimacy: Int?
    var urgency: Int?

    /// The columns `init(row:)` reads, for a SELECT; the analysis reads all but email and notes.
    static let columns =
        "key, id, kind, side, name, power, interest, level, email, notes, path, required, legitimacy, urgency"
    static let graphColumns = "key, id, kind, side, name, power, interest, level, path, required, legitimacy, urgency"

    /// Where a query's columns are, found once per statement.
    struct Columns {
        let key, id, kind, side, name, power, interest, level, path, required, legitimacy, urgency: StoredValue.Column
        let email, notes: StoredValue.Column?

        init(_ names: [String]) throws {
            key = try .init("key", in: names)
            id = try .init("id", in: names)
            kind = try .init("kind", in: names)
            side = try .init("side", in: names)
            name = try .init("name", in: names)
            power = try .init("power", in: names)
            interest = try .init("interest", in: names)
            level = try .init("level", in: names)
            path = try .init("path", in: names)
            required = try .init("required", in: names)
            legitimacy = try .init("legitimacy", in: names)
            urgency = try .init("urgency", in: names)
            email = try? .init("email", in: names)
            notes = try? .init("notes", in: names)
        }
    }

    init(row: Row) throws {
        try self.init(row: row, columns: Columns(Array(row.columnNames)))
    }

    init(row: Row, columns: Columns) throws {
        key = try StoredValue.decode(row, columns.key, node: nil, expected: .integer)
        id = try StoredValue.decode(row, columns.id, node: nil, key: key, expected: .text)
        kind = try StoredValue.decode(row, columns.kind, node: id, expected: StoredValue.words(NodeKind.self))
        side = try StoredValue.decode(row, columns.side, node: id, expected: StoredValue.words(Side.self))
        name = try StoredValue.decode(row, columns.name, node: id, expected: .text)
        power = try StoredValue.score(row, columns.power, node: id)
        interest = try StoredValue.score(row, columns.interest, node: id)
        level = try StoredValue.decodeIfPresent(
            row, columns.level, node: id, expected: .optional(StoredValue.words(Level.self)))
        if let email = columns.email {
            self.email = try StoredValue.decodeIfPresent(row, email, node: id, expected: .optional(.text))
        }
        if let notes = columns.notes {
            self.notes = try StoredValue.decodeIfPresent(row, notes, node: id, expected: .optional(.text))
        }
        path = try StoredValue.decodeIfPresent(row, columns.path, node: id, expected: .optional(.text))
        required = try StoredValue.decodeIfPresent(row, columns.required, node: id, expected: .flag)
        legitimacy = try StoredValue.score(row, columns.legitimacy, node: id)
        urgency = try StoredValue.score(row, columns.urgency, node: id)
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

    struct Columns {
        let source, target, kind, weight, note: StoredValue.Column

        init(_ names: [String]) throws {
            source = try .init("source", table: "link", in: names)
            target = try .init("target", table: "link", in: names)
            kind = try .init("kind", table: "link", in: names)
            weight = try .init("weight", table: "link", in: names)
            note = try .init("note", table: "link", in: names)
        }
    }

    init(row: Row) throws {
        try self.init(row: row, columns: Columns(Array(row.columnNames)))
    }

    init(row: Row, columns: Columns) throws {
        source = try StoredValue.decode(row, columns.source, node: nil, expected: .nodeKey)
        target = try StoredValue.decode(row, columns.target, node: nil, key: source, expected: .nodeKey)
        kind = try StoredValue.decode(
            row, columns.kind, node: nil, key: source,
            expected: .codes(EdgeKind.allCases.map { "\($0.code) (\($0.rawValue))" }))
        weight = try StoredValue.score(row, columns.weight, node: nil, key: source)
        note = try StoredValue.decodeIfPresent(row, columns.note, node: nil, key: source, expected: .optional(.text))
    }
}

/// A row of `node_step` with its node's key: a step the node is involved in.
struct StepRecord: FetchableRecord {
    var key: Int64
    var step: InvolvementStep

    /// `node_step` joined to `node` for the key.
    static let columns = "node.key AS key, node_step.node AS node, node_step.step AS step"

    struct Columns {
        let key, node, step: StoredValue.Column

        init(_ names: [String]) throws {
            key = try .init("key", in: names)
            node = try .init("node", table: "node_step", in: names)
            step = try .init("step", table: "node_step", in: names)
        }
    }

    init(row: Row) throws {
        try self.init(row: row, columns: Columns(Array(row.columnNames)))
    }

    init(row: Row, columns: Columns) throws {
        key = try StoredValue.decode(row, columns.key, node: nil, expected: .integer)
        do {
            step = try StoredValue.decode(
                row, columns.step, node: nil, expected: StoredValue.words(InvolvementStep.self))
        } catch var error as StoredValueError {
            error.node = try StoredValue.decode(row, columns.node, node: nil, expected: .text)
            throw error
        }
    }
}

/// A row of `node_tool` with its node's key: a participation tool chosen for the node.
struct ToolRecord: FetchableRecord {
    var key: Int64
    var tool: String

    static let columns = "node.key AS key, node_tool.node AS node, node_tool.tool AS tool"

    init(row: Row) throws {
        let names = Array(row.columnNames)
        let node: String = try StoredValue.decode(
            row, .init("node", table: "node_tool", in: names), node: nil, expected: .text)
        key = try StoredValue.decode(row, .init("key", in: names), node: node, expected: .integer)
        tool = try StoredValue.decode(row, .init("tool", table: "node_tool", in: names), node: node, expected: .text)
    }
}

/// A record type read in scans of many rows: where its columns are is found
/// once per statement, by name, then each row is decoded at those places.
protocol ScannedRecord {
    associatedtype Columns: RecordColumns
    init(row: Row, columns: Columns) throws
}

/// Where a record's columns are in a query's results.
protocol RecordColumns {
    init(_ names: [String]) throws
}

extension NodeRecord: ScannedRecord {}
extension NodeRecord.Columns: RecordColumns {}
extension LinkRecord: ScannedRecord {}
extension LinkRecord.Columns: RecordColumns {}
extension StepRecord: ScannedRecord {}
extension StepRecord.Columns: RecordColumns {}

extension Database {
    /// The records a query selects, in its order.
    func forEach<Record: ScannedRecord>(
        _: Record.Type, sql: String, arguments: StatementArguments = [], _ body: (Record) throws -> Void
    ) throws {
        let statement = try makeStatement(sql: sql)
        let columns = try Record.Columns(statement.columnNames)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try rows.next() { try body(Record(row: row, columns: columns)) }
    }
}
