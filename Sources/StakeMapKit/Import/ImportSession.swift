/// The state of one running import: the writer it goes through, the errors
/// found so far, the lines that claimed each id, the counters.
final class ImportSession {
    let graph: GraphWriter
    let kind: ImportKind
    let file: String
    let options: ImportOptions
    var header = HeaderMap.empty
    var summary: ImportSummary

    private(set) var issues: [InputIssue] = []
    private(set) var issueCount = 0

    /// Whether every id this people file claims was reserved before its rows
    /// were read (see ``numberRows(_:)``).
    var numbered = false
    /// Ids claimed by a row that wrote no node (it had errors), so that a second
    /// row with the id is still told it is a duplicate.
    private var unwrittenClaims: [String: Int32] = [:]
    /// Links claimed by a row of a links file, by source, target and kind.
    var claimedLinks: [String: Int32] = [:]
    /// Nodes that existed before this import and that a row of it names.
    private var existingClaimed: Set<Int64> = []
    var listed: Set<Int64> { existingClaimed }
    /// The node the row being read named (its id), for `--sync`.
    var rowNode: String?
    /// With `--sync`, the links a links file listed and their kinds.
    var syncedLinks: Set<SyncedLink> = []
    var syncedKinds: Set<EdgeKind> = []
    /// With `--sync`, the nodes a people file's reference cells name: the first line and column.
    var syncReferences: [Int64: (line: Int32, column: Column)] = [:]
    /// Existing nodes this import changed (attributes, steps, tools or links).
    var touched: Set<Int64> = []
    /// References to ids not known when their row was read, checked at the end.
    var pending: [PendingReference] = []
    /// Unit paths as written in this file, resolved to unit ids.
    var resolvedPaths: [String: (entry: GraphWriter.Entry, id: String)] = [:]
    /// The ids of the nodes in the graph by the slug of their name, read when a
    /// reference first names a node by name (see ``node(named:line:column:)``).
    var namesBySlug: [String: [String]]?
    /// The ids of the people this file lists by the slug of their name, read in
    /// a scan of the file when a reference names nobody in the database.
    var fileNamesBySlug: [String: [String]]?
    /// Every node's id, kind and name, read for the first suggestions.
    var everyName: [(id: String, kind: NodeKind, name: String)]?
    var suggestionsMade = 0
    /// Reads the file from the top (see ``ImportInput/scan``).
    var scanFromTop: ((_ body: (any RecordReader) throws -> Void) throws -> Void)?
    /// Role and target group names as written, resolved to their nodes, by kind.
    var resolvedNames: [NodeKind: [String: GraphWriter.Entry]] = [:]

    /// With STAKEMAP_TRACE set, prints how long each phase of the import took.
    let clock = PhaseClock()

    init(graph: GraphWriter, kind: ImportKind, file: String, options: ImportOptions) {
        self.graph = graph
        self.kind = kind
        self.file = file
        self.options = options
        self.summary = ImportSummary(file: file, kind: kind, sync: options.sync, dryRun: options.dryRun)
    }

    // MARK: Errors

    func report(_ line: Int, _ problem: ImportProblem) {
        issueCount += 1
        // Keep a few more than shown, so that the sorted first 100 are right
        // even when the checks at the end add errors on earlier lines.
        if issues.count < Importer.errorLimit * 4 {
            issues.append(InputIssue(file: file, line: line, problem: problem))
        }
    }

    func sortedIssues() -> [InputIssue] {
        Array(
            issues.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
                .map(\.element).prefix(Importer.errorLimit))
    }

    /// Reports the problems that checking a row's cells found; true when there
    /// were none. The row claimed `id`, which it will not write when there were.
    func accept(_ problems: [CellProblem], line: Int, claimed id: String? = nil) -> Bool {
        for problem in problems { report(line, problem.problem) }
        if let id, !problems.isEmpty { unclaimedWrite(id, line: line) }
        return problems.isEmpty
    }

    /// Notes that the row at `line` claimed `id` but writes no node for it, so
    /// that a second row with the id is still told it is a duplicate.
    func unclaimedWrite(_ id: String, line: Int) {
        unwrittenClaims[id] = Int32(clamping: line)
    }

    // MARK: Reading

    func run(reader: any RecordReader, progress: (@Sendable (ImportProgress) -> Void)?) throws {
        let headerRecord: CSVRecord
        switch Self.nextRecord(reader) {
        case .failure(let error):
            throw StakeMapError.badInput(
                [InputIssue(file: file, line: error.line, problem: .unreadable(error.problem))], total: 1)
        case .success(nil):
            throw StakeMapError.badInput(
                [InputIssue(file: file, line: 1, problem: .emptyFile)], total: 1)
        case .success(let first?):
            headerRecord = first
        }
        let (map, problems) = HeaderMap.make(
            header: headerRecord.fields, kind: kind, ignoreUnknown: options.ignoreUnknown)
        if !problems.isEmpty {
            let list = problems.map { InputIssue(file: file, line: headerRecord.line, problem: $0) }
            throw StakeMapError.badInput(list, total: list.count)
        }
        header = reader.namesColumnsByLetter ? map.lettered() : map
        if options.readsEveryNode { try graph.learnEveryNode() }
        var rowsSinceProgress = 0
        reading: while true {
            let record: CSVRecord
            switch Self.nextRecord(reader) {
            case .failure(let error):
                // The reader goes on after a bad record where it can (it ends the input
                // after an unclosed quote or binary data), so every error is listed.
                report(error.line, .unreadable(error.problem))
                continue reading
            case .success(nil):
                break reading
            case .success(let next?):
                record = next
            }
            if record.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            summary.rows += 1
            if record.fields.count > header.width {
                report(record.line, .tooManyCells(record.fields.count, header: header.width))
                continue
            }
            if let (column, length) = header.tooLong(in: record.fields) {
                report(
                    record.line,
                    .cellTooLong(column: header.title(column), length: length, limit: HeaderMap.limit(of: column)))
                continue
            }
            try importRow(record)
            rowsSinceProgress += 1
            if rowsSinceProgress == 10_000, let progress {
                progress(.reading(bytes: reader.bytesRead))
                rowsSinceProgress = 0
            }
        }
        clock.phase("rows")
        progress?(.finishing(rows: summary.rows))
        try finish()
        clock.phase("finish")
    }

    /// The reader's next record, as a value (typed throws in a loop trips the compiler).
    static func nextRecord(_ reader: any RecordReader) -> Result<CSVRecord?, CSVError> {
        Result { () throws(CSVError) -> CSVRecord? in try reader.next() }
    }

    private func importRow(_ record: CSVRecord) throws {
        rowNode = nil
        switch kind {
        case .people: try importPerson(record)
        case .units: try importUnitRow(record)
        case .groups: try importGroup(record)
        case .roles: try importRole(record)
        case .links: try importLink(record)
        }
        if options.sync, let id = rowNode { try clearEmptyCells(record.fields, of: id) }
    }

    /// The end: the references to later rows checked, the counts made.
    private func finish() throws {
        try checkPendingReferences()
        if issueCount > 0 { return }
        if numbered, !graph.unfilledReservations.isEmpty {
            // Rows are numbered in a first reading; a second that found other ids
            // would leave links to nothing. Never commit that.
            report(1, .changedWhileImported)
            return
        }
        if options.sync { try removeUnlisted() }
        try graph.flush()
        summary.links = graph.linksAdded
        if kind != .links {
            summary.updated = existingClaimed.intersection(touched).count
        }
    }

    // MARK: Shared steps

    /// Records that the row at `line` names the node `id` (`entry` when it
    /// exists now; `existed` when it did before this import); reports a
    /// duplicate and returns false when a row of this file named it before.
    func claim(
        _ id: String, _ entry: GraphWriter.Entry?, existed: Bool, line: Int, reason: DuplicateReason? = nil
    ) -> Bool {
        // The line of the row that claimed a node is kept as its tag in the writer.
        let first = entry.flatMap { $0.tag == 0 ? nil : $0.tag } ?? unwrittenClaims[id]
        if let first {
            report(line, .duplicateID(id, first: Int(first), line: line, reason: reason))
            return false
        }
        if entry != nil { graph.tag(id, Int32(clamping: line)) }
        rowNode = id
        if existed, let entry {
            existingClaimed.insert(entry.key)
        } else {
            summary.added += 1
        }
        return true
    }

    /// Writes a node's attributes: added when new (and its claim moved to its
    /// key), updated when changed. Returns the entry and whether an existing node changed.
    func write(
        _ id: String, _ new: NodeAttributes, old: (entry: GraphWriter.Entry, node: NodeAttributes)?, line: Int
    ) throws
        -> (entry: GraphWriter.Entry, changed: Bool)
    {
        guard let old else {
            return (try graph.add(id, new, tag: Int32(clamping: line)), false)
        }
        if old.node == new { return (old.entry, false) }
        return (try graph.update(id, old.entry, to: new), true)
    }

    /// The node with this id and its attributes, when it exists.
    func stored(_ id: String) throws -> (entry: GraphWriter.Entry, node: NodeAttributes)? {
        guard let entry = try graph.entry(id) else { return nil }
        return (entry, try graph.attributes(of: entry, id: id))
    }
}

/// A reference to an id that no node had when its row was read: a row further
/// down the file must add it.
struct PendingReference {
    let line: Int32
    let kind: EdgeKind
    let source: Int64
    let target: Int64
}

extension HeaderMap {
    static let empty = HeaderMap.make(header: [], kind: .roles, ignoreUnknown: true).0
}
