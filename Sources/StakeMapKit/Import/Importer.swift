import Foundation

/// How one import runs.
public struct ImportOptions: Sendable {
    /// `,` `;` or tab; nil detects it from the header line.
    public var delimiter: UInt8?
    /// nil reads UTF-8 and falls back to Windows-1252 per record.
    public var encoding: TextEncoding?
    public var ignoreUnknown: Bool
    /// Validate and report, but write nothing.
    public var dryRun: Bool
    /// The file is the whole truth for its kind and columns (see `SyncImport.swift`).
    public var sync: Bool
    /// Read every node's id once at the start (see ``GraphWriter/learnEveryNode()``);
    /// off for an edit command's single row, which names a few.
    var readsEveryNode = true

    public init(
        delimiter: UInt8? = nil, encoding: TextEncoding? = nil, ignoreUnknown: Bool = false,
        dryRun: Bool = false, sync: Bool = false
    ) {
        self.sync = sync
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

/// What an import did, printed as one line on stderr (``ImportReport/summary(_:)``).
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
    /// Edges written that did not exist before, and edges removed (a list
    /// cell that replaced a list).
    public var links = 0
    public var linksRemoved = 0
    /// Nodes (links, for a links file) removed by `--sync`.
    public var removed = 0
    public var sync = false
    public var dryRun = false
    /// With `dryRun`: every change the import would make, one line each
    /// (see ``GraphWriter/changeLines()``).
    public var changes: [ChangeLine] = []
    /// What the user should look at although the import went in (`file:line: …`).
    public var warnings: [ImportWarning] = []

    /// The summary line in English; ``ImportReport/summary(_:)`` gives it in the user's language.
    public var description: String { ImportReport.summary(self).english }
}

/// Reads one CSV file into the graph, all or nothing.
///
/// Rows are streamed: each is read, its cells checked into values, and its
/// node and links written through the store's ``GraphWriter`` as it comes. A
/// reference to an id that a later row of the file claims gets its key at once
/// and is checked at the end. All of it is one change, rolled back when any
/// row is wrong.
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
        var input = ImportInput(file: file, canReadTwice: start >= 0) { () throws(CSVError) -> CSVReader in
            if start >= 0 { lseek(fileDescriptor, start, SEEK_SET) }
            return try CSVReader(fileDescriptor: fileDescriptor, delimiter: options.delimiter, encoding: options.encoding)
        }
        if start >= 0 {
            // A second open file description has an offset of its own, so it
            // reads the file from the top while the import's reader is mid-file.
            input.scan = { (body: (CSVReader) throws -> Void) throws in
                let own = open("/proc/self/fd/\(fileDescriptor)", O_RDONLY | O_CLOEXEC)
                guard own >= 0 else { return }
                defer { close(own) }
                lseek(own, start, SEEK_SET)
                try body(try CSVReader(fileDescriptor: own, delimiter: options.delimiter, encoding: options.encoding))
            }
        }
        return try run(store, kind: kind, input: input, options: options, progress: progress)
    }

    /// Imports CSV text held in memory (tests, small inputs); `file` names it in messages.
    public static func run(
        _ store: StakeMapStore, kind: ImportKind, file: String, bytes: [UInt8],
        options: ImportOptions = ImportOptions()
    ) throws -> ImportSummary {
        var input = ImportInput(file: file, canReadTwice: true) { () throws(CSVError) -> CSVReader in
            try CSVReader(bytes: bytes, delimiter: options.delimiter, encoding: options.encoding)
        }
        input.scan = { (body: (CSVReader) throws -> Void) throws in
            try body(try CSVReader(bytes: bytes, delimiter: options.delimiter, encoding: options.encoding))
        }
        return try run(store, kind: kind, input: input, options: options, progress: nil)
    }

    static func run(
        _ store: StakeMapStore, kind: ImportKind, input: ImportInput, options: ImportOptions,
        progress: (@Sendable (ImportProgress) -> Void)?
    ) throws -> ImportSummary {
        var failure: StakeMapError?
        let summary = try store.change { graph in
            var (summary, error) = try importRows(into: graph, kind: kind, input: input, options: options, progress: progress)
            failure = error
            if options.dryRun && error == nil { summary.changes = try graph.changes() }
            return (summary, error != nil || options.dryRun ? .rollback : .commit)
        }
        if let failure { throw failure }
        return summary
    }

    /// Imports the rows within a change the caller runs (an edit command's row
    /// too); returns the summary and, when any row was wrong, the error (then
    /// the caller must roll the change back).
    static func importRows(
        into graph: GraphWriter, kind: ImportKind, input: ImportInput, options: ImportOptions,
        progress: (@Sendable (ImportProgress) -> Void)?
    ) throws -> (ImportSummary, StakeMapError?) {
        var reader = try input.open()
        let session = ImportSession(graph: graph, kind: kind, file: input.file, options: options)
        session.scanFromTop = input.scan
        do {
            if kind == .people && input.canReadTwice {
                try session.numberRows(reader)
                session.clock.phase("number rows")
                reader = try input.open()
            }
            try session.run(reader: reader, progress: progress)
        } catch let error as StakeMapError {
            return (session.summary, error)
        }
        session.summary.linksRemoved = graph.linksRemoved
        if session.issueCount > 0 {
            return (session.summary, .badInput(session.sortedIssues(), total: session.issueCount))
        }
        return (session.summary, nil)
    }
}

/// Where an import's CSV comes from: `open()` starts reading it, from the top
/// again when the input can be read twice.
struct ImportInput {
    let file: String
    let canReadTwice: Bool
    let make: () throws(CSVError) -> CSVReader
    /// Reads the input from the top with a reader of its own, while `open()`'s
    /// is mid-file; nil when the input can be read only once.
    var scan: ((_ body: (CSVReader) throws -> Void) throws -> Void)?

    init(file: String, canReadTwice: Bool, make: @escaping () throws(CSVError) -> CSVReader) {
        self.file = file
        self.canReadTwice = canReadTwice
        self.make = make
    }

    func open() throws -> CSVReader {
        do {
            return try make()
        } catch {
            throw StakeMapError.badInput([InputIssue(file: file, line: error.line, problem: .unreadable(error.problem))], total: 1)
        }
    }
}
