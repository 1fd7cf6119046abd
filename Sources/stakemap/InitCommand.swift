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

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForWriting(checking: .thorough)
            let applied = store.appliedAtOpen
            printStderr(
                Screen.initReady(path: common.path, schema: StakeMapStore.schemaVersion, applied: applied)
                    .text(in: common.language))
        }
    }
}
