import ArgumentParser
import StakeMapKit

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: OverTimeHelp.historyAbstract.inHelpLanguage,
        discussion: OverTimeHelp.historyDiscussion.inHelpLanguage)

    @Argument(help: OverTimeHelp.historyNode.argumentHelp) var node: String?
    @Option(help: OverTimeHelp.historyLimit.argumentHelp) var limit: Int?
    @Option(help: OverTimeHelp.tableOrJSON.argumentHelp) var format: HistoryFormat = .table
    @OptionGroup var common: CommonOptions

    enum HistoryFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError(Screen.limitTooSmall(limit).text(in: common.language)) }
    }

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForReading()
            let id = try node.map { try store.resolve($0) }
            let changeSets = try store.history(node: id, limit: limit)
            let snapshots = try store.snapshots()
            try StandardOutput.write(
                format == .json
                    ? HistoryText.json(changeSets, snapshots: snapshots)
                    : HistoryText.table(changeSets, snapshots: snapshots, in: common.language))
        }
    }
}
