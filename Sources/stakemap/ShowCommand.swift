import ArgumentParser
import StakeMapKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one node: its attributes and its links in both directions.",
        discussion: """
            Example:
              stakemap show p.hoekstra@veldhoven-noord.nl
            """)

    @Argument(help: "A person, unit, role or group: its id or its name.")
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
