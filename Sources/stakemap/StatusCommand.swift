import ArgumentParser
import StakeMapKit

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: ReadingHelp.statusAbstract.inHelpLanguage,
        discussion: ReadingHelp.statusDiscussion.inHelpLanguage)

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors(in: common.language) {
            try StandardOutput.write(try ProjectStatus.compute(common.openForReading()).render(in: common.language))
        }
    }
}
