import Foundation
import GRDB
import GRDBSQLite

/// How one import runs (SPEC §2).
public struct ImportOptions: Sendable {
    /// `,` `;` or tab; nil detects it from the header line.
    public var delimiter: UInt8?
    /// nil reads UTF-8 and falls back to Windows-1252 per record.
    public var encoding: TextEncoding?
    public var ignoreUnknown: Bool
    /// Validate and report, but write nothing.
    public var dryRun: Bool

    public init(
        delimiter: UInt8? = nil, encoding: TextEncoding? = nil, ignoreUnknown: Bool = false,
        dryRun: Bool = false
    ) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.ignoreUnknown = ignoreUnknown
        self.dryRun = dryRun
    }
}

/// How far a long import is, for a progress line.
public enum ImportProgress: Sendable {
    /// Rows are being read; `bytes` of the input so far.
    case reading(bytes: Int)
    /// All rows are read; references are checked and links written.
    case finishing(rows: Int)
}

/// What an import did, printed as one line on stderr.
public struct ImportSummary: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var kind: ImportKind
    /// Data rows read (all-empty rows not counted).
    public var rows = 0
    /// Nodes (links, for a links file) that did not exist before.
    public var added = 0
    /// Existing nodes (links) whose attributes or edges this file changed.
    public var updated = 0
    /// Units, roles and groups created along the way (by a path or a name).
    public var unitsCreated = 0
    public var rolesCreated = 0
    public var groupsCreated = 0
    /// Edges written that did not exist before.
    public var links = 0
    public var dryRun = false

    public var description: String {
        var text = "\(file): \(rows) rows, \(added) added, \(updated) updated, \(unitsCreated) units, "
        text += "\(rolesCreated) roles, \(groupsCreated) groups, \(links) links"
        if dryRun { text += " (dry run: nothing written)" }
        return text
    }
}

/// Reads one CSV file into the graph, all or nothing.
///
/// Rows are streamed: nodes are written as they come. A new person's
/// references go straight into the graph and are checked against the ids seen
/// so far, or at the end for ids that come later in the file; the references
/// of nodes that already existed replace what they had, so they are staged in
/// temporary tables and checked and applied with set-based SQL at the end. All
/// of it is one transaction, rolled back when any row is wrong.
public enum Importer {
    /// The most errors listed; the rest are counted.
    public static let errorLimit = 100

    public static func run(
        _ store: StakeMapStore, kind: ImportKind, file: String, fileDescriptor: Int32,
        options: ImportOptions = ImportOptions(), progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) throws -> ImportSummary {
        // A regular file can be read twice (see ImportSession.numberRows); a pipe once.
        var status = stat()
        let regular = fstat(fileDescriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        let start = regular ? lseek(fileDescriptor, 0, SEEK_CUR) : -1
        let input = ImportInput(canReadTwice: start >= 0) { () throws(CSVError) -> CSVReader in
            if start >= 0 { lseek(fileDescriptor, start, SEEK_SET) }
            return try CSVReader(fileDescriptor: fileDescriptor, delimiter: options.delimiter, encoding: options.encoding)
        }
        return try run(store, kind: kind, file: file, input: input, options: options, progress: progress)
    }

    /// Imports CSV text held in memory (tests, small inputs); `file` names it in messages.
    public static func run(
        _ store: StakeMapStore, kind: ImportKind, file: String, bytes: [UInt8],
        options: ImportOptions = ImportOptions()
    ) throws -> ImportSummary {
        let input = ImportInput(canReadTwice: true) { () throws(CSVError) -> CSVReader in
            try CSVReader(bytes: bytes, delimiter: options.delimiter, encoding: options.encoding)
        }
        return try run(store, kind: kind, file: file, input: input, options: options, progress: nil)
    }

    static func run(
        _ store: StakeMapStore, kind: ImportKind, file: String, input: ImportInput, options: ImportOptions,
        progress: (@Sendable (ImportProgress) -> Void)?
    ) throws -> ImportSummary {
        let reader: CSVReader
        do {
            reader = try input.open()
        } catch {
            throw StakeMapError.badInput([InputIssue(file: file, line: error.line, message: error.message)], total: 1)
        }
        var summary = ImportSummary(file: file, kind: kind, dryRun: options.dryRun)
        var failure: StakeMapError?
        try store.writer.writeWithoutTransaction { db in
            // Every reference is checked by the import itself (checkReferences, and
            // units, roles and groups are created before their edges), so SQLite's
            // own foreign-key look-ups would only repeat that work: measured, they
            // were 40% of the time to insert the edges of 100k people.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            // A 32 MiB page cache: 256 MiB measured no faster at 1M people, and the
            // import's peak memory stays within 200 MB.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            defer { try? db.execute(sql: "PRAGMA cache_size = -65536") }
            // Lets SQLite sort with a second thread when it builds the look-up
            // index of a large import (measured at 5.7M edges: 13.3 s → 9.4 s;
            // see finish() for its memory).
            try db.execute(sql: "PRAGMA threads = 2")
            defer { try? db.execute(sql: "PRAGMA threads = 0") }
            // Immediate: take the write lock before reading, so that a second
            // import into the same file waits (busy timeout) instead of failing
            // when the first commits between our reads and our writes.
            try db.inTransaction(.immediate) {
                let session = try ImportSession(db: db, kind: kind, file: file, options: options)
                do {
                    if kind == .people && session.databaseWasEmpty && input.canReadTwice {
                        session.numberRows(reader)
                        session.phase("number rows")
                        summary = try session.run(reader: input.open(), progress: progress)
                    } else {
                        summary = try session.run(reader: reader, progress: progress)
                    }
                } catch let error as StakeMapError {
                    failure = error
                    return .rollback
                }
                if session.issueCount > 0 {
                    failure = .badInput(session.sortedIssues(), total: session.issueCount)
                    return .rollback
                }
                if options.dryRun { return .rollback }
                try session.dropStaging()
                return .commit
            }
        }
        if let failure { throw failure }
        return summary
    }
}

/// Where an import's CSV comes from: `open()` starts reading it, from the top
/// again when the input can be read twice.
struct ImportInput {
    let canReadTwice: Bool
    let open: () throws(CSVError) -> CSVReader
}

/// The state of one running import: prepared statements, caches of the small
/// node kinds (units, roles, groups), the errors found so far, the counters.
final class ImportSession {
    let db: Database
    let kind: ImportKind
    let file: String
    let options: ImportOptions
    var header = HeaderMap.empty
    var summary: ImportSummary

    private(set) var issues: [InputIssue] = []
    private(set) var issueCount = 0

    /// Units, roles and groups by id (including ones created in this import).
    var knownSmallNodes: [String: (kind: NodeKind, side: Side, key: Int64)] = [:]
    /// Every id this import has met: its key, and the line of the row in this
    /// file that claimed it.
    let ids = IDTable()
    /// Whether the graph was empty when the import started.
    let databaseWasEmpty: Bool
    /// The key the next new node gets.
    var nextKey: Int64
    /// The keys ``numberRows(_:)`` gave the people of this file, and how many of
    /// them rows have taken.
    var numberedKeys: Range<Int64> = 0..<0
    var numberedTaken = 0
    /// Writes the batches on a second thread (see ``InsertPipeline``): for a people
    /// file into an empty database, where rows are almost never read back.
    var pipeline: InsertPipeline?
    /// See ``ownerKey(_:)``.
    var lastOwner: (id: String, key: Int64) = ("", 0)
    /// New nodes and links, written in batches; read back only after ``flushNodes()``.
    var newNodes: BatchedInsert<(key: Int64, id: String, node: StoredNode)>
    var newLinks: BatchedInsert<(source: Int64, target: Int64, kind: EdgeKind)>
    var newSteps: BatchedInsert<(node: String, step: InvolvementStep)>
    /// Unit paths as written in this file, resolved to unit ids.
    var resolvedPaths: [String: (id: String, side: Side)] = [:]
    /// Role and target group names as written, resolved to ids, by kind.
    var resolvedNames: [NodeKind: [String: String]] = [:]
    /// The statements every row reuses, prepared once.
    var statements: Statements

    init(db: Database, kind: ImportKind, file: String, options: ImportOptions) throws {
        self.db = db
        self.kind = kind
        self.file = file
        self.options = options
        self.summary = ImportSummary(file: file, kind: kind, dryRun: options.dryRun)
        try db.execute(
            sql: """
                CREATE TEMP TABLE import_seen (id TEXT PRIMARY KEY, line INTEGER NOT NULL,
                    existed INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TEMP TABLE import_edge (line INTEGER NOT NULL, owner TEXT NOT NULL,
                    source TEXT NOT NULL, target TEXT NOT NULL, kind TEXT NOT NULL,
                    weight INTEGER, note TEXT, scol TEXT, tcol TEXT);
                CREATE TEMP TABLE import_replace (node TEXT NOT NULL, kind TEXT NOT NULL,
                    direction TEXT NOT NULL, target_kind TEXT,
                    PRIMARY KEY (node, kind, direction, target_kind));
                CREATE TEMP TABLE import_touched (id TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE TEMP TABLE import_pending (line INTEGER NOT NULL, kind TEXT NOT NULL,
                    source TEXT NOT NULL, target TEXT NOT NULL, col TEXT NOT NULL);
                """)
        databaseWasEmpty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM node)")!
        nextKey = try Int64.fetchOne(db, sql: "SELECT coalesce(max(key), 0) + 1 FROM node")!
        if databaseWasEmpty {
            // Building the look-up index once at the end, from sorted keys, is
            // cheaper than keeping it up to date row by row (measured: about a
            // third of the edge inserts' time). Inside the transaction, so a
            // failed import gets it back with the rollback.
            try db.execute(sql: "DROP INDEX link_by_target")
        }
        if databaseWasEmpty && kind == .people {
            // The same for the index of ids, which a people file into an empty
            // database never reads (see storedNode and knownKind): at 1M people
            // it cost the writing thread 2 s.
            try db.execute(sql: "DROP INDEX node_by_id")
        }
        // Prepared after the schema change above: a statement prepared before it
        // would be prepared again when first run, on the pipeline's thread.
        self.statements = try Statements(db)
        // OR FAIL on the batches: a statement that can stop halfway with ABORT
        // (any row of a multi-row INSERT breaking a constraint) makes SQLite copy
        // every page it touches into a statement journal first, so that it can
        // undo just that statement. The import needs no such undo: any failure
        // ends it and the whole transaction rolls back. Measured at 100k people,
        // 244 MB written to the statement journal without it, none with it; at
        // 1M the rows took 15.5 s before and 14.0 s after.
        newNodes = try BatchedInsert(
            db,
            sql: "INSERT OR FAIL INTO node (key, id, kind, side, name, power, interest, level, email, notes, path, required) VALUES",
            columns: 12, rowsPerStatement: 16
        ) { insert, first, values in
            let node = values.node
            insert.bind(first, Int(values.key))
            insert.bind(first + 1, values.id)
            insert.bind(first + 2, node.kind.rawValue)
            insert.bind(first + 3, node.side.rawValue)
            insert.bind(first + 4, node.name)
            insert.bind(first + 5, node.power)
            insert.bind(first + 6, node.interest)
            insert.bind(first + 7, node.level)
            insert.bind(first + 8, node.email)
            insert.bind(first + 9, node.notes)
            insert.bind(first + 10, node.path)
            insert.bind(first + 11, node.required)
        }
        newSteps = try BatchedInsert(db, sql: "INSERT OR FAIL INTO node_step (node, step) VALUES", columns: 2) {
            insert, first, values in
            insert.bind(first, values.node)
            insert.bind(first + 1, values.step.rawValue)
        }
        newLinks = try BatchedInsert(
            db, sql: "INSERT OR FAIL INTO link (source, target, kind, weight) VALUES", columns: 4,
            suffix: "ON CONFLICT DO NOTHING"
        ) { insert, first, values in
            insert.bind(first, Int(values.source))
            insert.bind(first + 1, Int(values.target))
            insert.bind(first + 2, values.kind.code)
            insert.bind(first + 3, values.kind == .influences ? EdgeKind.defaultWeight : nil)
        }
        if databaseWasEmpty && kind == .people {
            let pipeline = InsertPipeline()
            self.pipeline = pipeline
            newNodes.pipeline = pipeline
            newSteps.pipeline = pipeline
            newLinks.pipeline = pipeline
            newLinks.counted = true
        }
    }

    func dropStaging() throws {
        try db.execute(
            sql: """
                DROP TABLE temp.import_seen; DROP TABLE temp.import_edge;
                DROP TABLE temp.import_replace; DROP TABLE temp.import_touched;
                DROP TABLE temp.import_pending; DROP TABLE IF EXISTS temp.import_link;
                """)
    }

    // MARK: Errors

    func report(_ line: Int, _ message: String) {
        issueCount += 1
        // Keep a few more than shown, so that the sorted first 100 are right
        // even when set-based checks at the end add errors on earlier lines.
        if issues.count < Importer.errorLimit * 4 {
            issues.append(InputIssue(file: file, line: line, message: message))
        }
    }

    func sortedIssues() -> [InputIssue] {
        Array(issues.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element).prefix(Importer.errorLimit))
    }

    /// Unwraps a cell value, reporting the problem at `line` when it fails.
    func value<T>(_ result: Result<T, CellProblem>, line: Int) -> T? {
        switch result {
        case .success(let value): return value
        case .failure(let problem):
            report(line, problem.message)
            return nil
        }
    }

    // MARK: Reading

    func run(reader: CSVReader, progress: (@Sendable (ImportProgress) -> Void)?) throws -> ImportSummary {
        let headerRecord: CSVRecord
        switch Self.nextRecord(reader) {
        case .failure(let error):
            throw StakeMapError.badInput([InputIssue(file: file, line: error.line, message: error.message)], total: 1)
        case .success(nil):
            throw StakeMapError.badInput(
                [InputIssue(file: file, line: 1, message: "the file is empty; it needs a header line")], total: 1)
        case .success(let first?):
            headerRecord = first
        }
        let (map, problems) = HeaderMap.make(
            header: headerRecord.fields, kind: kind, ignoreUnknown: options.ignoreUnknown)
        if !problems.isEmpty {
            let list = problems.map { InputIssue(file: file, line: headerRecord.line, message: $0) }
            throw StakeMapError.badInput(list, total: list.count)
        }
        header = map
        // No batch outlives the import, however it ends.
        defer { _ = try? pipeline?.drain() }
        var rowsSinceProgress = 0
        // Records are read two ahead of the one imported, so that the look-ups
        // of their ids can be started early (see IDTable.prefetch): at 1M people
        // the look-ups took 2.2 s of the reading thread without, 0.75 s with
        // (the prefetching included).
        var upcoming: [Result<CSVRecord?, CSVError>] = []
        let idPositions = kind == .people ? [Column.id, .influences, .reportsTo].compactMap(header.position) : []
        reading: while true {
            while upcoming.count < 3 {
                if case .success(nil) = upcoming.last { break }
                upcoming.append(Self.nextRecord(reader))
            }
            let current = upcoming.removeFirst()
            prefetchIDs(of: upcoming, at: idPositions)
            let record: CSVRecord
            switch current {
            case .failure(let error):
                // The reader goes on after a bad record where it can (it ends the input
                // after an unclosed quote or binary data), so every error is listed.
                report(error.line, error.message)
                continue reading
            case .success(nil):
                break reading
            case .success(let next?):
                record = next
            }
            if record.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            summary.rows += 1
            if record.fields.count > header.width {
                report(
                    record.line,
                    "this row has \(record.fields.count) cells but the header has \(header.width); "
                        + "quote cells that contain the delimiter")
                continue
            }
            try importRow(record)
            rowsSinceProgress += 1
            if rowsSinceProgress == 10_000, let progress {
                progress(.reading(bytes: reader.bytesRead))
                rowsSinceProgress = 0
            }
        }
        progress?(.finishing(rows: summary.rows))
        try finish()
        return summary
    }

    /// Starts the look-ups of the ids in the cells at `positions` of the next two
    /// records: the id records of the next one, the slots of the one after.
    private func prefetchIDs(of upcoming: [Result<CSVRecord?, CSVError>], at positions: [Int]) {
        for (ahead, next) in upcoming.enumerated() {
            guard case .success(let record?) = next else { return }
            let step: IDTable.Prefetch = ahead == 0 ? .record : .slot
            for position in positions where position < record.fields.count {
                ids.prefetch(record.fields[position], step)
            }
        }
    }

    /// The reader's next record, as a value (typed throws in a loop trips the compiler).
    static func nextRecord(_ reader: CSVReader) -> Result<CSVRecord?, CSVError> {
        Result { () throws(CSVError) -> CSVRecord? in try reader.next() }
    }

    func importRow(_ record: CSVRecord) throws {
        switch kind {
        case .people: try importPerson(record)
        case .units: try importUnitRow(record)
        case .groups: try importGroup(record)
        case .roles: try importRole(record)
        case .links: try importLink(record)
        }
    }

    // MARK: Shared steps

    /// Records that `id` appears at `line`; reports a duplicate and returns false
    /// when it appeared before in this file.
    func claim(_ id: String, line: Int, existed: Bool, hint: String = "") throws -> Bool {
        if let first = ids.claim(id, line: Int32(clamping: line)) {
            report(line, "id \"\(id)\" appears twice in this file (lines \(first) and \(line))\(hint)")
            return false
        }
        if existed {
            try settle()
            let insert = statements.seenInsert
            insert.bind(1, id)
            insert.bind(2, line)
            insert.bind(3, 1)
            try insert.run(db)
        } else {
            summary.added += 1
        }
        return true
    }

    /// The stored node with this id, or nil.
    func storedNode(_ id: String) throws -> StoredNode? {
        // Into an empty database only this import's own nodes can exist.
        if databaseWasEmpty && ids.line(id) == nil && knownSmallNodes[id] == nil { return nil }
        if pipeline != nil {
            // A people file into an empty database: a person this file claimed
            // (the row is a duplicate) or a unit, role or group it made. Only the
            // kind is read from such a node; the ids are not indexed yet.
            if let small = knownSmallNodes[id] { return StoredNode(kind: small.kind, side: small.side, name: id) }
            return StoredNode(kind: .person, side: .internal, name: id)
        }
        try flushNodes()
        statements.nodeSelect.bind(1, id)
        return try statements.nodeSelect.first(db) { row in
            ids.setKey(id, Int64(row.int(10)!))
            return StoredNode(
                kind: NodeKind(rawValue: row.text(0)!)!, side: Side(rawValue: row.text(1)!)!, name: row.text(2)!,
                power: row.int(3), interest: row.int(4), level: row.text(5), email: row.text(6),
                notes: row.text(7), path: row.text(8), required: row.int(9))
        }
    }

    /// Writes a node's attributes: insert when new, update when changed.
    /// Returns true when something changed on an existing node.
    func write(_ id: String, _ new: StoredNode, old: StoredNode?) throws -> Bool {
        guard let old else {
            try insertNode(id, new)
            return false
        }
        if old == new { return false }
        try settle()
        try statements.nodeUpdate.execute(arguments: [
            new.side.rawValue, new.name, new.power, new.interest, new.level, new.email, new.notes,
            new.path, new.required, id,
        ])
        return true
    }

    func insertNode(_ id: String, _ node: StoredNode) throws {
        let key = key(of: id)
        if numberedKeys.contains(key) { numberedTaken += 1 }
        lastOwner = (id, key)  // its links follow
        _ = try newNodes.add((key, id, node), db)
    }

    /// Replaces a node's steps when the cell was filled; true when they changed.
    func replaceSteps(_ id: String, _ steps: Set<InvolvementStep>, existed: Bool) throws -> Bool {
        if existed {
            try flushNodes()
            let stored = Set(try String.fetchAll(statements.stepsSelect, arguments: [id]))
            if stored == Set(steps.map(\.rawValue)) { return false }
            try statements.stepsDelete.execute(arguments: [id])
            for step in InvolvementStep.allCases where steps.contains(step) {
                try statements.stepInsert.execute(arguments: [id, step.rawValue])
            }
            return true
        }
        for step in InvolvementStep.allCases where steps.contains(step) {
            _ = try newSteps.add((id, step), db)
        }
        return false
    }

    /// Replaces a node's tools when the cell was filled; true when they changed.
    func replaceTools(_ id: String, _ tools: [String], existed: Bool) throws -> Bool {
        let unique = Set(tools)
        try settle()
        if existed {
            let stored = Set(try String.fetchAll(statements.toolsSelect, arguments: [id]))
            if stored == unique { return false }
            try statements.toolsDelete.execute(arguments: [id])
        }
        for tool in unique.sorted() {
            try statements.toolInsert.execute(arguments: [id, tool])
        }
        return existed
    }

    func touch(_ id: String) throws {
        try settle()
        try statements.touch.execute(arguments: [id])
    }

    /// Stages an edge made by the row of `owner`. `sourceColumn`/`targetColumn`
    /// name the header of an end that is a reference still to be checked.
    func stage(
        line: Int, owner: String, source: String, target: String, kind: EdgeKind, weight: Int? = nil,
        note: String? = nil, sourceColumn: String? = nil, targetColumn: String? = nil
    ) throws {
        try settle()
        let insert = statements.stageEdge
        insert.bind(1, line)
        insert.bind(2, owner)
        insert.bind(3, source)
        insert.bind(4, target)
        insert.bind(5, kind.rawValue)
        insert.bind(6, weight)
        insert.bind(7, note)
        insert.bind(8, sourceColumn)
        insert.bind(9, targetColumn)
        try insert.run(db)
    }

    /// An edge to a unit, role or group the row just resolved (so it exists): a
    /// new node's go straight into the graph; an existing node's are staged,
    /// because they replace what it had.
    func link(line: Int, owner: String, target: String, kind: EdgeKind, existed: Bool) throws {
        if existed {
            try stage(line: line, owner: owner, source: owner, target: target, kind: kind)
        } else {
            try insertEdge(owner, target, kind)
        }
    }

    func insertEdge(_ source: String, _ target: String, _ kind: EdgeKind) throws {
        let targetKey = knownSmallNodes[target]?.key ?? key(of: target)
        summary.links += try newLinks.add((ownerKey(source), targetKey, kind), db)
    }

    /// A new person's `influences` or `reports_to` reference to `target`.
    ///
    /// Most of a large file's edges are these (4 of the 5.7 per person in the
    /// benchmark). Checking them with SQL at the end meant B-tree look-ups per
    /// edge (measured: 28 s of 85 s at 1M people), so they go straight into the
    /// graph and are checked here, against the ids this file has claimed so far
    /// (in memory) or the database. A target not known yet may come later in
    /// the file: it is noted in `import_pending` and checked in memory at the
    /// end. An existing person's references replace the ones it had, so those
    /// are staged as before.
    func refer(line: Int, person: String, target: String, kind: EdgeKind, column: String, existed: Bool) throws {
        if existed {
            try stage(line: line, owner: person, source: person, target: target, kind: kind, targetColumn: column)
            return
        }
        if target == person {
            report(line, "column \"\(column)\": \(Self.selfLink(person))")
            return
        }
        if let numbered = ids.key(target), numberedKeys.contains(numbered) {
            // A person further down (or up) this file: a person once the import
            // succeeds, so any reference to it is right.
            summary.links += try newLinks.add((ownerKey(person), numbered, kind), db)
            return
        }
        if let targetKind = try referredKind(target) {
            checkReference(line: line, person: person, target: target, targetKind: targetKind, kind: kind, column: column)
        } else {
            try settle()
            let pending = statements.pendingInsert
            pending.bind(1, line)
            pending.bind(2, kind.rawValue)
            pending.bind(3, person)
            pending.bind(4, target)
            pending.bind(5, column)
            try pending.run(db)
        }
        // Written now, while the rows come in source order; a wrong reference
        // fails the import and the rollback takes the edge back.
        try insertEdge(person, target, kind)
    }

    /// The kind of a node a person's row refers to: a unit, role or group
    /// known to this import, a person claimed earlier in this (people) file,
    /// or a node in the database; nil when none of these has the id yet.
    private func referredKind(_ id: String) throws -> NodeKind? {
        try kindInThisFile(id) ?? knownKind(id)?.kind
    }

    /// The kind of a unit, role or group known to this import, or of a person
    /// this (people) file has claimed; nil for anything else.
    private func kindInThisFile(_ id: String) -> NodeKind? {
        knownSmallNodes[id]?.kind ?? (ids.line(id) != nil ? .person : nil)
    }

    private func checkReference(
        line: Int, person: String, target: String, targetKind: NodeKind, kind: EdgeKind, column: String
    ) {
        guard kind == .reportsTo, targetKind != .person else { return }
        report(
            line,
            "column \"\(column)\": "
                + Self.wrongManager(person, sourceKind: NodeKind.person.rawValue, target, targetKind: targetKind.rawValue))
    }

    /// The references to ids that were not known when their row was read: by
    /// now the whole file is, so they are looked up in memory (the database
    /// was asked when the row was read).
    func checkPendingReferences() throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT line, kind, source, target, col FROM import_pending")
        while let row = try rows.next() {
            let line: Int = row[0]
            let kind = EdgeKind(rawValue: row[1])!
            let person: String = row[2]
            let target: String = row[3]
            let column: String = row[4]
            guard let targetKind = kindInThisFile(target) else {
                report(line, "column \"\(column)\": \(Self.unknownID(target))")
                continue
            }
            checkReference(line: line, person: person, target: target, targetKind: targetKind, kind: kind, column: column)
        }
    }

    /// Says that after this import the edges of `kind` going out of (or into)
    /// `node`, to nodes of `targetKind`, are exactly the staged ones.
    func replaceEdges(of node: String, kind: EdgeKind, incoming: Bool = false, targetKind: NodeKind? = nil) throws {
        try settle()
        try statements.stageReplace.execute(arguments: [
            node, kind.rawValue, incoming ? "in" : "out", targetKind?.rawValue,
        ])
    }

    // MARK: Units, roles and groups by name

    func knownKind(_ id: String) throws -> (kind: NodeKind, side: Side, key: Int64)? {
        if let known = knownSmallNodes[id] { return known }
        if databaseWasEmpty && ids.line(id) == nil { return nil }
        if pipeline != nil {  // see storedNode
            guard let key = ids.key(id) else { return nil }
            return (.person, .internal, key)
        }
        try flushNodes()
        guard let row = try Row.fetchOne(statements.kindSelect, arguments: [id]) else { return nil }
        let known = (kind: NodeKind(rawValue: row[0])!, side: Side(rawValue: row[1])!, key: row[2] as Int64)
        ids.setKey(id, known.key)
        if known.kind != .person { knownSmallNodes[id] = known }
        return known
    }

    /// Resolves a unit path (`Gemeente Oss/Ruimte/Verkeer`, or a unit id),
    /// creating the missing levels on `side`. Returns the unit's id.
    func resolveUnit(_ text: String, side: Side, line: Int, column: String) throws -> String? {
        // Thousands of people share a few hundred paths: resolve each path once.
        if let resolved = resolvedPaths[text], resolved.side == side { return resolved.id }
        guard let id = try resolveUnitPath(text, side: side, line: line, column: column) else { return nil }
        resolvedPaths[text] = (id, side)
        return id
    }

    private func resolveUnitPath(_ text: String, side: Side, line: Int, column: String) throws -> String? {
        if let known = try knownKind(text), known.kind == .unit {
            if known.side != side {
                report(line, unitSideMessage(text, stored: known.side, column: column))
                return nil
            }
            return text
        }
        let levels = text.split(separator: "/", omittingEmptySubsequences: false)
            .map { CellValue.trimmed(String($0)) ?? "" }
        if levels.contains(where: \.isEmpty) {
            report(line, "column \"\(column)\": \"\(text)\" has an empty level; write levels as Organisation/Department/Team")
            return nil
        }
        var parent: String?
        var path = ""
        for level in levels {
            path = path.isEmpty ? level : path + "/" + level
            let id = Slug.make(path)
            if id.isEmpty || Slug.make(level).isEmpty {
                report(
                    line,
                    "column \"\(column)\": the unit \"\(level)\" has no latin letters or digits to make an id from; "
                        + "add a latin name to it")
                return nil
            }
            if let known = try knownKind(id) {
                guard known.kind == .unit else {
                    report(line, "column \"\(column)\": \"\(path)\" gives the id \"\(id)\", which is already a \(known.kind.rawValue)")
                    return nil
                }
                if known.side != side {
                    report(line, unitSideMessage(path, stored: known.side, column: column))
                    return nil
                }
            } else {
                var unit = StoredNode(kind: .unit, side: side, name: level)
                unit.path = path
                try insertNode(id, unit)
                knownSmallNodes[id] = (.unit, side, key(of: id))
                summary.unitsCreated += 1
                if let parent { try insertEdge(id, parent, .memberOf) }
            }
            parent = id
        }
        return parent
    }

    private func unitSideMessage(_ path: String, stored: Side, column: String) -> String {
        let other: Side = stored == .internal ? .external : .internal
        return "column \"\(column)\": the unit \"\(path)\" is \(stored.rawValue), but this row is \(other.rawValue); "
            + "a unit has one side (give the outside organisation its own name)"
    }

    /// Resolves a role or group given by name or id, creating it when missing.
    func resolveNamed(_ text: String, as kind: NodeKind, line: Int, column: String) throws -> String? {
        // Thousands of people name the same few roles and groups: once each.
        if let resolved = resolvedNames[kind]?[text] { return resolved }
        guard let id = try resolveName(text, as: kind, line: line, column: column) else { return nil }
        resolvedNames[kind, default: [:]][text] = id
        return id
    }

    private func resolveName(_ text: String, as kind: NodeKind, line: Int, column: String) throws -> String? {
        let exact = NodeID.normalize(text)
        if let known = try knownKind(exact), known.kind == kind { return exact }
        let id = Slug.make(text)
        if id.isEmpty {
            report(
                line,
                "column \"\(column)\": \"\(text)\" has no latin letters or digits to make an id from; "
                    + "add it in a \(kind == .role ? "roles" : "groups") file with an explicit id and refer to that id")
            return nil
        }
        if let known = try knownKind(id) {
            if known.kind == kind { return id }
            report(line, "column \"\(column)\": \"\(text)\" is a \(known.kind.rawValue) (id \"\(id)\"), not a \(kind == .role ? "role" : "target group")")
            return nil
        }
        try insertNode(
            id, StoredNode(kind: kind, side: kind == .role ? .internal : .external, name: text, required: kind == .role ? 0 : nil))
        knownSmallNodes[id] = (kind, kind == .role ? .internal : .external, key(of: id))
        if kind == .role { summary.rolesCreated += 1 } else { summary.groupsCreated += 1 }
        return id
    }

    // MARK: Timing

    /// With STAKEMAP_TRACE set, prints how long each phase of the import took.
    let clock = PhaseClock()
    func phase(_ name: String) { clock.phase(name) }
}

/// A node's stored attributes, compared to decide whether a row changes it.
struct StoredNode: Equatable {
    var kind: NodeKind
    var side: Side
    var name: String
    var power: Int?
    var interest: Int?
    var level: String?
    var email: String?
    var notes: String?
    var path: String?
    var required: Int?
}

/// The statements every import row reuses, prepared once. The ones run for
/// every row bind through ``BulkStatement``.
struct Statements {
    let seenInsert, nodeSelect, stageEdge, pendingInsert: BulkStatement
    let kindSelect, nodeUpdate: Statement
    let stepsSelect, stepsDelete, stepInsert, toolsSelect, toolsDelete, toolInsert: Statement
    let stageReplace, touch: Statement

    init(_ db: Database) throws {
        seenInsert = try BulkStatement(
            db, "INSERT INTO import_seen (id, line, existed) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")
        nodeSelect = try BulkStatement(
            db, "SELECT kind, side, name, power, interest, level, email, notes, path, required, key FROM node WHERE id = ?")
        kindSelect = try db.makeStatement(sql: "SELECT kind, side, key FROM node WHERE id = ?")
        nodeUpdate = try db.makeStatement(
            sql: """
                UPDATE node SET side = ?, name = ?, power = ?, interest = ?, level = ?, email = ?, notes = ?,
                    path = ?, required = ?
                WHERE id = ?
                """)
        stepsSelect = try db.makeStatement(sql: "SELECT step FROM node_step WHERE node = ?")
        stepsDelete = try db.makeStatement(sql: "DELETE FROM node_step WHERE node = ?")
        stepInsert = try db.makeStatement(sql: "INSERT INTO node_step (node, step) VALUES (?, ?)")
        toolsSelect = try db.makeStatement(sql: "SELECT tool FROM node_tool WHERE node = ?")
        toolsDelete = try db.makeStatement(sql: "DELETE FROM node_tool WHERE node = ?")
        toolInsert = try db.makeStatement(sql: "INSERT INTO node_tool (node, tool) VALUES (?, ?)")
        stageEdge = try BulkStatement(
            db,
            """
            INSERT INTO import_edge (line, owner, source, target, kind, weight, note, scol, tcol)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        stageReplace = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO import_replace (node, kind, direction, target_kind) VALUES (?, ?, ?, ?)")
        touch = try db.makeStatement(sql: "INSERT OR IGNORE INTO import_touched (id) VALUES (?)")
        pendingInsert = try BulkStatement(
            db, "INSERT INTO import_pending (line, kind, source, target, col) VALUES (?, ?, ?, ?, ?)")
    }
}

extension HeaderMap {
    static let empty = HeaderMap.make(header: [], kind: .roles, ignoreUnknown: true).0
}
