import Foundation

/// Everything that can go wrong, in the user's terms. The command-line tool maps
/// each case to an exit code in one place (`ExitCodes.swift`).
public enum StakeMapError: LocalizedError, Equatable, Sendable {
    /// A command that only reads found no database.
    case databaseMissing(path: String)
    /// The database was made by an older stakemap and has not been migrated.
    case databaseNeedsMigration(path: String)
    /// The database was made by a newer stakemap (a migration this one does not know).
    case databaseTooNew(path: String, schema: String)
    /// The file is not a database, or cannot be opened where it is.
    case databaseUnreadable(path: String, reason: String)
    /// A value in the database outside what its column may hold (written by
    /// another program or by hand): the node, the column, the value found.
    case storedValueUnknown(path: String, node: String, column: String, value: String, expected: String)
    /// SQLite could not use the file for another reason.
    case databaseUnusable(path: String, reason: String)
    /// A writing command was given a database it cannot write (read-only file, folder or mount).
    case databaseReadOnly(path: String, reason: String)
    /// SQLite finds the database file damaged (`database disk image is malformed`).
    case databaseDamaged(path: String)
    /// The disk holding the database is full; the transaction was rolled back.
    case databaseFull(path: String)
    /// An input file is missing or unreadable.
    case fileUnreadable(path: String, reason: String)
    /// One or more rows of an import are wrong; nothing was written.
    case badInput([InputIssue], total: Int)
    /// `show` or `--focus` named an id that is not in the graph.
    case unknownNode(id: String)
    /// Graphviz could not lay out or render a picture.
    case rendering(String)
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)
    /// A file given with `--out` could not be written for lack of space; it was left as it was.
    case outputFileFailed(path: String, reason: String)
    /// Standard output could not be written (a full disk, `> /dev/full`).
    case outputFailed(reason: String)
    /// The reader of standard output went away (`| head`): not an error for the user.
    case outputClosed
    /// `--rule` named a gap rule that does not exist (a usage error).
    case unknownRule(String)
    /// A reference (an id or a name) names no node, or several: the message lists
    /// the ids or suggests names.
    case unknownReference(String)
    /// An edit command (SPEC §6) was refused: what was wrong and what to do. Nothing was changed.
    case editRefused(String)

    /// What Foundation shows for the error: the same sentence.
    public var errorDescription: String? { description }

    public var description: String {
        switch self {
        case .databaseMissing(let path):
            "no stakemap database at \(path): run `stakemap init` or `stakemap import` first, or pass --db"
        case .databaseNeedsMigration(let path):
            "\(path) was made by an older stakemap: run `stakemap init --db \(path)` to update it (no data is lost)"
        case .databaseTooNew(let path, let schema):
            "\(path) was made by a newer stakemap (schema \(schema)); use that version — this one would not keep what it stores"
        case .databaseUnreadable(let path, let reason):
            "cannot open the database \(path): \(reason)"
        case .databaseUnusable(let path, let reason):
            "cannot use the database \(path): \(reason)"
        case .storedValueUnknown(let path, let node, let column, let value, let expected):
            "cannot read the database \(path): node '\(node)' has \(value) in \(column), which is not \(expected); correct it (for example with sqlite3) or restore a backup"
        case .databaseReadOnly(let path, let reason):
            "cannot write the database \(path): \(reason); nothing was changed — the commands that only read it (status, gaps, list, show, export, map, grid) still work"
        case .databaseDamaged(let path):
            "\(path) is damaged (SQLite: database disk image is malformed): restore a backup, or save what is still readable with `sqlite3 \(path) .recover | sqlite3 recovered.db` and use recovered.db; stakemap does not write to a damaged database"
        case .databaseFull(let path):
            "cannot write the database \(path): the disk is full; nothing was written — free some space and run the command again"
        case .fileUnreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        case .badInput(let issues, let total):
            issues.map(\.description).joined(separator: "\n")
                + (total > issues.count ? "\n… and \(total - issues.count) more errors" : "")
                + "\n\(total) error\(total == 1 ? "" : "s"); nothing was imported"
        case .unknownNode(let id):
            "there is no node with id '\(id)': see `stakemap list people` (or units, groups, roles) for the ids"
        case .rendering(let message):
            message
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        case .outputFileFailed(let path, let reason):
            "cannot write \(path): \(reason) — free some space or write elsewhere; \(path) was not changed"
        case .outputFailed(let reason):
            "cannot write the output: \(reason) — free some space or write elsewhere; the output is incomplete"
        case .outputClosed:
            "the output was closed"
        case .unknownRule(let id):
            "there is no gap rule '\(id)': the rules are \(GapFinder.ruleIDs.joined(separator: ", "))"
        case .unknownReference(let message):
            message
        case .editRefused(let message):
            "\(message); nothing was changed"
        }
    }
}

/// One problem in an input file, located by file and physical line.
public struct InputIssue: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// What Foundation shows for the error: the same sentence.
    public var errorDescription: String? { description }

    public var description: String { "\(file):\(line): \(message)" }
}
