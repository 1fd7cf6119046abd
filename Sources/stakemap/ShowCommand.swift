import ArgumentParser
import StakeMapKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: ReadingHelp.showAbstract.inHelpLanguage,
        discussion: ReadingHelp.showDiscussion.inHelpLanguage)

    @Argument(help: ReadingHelp.showNode.argumentHelp)
    var id: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForReading()
            let key = try store.resolve(id)
            guard let text = try store.nodeDetail(key, in: common.language) else {
                throw StakeMapError.unknownNode(id: id)
            }
            try StandardOutput.write(text)
        }
    }
}
