import Foundation

/// Everything that can go wrong, in the user's terms. The command-line tool maps
/// each case to an exit code in one place (`ExitCodes.swift`).
public enum StakeMapError: LocalizedError, Equatable, Sendable, CatalogueText {
    /// A command that only reads found no database.
    case databaseMissing(path: String)
    /// The database was made by an older stakemap and has not been migrated.
    case databaseNeedsMigration(path: String)
    /// The database was made by a newer stakemap (a migration this one does not know).
    case databaseTooNew(path: String, schema: String)
    /// The file is not a database, or cannot be opened where it is.
    case databaseUnreadable(path: String, reason: DatabaseProblem)
    /// A value in the database outside what its column may hold (written by
    /// another program or by hand): the node, the column, the value found.
    case storedValueUnknown(path: String, node: String, column: String, value: String, expected: StoredExpectation)
    /// SQLite could not use the file for another reason.
    case databaseUnusable(path: String, reason: String)
    /// A writing command was given a database it cannot write (read-only file, folder or mount).
    case databaseReadOnly(path: String, reason: DatabaseProblem)
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
    /// Graphviz could not lay out or render a picture: what it could not do, with what it said.
    case rendering(PictureText)
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
    case unknownReference(ReferenceMessage)
    /// An edit command was refused: what was wrong and what to do. Nothing was changed.
    case editRefused(EditMessage)

    /// What Foundation shows for the error: the same sentence.
    public var errorDescription: String? { description }

    /// The English message; `text(in:)` gives it in the user's language.
    public var description: String { english }
}

extension StakeMapError {
    /// Every case with representative values, for the test that walks the catalogue.
    public static var examples: [StakeMapError] {
        let path = "/tmp/project.db"
        return [
            .databaseMissing(path: path), .databaseNeedsMigration(path: path),
            .databaseTooNew(path: path, schema: "0009_future"), .databaseUnreadable(path: path, reason: .notStakemap),
            .storedValueUnknown(path: path, node: "jan", column: "node.power", value: "9", expected: .score),
            .databaseUnusable(path: path, reason: "SQLite: locked"), .databaseReadOnly(path: path, reason: .readOnlyMount),
            .databaseDamaged(path: path), .databaseFull(path: path),
            .fileUnreadable(path: "mensen.csv", reason: "No such file"),
            .badInput([InputIssue(file: "mensen.csv", line: 3, problem: .notAScore(column: "Macht", value: "9"))], total: 4),
            .unknownNode(id: "jan"), .rendering(.graphvizCannotRead(said: "syntax error in line 3")),
            .cannotWrite(path: "kaart.png", reason: "No space"), .outputFileFailed(path: "kaart.png", reason: "No space"),
            .outputFailed(reason: "No space"), .outputClosed, .unknownRule("no-such-rule"),
            .unknownReference(.notADate("12-03-2026")), .editRefused(.nothingToUndo),
        ]
    }
}

/// One problem in an input file, located by file and physical line:
/// `mensen.csv:3: column "Macht": "9" is not a whole number from 1 to 5`.
public struct InputIssue: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var problem: ImportProblem

    public init(file: String, line: Int, problem: ImportProblem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// The problem without its place, in English (the edit commands rephrase it).
    public var message: String { problem.english }

    public var description: String { english }
    public var english: String { "\(file):\(line): \(problem.english)" }
    public var dutch: String { "\(file):\(line): \(problem.dutch)" }

    public func text(in language: Language) -> String {
        "\(file):\(line): \(problem.text(in: language))"
    }
}
