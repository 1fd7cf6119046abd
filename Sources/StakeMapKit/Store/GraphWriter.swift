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
    private struct Slot {
        var key: Int64
        var kind: NodeKind?
        var side: Side
        var tag: Int32

        var entry: Entry? { kind.map { Entry(key: key, kind: $0, side: side, tag: tag) } }
    }

    let db: Database
    let path: String
    /// Whether the graph was empty when the change started: then ``known`` holds every node.
    let startedEmpty: Bool
    /// The nodes met so far and the keys reserved (see ``reserve(_:)``), by id:
    /// one table, as at a million people each table of all ids costs 60 MB.
    private var known: [String: Slot] = [:]
    /// How many of ``known`` are reservations.
    private var reservations = 0
    private var nextKey: Int64
    /// Links inserted (not already there) and removed by this change.
    public private(set) var linksAdded = 0
    public private(set) var linksRemoved = 0

    private var newNodes: BatchedInsert<(key: Int64, id: String, node: NodeAttributes)>
    private var newSteps: BatchedInsert<(node: String, step: InvolvementStep)>
    private var newLinks: BatchedInsert<(source: Int64, kind: EdgeKind, target: Int64, weight: Int?, note: String?)>
    private let statements: WriterStatements

    init(_ db: Database, path: String) throws {
        self.db = db
        self.path = path
        startedEmpty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM node)")!
        nextKey = try Int64.fetchOne(db, sql: "SELECT coalesce(max(key), 0) + 1 FROM node")!
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
            sql: "INSERT OR FAIL INTO node (key, id, kind, side, name, power, interest, level, email, notes, path, required) VALUES",
            columns: 12, rowsPerStatement: 16
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
        }
        newSteps = try BatchedInsert(db, sql: "INSERT OR FAIL INTO node_step (node, step) VALUES", columns: 2) {
            insert, first, values in
            insert.bind(first, values.node)
            insert.bind(first + 1, values.step.rawValue)
        }
        newLinks = try BatchedInsert(
            db, sql: "INSERT OR FAIL INTO link (source, kind, target, weight, note) VALUES", columns: 5,
            suffix: "ON CONFLICT DO NOTHING"
        ) { insert, first, values in
            insert.bind(first, values.source)
            insert.bind(first + 1, values.kind.code)
            insert.bind(first + 2, values.target)
            insert.bind(first + 3, values.weight)
            insert.bind(first + 4, values.note)
        }
    }

    // MARK: Nodes

    /// The node with this id, or nil when there is none (a reserved id is none yet).
    public func entry(_ id: String) throws -> Entry? {
        if let slot = known[id] { return slot.entry }
        if startedEmpty { return nil }
        try flush()
        guard let row = try Row.fetchOne(statements.entryByID, arguments: [id]) else { return nil }
        let slot = Slot(
            key: row["key"], kind: try decode(row["kind"], id: id, column: "kind") as NodeKind,
            side: try decode(row["side"], id: id, column: "side"), tag: 0)
        known[id] = slot
        return slot.entry
    }

    /// The stored attributes of a node the writer has an entry for.
    public func attributes(of entry: Entry, id: String) throws -> NodeAttributes {
        try flush()
        guard let row = try Row.fetchOne(statements.nodeByKey, arguments: [entry.key]) else {
            throw StakeMapError.databaseUnusable(path: path, reason: "the node \"\(id)\" went missing during the change")
        }
        return NodeAttributes(
            kind: entry.kind, side: entry.side, name: row["name"], power: row["power"], interest: row["interest"],
            level: try (row["level"] as String?).map { try decode($0, id: id, column: "level") },
            email: row["email"], notes: row["notes"], path: row["path"],
            required: (row["required"] as Int?).map { $0 != 0 })
    }

    /// The id and kind of the node with this key (for messages).
    public func node(key: Int64) throws -> (id: String, kind: NodeKind)? {
        try flush()
        guard let row = try Row.fetchOne(statements.idByKey, arguments: [key]) else { return nil }
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
        _ = try newNodes.add((key, id, node), db)
        return slot.entry!
    }

    /// Writes a node's changed attributes (its kind stays); returns its entry now.
    @discardableResult
    public func update(_ id: String, _ entry: Entry, to node: NodeAttributes) throws -> Entry {
        try flush()
        try statements.nodeUpdate.execute(arguments: [
            node.side.rawValue, node.name, node.power, node.interest, node.level?.rawValue, node.email, node.notes,
            node.path, node.required.map { $0 ? 1 : 0 }, entry.key,
        ])
        known[id]?.side = node.side
        return Entry(key: entry.key, kind: entry.kind, side: node.side, tag: entry.tag)
    }

    // MARK: Steps and tools

    /// Gives a node these steps; true when they differ from what it had.
    /// `isNew` skips reading what a node added in this change had (nothing).
    @discardableResult
    public func setSteps(_ id: String, _ steps: Set<InvolvementStep>, isNew: Bool = false) throws -> Bool {
        if !isNew {
            try flush()
            let stored = Set(try String.fetchAll(statements.stepsSelect, arguments: [id]))
            if stored == Set(steps.map(\.rawValue)) { return false }
            try statements.stepsDelete.execute(arguments: [id])
        }
        for step in InvolvementStep.allCases where steps.contains(step) {
            _ = try newSteps.add((id, step), db)
        }
        return !isNew
    }

    /// Gives a node these tools; true when they differ from what it had.
    @discardableResult
    public func setTools(_ id: String, _ tools: Set<String>, isNew: Bool = false) throws -> Bool {
        try flush()
        if !isNew {
            let stored = Set(try String.fetchAll(statements.toolsSelect, arguments: [id]))
            if stored == tools { return false }
            try statements.toolsDelete.execute(arguments: [id])
        }
        for tool in tools.sorted() {
            try statements.toolInsert.execute(arguments: [id, tool])
        }
        return !isNew
    }

    // MARK: Links

    /// Adds a link unless it is there; an `influences` link without a weight gets the default.
    public func addLink(_ source: Int64, _ kind: EdgeKind, _ target: Int64, weight: Int? = nil, note: String? = nil)
        throws
    {
        let weight = weight ?? (kind == .influences ? EdgeKind.defaultWeight : nil)
        linksAdded += try newLinks.add((source, kind, target, weight, note), db)
    }

    /// How ``writeLink(_:_:_:weight:note:)`` found the link.
    public enum LinkChange { case added, updated, unchanged }

    /// Adds a link, or sets the weight and note given (nil keeps what it has).
    public func writeLink(_ source: Int64, _ kind: EdgeKind, _ target: Int64, weight: Int?, note: String?) throws
        -> LinkChange
    {
        try flush()
        guard let row = try Row.fetchOne(statements.linkSelect, arguments: [source, kind.code, target]) else {
            try addLink(source, kind, target, weight: weight, note: note)
            try flush()
            return .added
        }
        let storedWeight: Int? = row["weight"]
        let storedNote: String? = row["note"]
        let newWeight = weight ?? storedWeight
        let newNote = note ?? storedNote
        if newWeight == storedWeight && newNote == storedNote { return .unchanged }
        try statements.linkUpdate.execute(arguments: [newWeight, newNote, source, kind.code, target])
        return .updated
    }

    /// Adds a link, or gives it exactly this weight and note (no default weight).
    public func setLink(_ source: Int64, _ kind: EdgeKind, _ target: Int64, weight: Int?, note: String?) throws {
        try flush()
        try statements.linkDelete.execute(arguments: [source, kind.code, target])
        linksRemoved += db.changesCount
        linksAdded += try newLinks.add((source, kind, target, weight, note), db)
    }

    /// Makes the links of `kind` out of (or, `incoming`, into) `node` — only
    /// those whose other end is of `otherKind`, when given — exactly the ones to
    /// `others`: missing ones are added, the rest removed, those already there
    /// keep their weight and note. True when anything changed.
    @discardableResult
    public func replaceLinks(
        of node: Int64, _ kind: EdgeKind, incoming: Bool = false, otherKind: NodeKind? = nil, with others: [Int64]
    ) throws -> Bool {
        try flush()
        var stored: [Int64] = []
        let rows = try Row.fetchCursor(
            incoming ? statements.linksIn : statements.linksOut, arguments: [node, kind.code])
        while let row = try rows.next() {
            if otherKind == nil || row["kind"] == otherKind!.rawValue { stored.append(row["other"]) }
        }
        let wanted = Set(others)
        var changed = false
        for other in stored where !wanted.contains(other) {
            let (source, target) = incoming ? (other, node) : (node, other)
            try statements.linkDelete.execute(arguments: [source, kind.code, target])
            linksRemoved += 1
            changed = true
        }
        let have = Set(stored)
        for other in others where !have.contains(other) {
            let (source, target) = incoming ? (other, node) : (node, other)
            let before = linksAdded
            try addLink(source, kind, target)
            try flush()
            changed = changed || linksAdded > before
        }
        return changed
    }

    // MARK: The end

    /// Writes what waits in the batches.
    func flush() throws {
        if !newNodes.isEmpty { _ = try newNodes.flush(db) }
        if !newSteps.isEmpty { _ = try newSteps.flush(db) }
        if !newLinks.isEmpty { linksAdded += try newLinks.flush(db) }
    }

    /// Writes the rest and rebuilds what the start took away; run before commit.
    func finish() throws {
        try flush()
        if reservations > 0 {
            throw StakeMapError.databaseUnusable(
                path: path, reason: "links to \(reservations) nodes that were never added; nothing was written")
        }
        if startedEmpty {
            try createIndexInSmallRuns("CREATE UNIQUE INDEX node_by_id ON node (id)")
            try createIndexInSmallRuns("CREATE INDEX link_by_target ON link (target, kind, source)")
        }
    }

    /// Builds an index with a 1 MiB page cache. SQLite sorts the index's keys in
    /// runs as large as the page cache: at 5.7M links, runs of 1 MiB (which stay
    /// in the CPU's caches) took 3.3–4.0 s, 512 KiB 3.9–4.2 s, 4 MiB 4.5–4.6 s,
    /// 16 MiB 6.8 s and 64 MiB 8.6 s; small runs also keep the sorting threads'
    /// memory small.
    private func createIndexInSmallRuns(_ sql: String) throws {
        try db.execute(sql: "PRAGMA cache_size = -1024")
        defer { try? db.execute(sql: "PRAGMA cache_size = -32768") }
        try db.execute(sql: sql)
    }

    /// A vocabulary value read from the database; one another program wrote
    /// outside the vocabulary is an error naming the node, not a crash.
    private func decode<Value: RawRepresentable<String>>(_ text: String, id: String, column: String) throws -> Value {
        guard let value = Value(rawValue: text) else {
            throw StakeMapError.databaseUnusable(
                path: path,
                reason: "the node \"\(id)\" has \(column) \"\(text)\", which this stakemap does not know "
                    + "(was it written by another program?)")
        }
        return value
    }
}

/// The statements the writer runs per node or link, prepared once.
private struct WriterStatements {
    let entryByID, idByKey, nodeByKey, nodeUpdate: Statement
    let stepsSelect, stepsDelete, toolsSelect, toolsDelete, toolInsert: Statement
    let linkSelect, linkUpdate, linkDelete, linksOut, linksIn: Statement

    init(_ db: Database) throws {
        entryByID = try db.makeStatement(sql: "SELECT key, kind, side FROM node WHERE id = ?")
        idByKey = try db.makeStatement(sql: "SELECT id, kind FROM node WHERE key = ?")
        nodeByKey = try db.makeStatement(
            sql: "SELECT name, power, interest, level, email, notes, path, required FROM node WHERE key = ?")
        nodeUpdate = try db.makeStatement(
            sql: """
                UPDATE node SET side = ?, name = ?, power = ?, interest = ?, level = ?, email = ?, notes = ?,
                    path = ?, required = ?
                WHERE key = ?
                """)
        stepsSelect = try db.makeStatement(sql: "SELECT step FROM node_step WHERE node = ?")
        stepsDelete = try db.makeStatement(sql: "DELETE FROM node_step WHERE node = ?")
        toolsSelect = try db.makeStatement(sql: "SELECT tool FROM node_tool WHERE node = ?")
        toolsDelete = try db.makeStatement(sql: "DELETE FROM node_tool WHERE node = ?")
        toolInsert = try db.makeStatement(sql: "INSERT INTO node_tool (node, tool) VALUES (?, ?)")
        linkSelect = try db.makeStatement(
            sql: "SELECT weight, note FROM link WHERE source = ? AND kind = ? AND target = ?")
        linkUpdate = try db.makeStatement(
            sql: "UPDATE link SET weight = ?, note = ? WHERE source = ? AND kind = ? AND target = ?")
        linkDelete = try db.makeStatement(sql: "DELETE FROM link WHERE source = ? AND kind = ? AND target = ?")
        linksOut = try db.makeStatement(
            sql: "SELECT l.target AS other, n.kind FROM link l JOIN node n ON n.key = l.target WHERE l.source = ? AND l.kind = ?")
        linksIn = try db.makeStatement(
            sql: "SELECT l.source AS other, n.kind FROM link l JOIN node n ON n.key = l.source WHERE l.target = ? AND l.kind = ?")
    }
}
