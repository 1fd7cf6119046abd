import ArgumentParser
import Foundation
import StakeMapKit

/// `--db` and `--lang`, shared by every command.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            ProjectHelp.lang.inHelpLanguage, discussion: ProjectHelp.langDiscussion.inHelpLanguage,
            valueName: "nl|en"))
    var lang: LanguageArgument?

    /// The language chosen for this run.
    var language: Language { lang?.language ?? Language.fromEnvironment() }

    @Option(
        name: .long,
        help: ArgumentHelp(
            ProjectHelp.db.inHelpLanguage, discussion: ProjectHelp.dbDiscussion.inHelpLanguage, valueName: "path"))
    var db: String?

    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["STAKEMAP_DB"], !env.isEmpty { return env }
        return "stakemap.db"
    }

    func openForReading() throws -> StakeMapStore { try StakeMapStore.openForReading(path: path) }
    func openForWriting(
        checking check: DamageCheck = .pages, creation: StakeMapStore.Creation = .now
    ) throws -> StakeMapStore {
        try StakeMapStore.openForWriting(path: path, checking: check, creation: creation)
    }

    /// The project's database for a command that changes it but never makes a new one.
    func openExisting() throws -> StakeMapStore {
        guard FileManager.default.fileExists(atPath: path) else { throw StakeMapError.databaseMissing(path: path) }
        return try openForWriting(checking: .pagesRead)
    }
}

struct LanguageArgument: ExpressibleByArgument {
    let language: Language
    init?(argument: String) {
        guard let language = Language(argument: argument) else { return nil }
        self.language = language
    }
    static var allValueStrings: [String] { Language.allCases.map(\.rawValue) }
}

/// table | json | csv
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

func printError(_ message: String) {
    StandardError.write("stakemap: \(message)\n")
}

func printStderr(_ message: String) {
    StandardError.write(message + "\n")
}
