import ArgumentParser
import StakeMapKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the project database, or bring an older one up to date.",
        discussion: """
            Safe to run again: an existing database keeps its data.

            Example:
              stakemap init --db stationsplein.db
            """)

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingErrors {
            let store = try database.openForWriting(checking: .thorough)
            let applied = store.appliedAtOpen
            let state = applied.isEmpty ? "up to date" : "applied \(applied.joined(separator: ", "))"
            printStderr("\(database.path): ready, schema \(StakeMapStore.schemaVersion) (\(state))")
        }
    }
}
