import ArgumentParser
import StakeMapKit

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the changes made to the graph, newest first.",
        discussion: """
            Every command that changed the graph (import and the edit commands) is one change set: its number, time (UTC), user, the command and how many nodes and links it added (+), changed (~) and removed (-). With a node, only the change sets that touched it.

            Examples:
              stakemap history --limit 10
              stakemap history "Ingrid van 't Hof"
            """)

    @Argument(help: "Only the changes to this node (id or name).") var node: String?
    @Option(help: "Show at most this many change sets.") var limit: Int?
    @Option(help: "table or json.") var format: HistoryFormat = .table
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
