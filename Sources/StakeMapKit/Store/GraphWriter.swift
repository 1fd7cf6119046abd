import GRDB

/// The one way changes reach the graph: nodes, links, steps and tools are
/// added, updated and removed here, inside the one transaction of a command
/// (``StakeMapStore/change(_:)``).
///
/// Nodes are named by id; the writer hands out each node's ``Entry`` (its key,
/// kind and side) and links name their ends by key. It remembers every node
/// the change has met, so that an import asks the database once per id; into
/// an empty graph it knows every node there is and asks nothing. Inserts go
/// out in batches; anything that reads the tables writes them first.
public final class GraphWriter {
    /// What the writer knows of a node. `key` is the node's handle in links;
    /// `tag` a number the caller keeps with the node during the change (the
    /// import: the line of the row that named it), 0 when none.
    public struct Entry: Equatable, Sendable {
        public let key: Int64
        public let kind: NodeKind
        public let side: Side
        public let tag: Int32
    }

    /// A node met so far, or a key reserved for one (`kind` nil).
    struct Slot {
        var key: Int64
        var kind: NodeKind?
        var side: Side
        var tag: Int32

        var entry: Entry? { kind.map { Entry(key: key, kind: $0, side: side, tag: tag) } }
    }

    let path: String
    /// Where the writer's SQL runs (see ``WriterConnection``).
    let connection: WriterConnection
    /// Whether the graph was empty when the change started: then ``known`` holds every node.
    let startedEmpty: Bool
    /// Whether ``known`` holds every node of the graph (see ``learnEveryNode()``).
    private var knowsEveryNode: Bool
    /// The nodes met so far and the keys reserved (see ``reserve(_:)``), by id:
    /// one table, as at a million people each table of all ids costs 60 MB.
    var known: [String: Slot] = [:]
    /// How many of ``known`` are reservations.
    var reservations = 0
    var nextKey: Int64
    /// Links inserted (not already there) and removed by this change, as of
    /// the last ``flush()``.
    public var linksAdded: Int { linksAddedHere + linksAddedQueued }
    public internal(set) var linksRemoved = 0
    var linksAddedHere = 0
    var linksAddedQueued = 0

    /// The number of the change set this change records (see `schema/0003_journal.sql`):
    /// every row the writer adds or updates carries it as `since`.
    public let changeSet: Int64
    /// What this change did to nodes so far, for its change set and summary.
    public internal(set) var nodesAdded = 0
    public internal(set) var nodesRemoved = 0
    /// Nodes that existed before this change whose attributes, steps or tools it changed.
    var changedKeys: Set<Int64> = []
    public var nodesChanged: Int { changedKeys.count }
    /// The first key this change hands out: a smaller one is a node that existed before it.
    let firstNewKey: Int64
    public internal(set) var linksChanged = 0
    /// Gaps accepted or unaccepted (`schema/0004_snapshots.sql`): a change that
    /// counts neither nodes nor links, but is recorded.
    public internal(set) var acceptanceChanges = 0
    /// The change set this change reverts, for an undo.
    public var undoes: Int64?

    var newNodes: BatchedInsert<(key: Int64, id: String, node: NodeAttributes)>
    var newSteps: BatchedInsert<(node: String, step: InvolvementStep)>
    var newLinks: BatchedInsert<(source: Int64, kind: EdgeKind, target: Int64, weight: Int?, note: String?)>
    let statements: WriterStatements

    init(_ db: Database, path: String, changeSet: Int64) throws {
        self.path = path
        self.changeSet = changeSet
        connection = WriterConnection(db)
        startedEmpty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM node)")!
        knowsEveryNode = startedEmpty
        // Keys are never reused: the journal's history names removed nodes by key.
        nextKey = try Int64.fetchOne(
            db,
            sql: "SELECT max(coalesce((SELECT max(key) FROM node), 0), coalesce((SELECT max(key) FROM node_history), 0)) + 1"
        )!
        firstNewKey = nextKey
        if startedEmpty {
            // Into an empty graph the writer knows every node and never looks one
            // up by id, and building the look-up indexes once at the end, from
            // sorted keys, is cheaper than keeping them up to date row by row
            // (measured: about a third of the link inserts' time; the id index cost
            // 2 s at 1M people). Inside the transaction, so a rollback restores them.
            try db.execute(sql: "DROP INDEX link_by_target; DROP INDEX node_by_id")
        }
        statements = try WriterStatements(db)
        // OR FAIL on the batches: a statement that can stop halfway with ABORT
        // (any row of a multi-row INSERT breaking a constraint) makes SQLite copy
        // every page it touches into a statement journal first, so that it can
        // undo just that statement. A change needs no such undo: any failure ends
        // it and the whole transaction rolls back. Measured at 100k people, 244 MB
        // written to the statement journal without it, none with it.
        newNodes = try BatchedInsert(
            db,
            sql:
                "INSERT OR FAIL INTO node (key, id, kind, side, name, power, interest, level, email, notes, path, required, legitimacy, urgency, since) VALUES",
            columns: 15, rowsPerStatement: 16
        ) { insert, first, values in
            let node = values.node
            insert.bind(first, values.key)
            insert.bind(first + 1, values.id)
            insert.bind(first + 2, node.kind.rawValue)
            insert.bind(first + 3, node.side.rawValue)
            insert.bind(first + 4, node.name)
            insert.bind(first + 5, node.power)
            insert.bind(first + 6, node.interest)
            insert.bind(first + 7, node.level?.rawValue)
            insert.bind(first + 8, node.email)
            insert.bind(first + 9, node.notes)
            insert.bind(first + 10, node.path)
            insert.bind(first + 11, node.required.map { $0 ? 1 : 0 })
            insert.bind(first + 12, node.legitimacy)
            insert.bind(first + 13, node.urgency)
            insert.bind(first + 14, changeSet)
        }
        newSteps = try BatchedInsert(db, sql: "INSERT OR FAIL INTO node_step (node, step, since) VALUES", columns: 3) {
            insert, first, values in
            insert.bind(first, values.node)
            insert.bind(first + 1, values.step.rawValue)
            insert.bind(first + 2, changeSet)
        }
        newLinks = try BatchedInsert(
            db, sql: "INSERT OR FAIL INTO link (source, kind, target, weight, note, since) VALUES", columns: 6,
            suffix: "ON CONFLICT DO NOTHING", counts: true
        ) { insert, first, values in
            insert.bind(first, values.source)
            insert.bind(first + 1, values.kind.code)
            insert.bind(first + 2, values.target)
            insert.bind(first + 3, values.weight)
            insert.bind(first + 4, values.note)
            insert.bind(first + 5, changeSet)
        }
    }

    // MARK: Nodes

    /// Counts a node as changed by this change, unless this change added it.
    func noteChanged(_ key: Int64) {
        if key < firstNewKey { changedKeys.insert(key) }
    }

    /// The node with this id, or nil when there is none (a reserved id is none yet).
    public func entry(_ id: String) throws -> Entry? {
        if let slot = known[id] { return slot.entry }
        if knowsEveryNode { return nil }
        try flush()
        let statement = statements.entryByID
        guard let row = try connection.read({ _ in try Row.fetchOne(statement, arguments: [id]) }) else { return nil }
        let slot = Slot(
            key: row["key"], kind: try decode(row["kind"], id: id, column: "kind") as NodeKind,
            side: try decode(row["side"], id: id, column: "side"), tag: 0)
        known[id] = slot
        return slot.entry
    }

    /// Reads the id, key, kind and side of every node at once, so that the rest
    /// of the change asks the database for none: for an import, which names
    /// most of them. Measured on a links file of 50,000 rows into a graph of
    /// 100,000 people: with one look-up per id the import took 2.2 s of CPU,
    /// with this 1.3 s; a roles file of 35 rows pays 0.13 s for it.
    public func learnEveryNode() throws {
        guard !knowsEveryNode else { return }
        try flush()
        // Filled on the connection's thread while this one waits for it.
        try connection.read { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM node")!
            self.known.reserveCapacity(count + self.known.count)
            let rows = try Row.fetchCursor(db, sql: "SELECT id, key, kind, side FROM node")
            while let row = try rows.next() {
                let id: String = row["id"]
                if self.known[id] != nil { continue }
                self.known[id] = Slot(
                    key: row["key"], kind: try self.decode(row["kind"], id: id, column: "kind") as NodeKind,
                    side: try self.decode(row["side"], id: id, column: "side"), tag: 0)
            }
        }
        knowsEveryNode = true
    }

    /// The stored attributes of a node the writer has an entry for.
    public func attributes(of entry: Entry, id: String) throws -> NodeAttributes {
        try flush()
        let statement = statements.nodeByKey
        guard let row = try connection.read({ _ in try Row.fetchOne(statement, arguments: [entry.key]) }) else {
            throw StakeMapError.databaseUnusable(path: path, reason: "the node \"\(id)\" went missing during the change")
        }
        return NodeAttributes(
            kind: entry.kind, side: entry.side, name: row["name"], power: row["power"], interest: row["interest"],
            level: try (row["level"] as String?).map { try decode($0, id: id, column: "level") },
            email: row["email"], notes: row["notes"], path: row["path"],
            required: (row["required"] as Int?).map { $0 != 0 }, legitimacy: row["legitimacy"], urgency: row["urgency"])
    }

    /// The id and kind of the node with this key (for messages).
    public func node(key: Int64) throws -> (id: String, kind: NodeKind)? {
        try flush()
        let statement = statements.idByKey
        guard let row = try connection.read({ _ in try Row.fetchOne(statement, arguments: [key]) }) else { return nil }
        let id: String = row["id"]
        return (id, try decode(row["kind"], id: id, column: "kind"))
    }

    /// A key for a node that the caller will add later in this change (a row
    /// further down the file). Links may point at it at once; ``unfilledReservations``
    /// names the ids that were never added, and the caller must not commit then.
    public func reserve(_ id: String, tag: Int32 = 0) -> Int64 {
        if let key = known[id]?.key { return key }
        defer { nextKey += 1 }
        known[id] = Slot(key: nextKey, kind: nil, side: .internal, tag: tag)
        reservations += 1
        return nextKey
    }

    /// The key and tag reserved for this id, when it is reserved and not added yet.
    public func reservation(_ id: String) -> (key: Int64, tag: Int32)? {
        guard let slot = known[id], slot.kind == nil else { return nil }
        return (slot.key, slot.tag)
    }

    /// The ids reserved and never added, by key.
    public var unfilledReservations: [Int64: String] {
        guard reservations > 0 else { return [:] }
        var unfilled: [Int64: String] = [:]
        for (id, slot) in known where slot.kind == nil { unfilled[slot.key] = id }
        return unfilled
    }

    /// Keeps `tag` with a node for the rest of the change.
    public func tag(_ id: String, _ tag: Int32) {
        known[id]?.tag = tag
    }

    /// Adds a node that does not exist yet; returns its entry.
    @discardableResult
    public func add(_ id: String, _ node: NodeAttributes, tag: Int32 = 0) throws -> Entry {
        let key: Int64
        if let reserved = known[id]?.key {
            key = reserved
            reservations -= 1
        } else {
            key = nextKey
            nextKey += 1
        }
        let slot = Slot(key: key, kind: node.kind, side: node.side, tag: tag)
        known[id] = slot
        nodesAdded += 1
        _ = try newNodes.add((key, id, node), connection)
        return slot.entry!
    }

    /// Writes a node's changed attributes (its kind stays); returns its entry now.
    @discardableResult
    public func update(_ id: String, _ entry: Entry, to node: NodeAttributes) throws -> Entry {
        try flush()
        let statement = statements.nodeUpdate
        let arguments: StatementArguments = [
            node.side.rawValue, node.name, node.power, node.interest, node.level?.rawValue, node.email, node.notes,
            node.path, node.required.map { $0 ? 1 : 0 }, node.legitimacy, node.urgency, changeSet, entry.key,
        ]
        try connection.read { _ in try statement.execute(arguments: arguments) }
        known[id]?.side = node.side
        noteChanged(entry.key)
        return Entry(key: entry.key, kind: entry.kind, side: node.side, tag: entry.tag)
    }
}
