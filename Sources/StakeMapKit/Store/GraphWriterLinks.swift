import GRDB

/// Steps, tools and links, and the end of a change.
extension GraphWriter {
    // MARK: Steps and tools

    /// Gives a node these steps; true when they differ from what it had.
    /// `isNew` skips reading what a node added in this change had (nothing).
    /// Only the steps that differ are written, so the journal records just those.
    @discardableResult
    public func setSteps(_ id: String, _ steps: Set<InvolvementStep>, isNew: Bool = false) throws -> Bool {
        var stored: Set<String> = []
        if !isNew {
            try flush()
            let (select, delete) = (statements.stepsSelect, statements.stepDelete)
            let wanted = Set(steps.map(\.rawValue))
            stored = try connection.read { _ in
                let stored = Set(try String.fetchAll(select, arguments: [id]))
                for step in stored.subtracting(wanted).sorted() { try delete.execute(arguments: [id, step]) }
                return stored
            }
            if stored == wanted { return false }
            if let key = known[id]?.key { noteChanged(key) }
        }
        for step in InvolvementStep.allCases where steps.contains(step) && !stored.contains(step.rawValue) {
            _ = try newSteps.add((id, step), connection)
        }
        return !isNew
    }

    /// Gives a node these tools; true when they differ from what it had.
    @discardableResult
    public func setTools(_ id: String, _ tools: Set<String>, isNew: Bool = false) throws -> Bool {
        try flush()
        let (select, delete, insert) = (statements.toolsSelect, statements.toolDelete, statements.toolInsert)
        let changeSet = changeSet
        let changed: Bool = try connection.read { _ in
            let stored = isNew ? [] : Set(try String.fetchAll(select, arguments: [id]))
            if stored == tools { return false }
            for tool in stored.subtracting(tools).sorted() { try delete.execute(arguments: [id, tool]) }
            for tool in tools.subtracting(stored).sorted() { try insert.execute(arguments: [id, tool, changeSet]) }
            return !isNew
        }
        if changed, let key = known[id]?.key { noteChanged(key) }
        return changed
    }

    // MARK: Links

    /// Adds a link unless it is there; an `influences` link without a weight gets the default.
    public func addLink(_ source: Int64, _ kind: EdgeKind, _ target: Int64, weight: Int? = nil, note: String? = nil)
        throws
    {
        let weight = weight ?? (kind == .influences ? EdgeKind.defaultWeight : nil)
        linksAddedHere += try newLinks.add((source, kind, target, weight, note), connection)
    }

    /// How ``writeLink(_:_:_:weight:note:)`` found the link.
    public enum LinkChange { case added, updated, unchanged }

    /// Adds a link, or sets the weight and note given (nil keeps what it has).
    public func writeLink(_ source: Int64, _ kind: EdgeKind, _ target: Int64, weight: Int?, note: String?) throws
        -> LinkChange
    {
        try flush()
        let select = statements.linkSelect
        guard let row = try connection.read({ _ in try Row.fetchOne(select, arguments: [source, kind.code, target]) })
        else {
            try addLink(source, kind, target, weight: weight, note: note)
            try flush()
            return .added
        }
        let storedWeight: Int? = row["weight"]
        let storedNote: String? = row["note"]
        let newWeight = weight ?? storedWeight
        let newNote = note ?? storedNote
        if newWeight == storedWeight && newNote == storedNote { return .unchanged }
        try updateLink(source, kind, target, weight: newWeight, note: newNote)
        return .updated
    }

    /// Adds a link, or gives it exactly this weight and note (no default weight).
    public func setLink(_ source: Int64, _ kind: EdgeKind, _ target: Int64, weight: Int?, note: String?) throws {
        try flush()
        let select = statements.linkSelect
        guard let row = try connection.read({ _ in try Row.fetchOne(select, arguments: [source, kind.code, target]) })
        else {
            linksAddedHere += try newLinks.add((source, kind, target, weight, note), connection)
            return
        }
        if row["weight"] as Int? == weight && row["note"] as String? == note { return }
        try updateLink(source, kind, target, weight: weight, note: note)
    }

    /// Gives an existing link this weight and note.
    private func updateLink(_ source: Int64, _ kind: EdgeKind, _ target: Int64, weight: Int?, note: String?) throws {
        let update = statements.linkUpdate
        let arguments: StatementArguments = [weight, note, changeSet, source, kind.code, target]
        try connection.read { _ in try update.execute(arguments: arguments) }
        linksChanged += 1
    }

    /// Removes a link; false when there was none.
    @discardableResult
    public func removeLink(_ source: Int64, _ kind: EdgeKind, _ target: Int64) throws -> Bool {
        try flush()
        let delete = statements.linkDelete
        let removed = try connection.read { db in
            try delete.execute(arguments: [source, kind.code, target])
            return db.changesCount
        }
        linksRemoved += removed
        return removed > 0
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
        let select = incoming ? statements.linksIn : statements.linksOut
        let stored: [Int64] = try connection.read { _ in
            var stored: [Int64] = []
            let rows = try Row.fetchCursor(select, arguments: [node, kind.code])
            while let row = try rows.next() {
                if otherKind == nil || row["kind"] == otherKind!.rawValue { stored.append(row["other"]) }
            }
            return stored
        }
        let wanted = Set(others)
        var changed = false
        for other in stored where !wanted.contains(other) {
            let (source, target) = incoming ? (other, node) : (node, other)
            try removeLink(source, kind, target)
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
        if !newNodes.isEmpty { _ = try newNodes.flush(connection) }
        if !newSteps.isEmpty { _ = try newSteps.flush(connection) }
        if !newLinks.isEmpty { linksAddedHere += try newLinks.flush(connection) }
        if let queue = connection.queue { linksAddedQueued = try queue.countedRows() }
    }

    /// Writes the rest and rebuilds what the start took away; run before commit.
    func finish(_ db: Database) throws {
        try flush()
        if reservations > 0 {
            throw StakeMapError.databaseUnusable(
                path: path, reason: "links to \(reservations) nodes that were never added; nothing was written")
        }
        if startedEmpty {
            let clock = PhaseClock()
            try createIndexInSmallRuns("CREATE UNIQUE INDEX node_by_id ON node (id)", db)
            clock.phase("index ids")
            try createIndexInSmallRuns("CREATE INDEX link_by_target ON link (target, kind, source)", db)
            clock.phase("index links")
        }
    }

    /// Builds an index with a 1 MiB page cache. SQLite sorts the index's keys in
    /// runs as large as the page cache: at 5.7M links, runs of 1 MiB (which stay
    /// in the CPU's caches) took 3.3–4.0 s, 512 KiB 3.9–4.2 s, 4 MiB 4.5–4.6 s,
    /// 16 MiB 6.8 s and 64 MiB 8.6 s; small runs also keep the sorting threads'
    /// memory small.
    private func createIndexInSmallRuns(_ sql: String, _ db: Database) throws {
        try db.execute(sql: "PRAGMA cache_size = -1024")
        defer { try? db.execute(sql: "PRAGMA cache_size = -32768") }
        try db.execute(sql: sql)
    }

    /// A vocabulary value read from the database; one another program wrote
    /// outside the vocabulary is an error naming the node, not a crash.
    func decode<Value: RawRepresentable<String> & CaseIterable>(_ text: String, id: String, column: String) throws
        -> Value
    {
        guard let value = Value(rawValue: text) else {
            throw StakeMapError.storedValueUnknown(
                path: path, node: id, column: "node.\(column)", value: text, expected: StoredValue.words(Value.self))
        }
        return value
    }
}
