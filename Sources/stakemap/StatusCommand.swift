import ArgumentParser
import StakeMapKit

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "The project at a glance: counts, involvement per step, gaps per severity.",
        discussion: """
            The frame step (kaders: who is involved inside, in which role) comes first: it is the step that 9 out of 10 trajectories skip.

            Example:
              stakemap status
            """)

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors(in: common.language) {
            try StandardOutput.write(try ProjectStatus.compute(common.openForReading()).render(in: common.language))
        }
    }
}
