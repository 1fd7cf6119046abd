import ArgumentParser
import Foundation
import StakeMapKit

/// The exit codes, as the README lists them under Commands.
enum Exit {
    static let gapsFound: Int32 = 1
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let noInput: Int32 = 66
    static let internalError: Int32 = 70
    static let cannotWriteOutput: Int32 = 74

    /// The one place where errors become messages and exit codes.
    static func code(for error: StakeMapError) -> Int32 {
        switch error {
        case .badInput, .unknownNode, .storedValueUnknown, .editRefused, .unknownReference: badData
        case .unknownRule: usage
        // A database that is missing, unreadable, from an older stakemap (not yet
        // migrated) or from a newer one is the user's to fix, not an internal error.
        case .databaseMissing, .databaseUnreadable, .fileUnreadable, .databaseNeedsMigration, .databaseTooNew,
            .databaseDamaged, .databaseReadOnly:
            noInput
        case .databaseUnusable, .rendering, .cannotWrite: internalError
        case .outputFailed, .outputFileFailed, .databaseFull: cannotWriteOutput
        case .outputClosed: 0
        }
    }
}

/// Runs a command body: a StakeMapError prints its message and exits with its
/// code; anything unexpected exits 70 with a message, never a stack trace.
/// (The store turns SQLite's errors into StakeMapErrors naming the database.)
func reportingErrors(in language: Language, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch StakeMapError.outputClosed {
        return
    } catch let error as StakeMapError {
        let message = error.text(in: language)
        printStderr(message.split(separator: "\n").count > 1 || error.isInputList ? message : "stakemap: \(message)")
        throw ExitCode(Exit.code(for: error))
    } catch let error as ExitCode {
        throw error
    } catch {
        printError(Screen.internalError("\(error)").text(in: language))
        throw ExitCode(Exit.internalError)
    }
}

extension StakeMapError {
    /// Not an internal error (exit 70).
    var isUsersToFix: Bool { Exit.code(for: self) != Exit.internalError }

    var isInputList: Bool {
        if case .badInput = self { return true }
        return false
    }
}
