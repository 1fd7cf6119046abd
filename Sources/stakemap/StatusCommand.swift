import ArgumentParser
import StakeMapKit

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "The project at a glance: counts, involvement per step, gaps per severity.",
        discussion: """
            Example:
              stakemap status
            """)

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingErrors {
            let store = try database.openForReading()
            print(try ProjectOverview.compute(store).render(), terminator: "")
        }
    }
}
