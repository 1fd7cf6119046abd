import ArgumentParser
import Foundation
import StakeMapKit

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Take back the latest change (an import, an edit), recorded as a change of its own.",
        discussion: """
            Reverts the latest change set that is not an undo and has not been undone; a second undo reverts \
            the one before. `stakemap history` lists the change sets; --dry-run lists what would change.
            """)

    @OptionGroup var options: EditOptions

    func run() throws {
        try reportingErrors(in: options.common.language) {
            let result = try GraphEditor.undo(try options.open(), dryRun: options.dryRun)
            let language = options.common.language
            if !result.changes.isEmpty {
                try StandardOutput.write(result.changes.map { $0.text(in: language) }.joined(separator: "\n") + "\n")
            }
            printStderr(result.summary.text(in: language))
        }
    }
}

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Name the current state of the graph, e.g. after a team session; --list lists the names.",
        discussion: """
            A snapshot records no change; `stakemap diff` compares with the latest snapshot by default.

            Examples:
              stakemap snapshot sessie-2026-03-12 --note "Na de eerste teamsessie"
              stakemap snapshot --list
            """)

    @Argument(help: "A name of your choice (unique).") var name: String?
    @Option(help: "What the state is, in a few words.") var note: String?
    @Flag(help: "List the snapshots, oldest first.") var list = false
    @Option(help: "With --list: table or json.") var format: HistoryCommand.HistoryFormat = .table
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if list && name != nil { throw ValidationError(Screen.snapshotNameAndList.text(in: common.language)) }
        if !list && name == nil { throw ValidationError(Screen.snapshotNeedsName.text(in: common.language)) }
    }

    func run() throws {
        try reportingErrors(in: common.language) {
            if list {
                let snapshots = try common.openForReading().snapshots()
                try StandardOutput.write(format == .json ? SnapshotText.json(snapshots) : SnapshotText.table(snapshots, in: common.language))
                return
            }
            let snapshot = try common.openExisting().takeSnapshot(name ?? "", note: note)
            printStderr(Screen.snapshotTaken(name: snapshot.name, changeSet: snapshot.changeSet).text(in: common.language))
        }
    }
}

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two states: nodes, links, who joined each step, gaps opened and closed.",
        discussion: """
            A state is a snapshot name, a change-set number (12 or #12), a date YYYY-MM-DD (the end of that day, \
            local time) or now. FROM defaults to the latest snapshot (the empty graph when there is none), TO to now.

            Examples:
              stakemap diff
              stakemap diff sessie-2026-03-12
              stakemap diff 2026-03-01 2026-03-31 --format json
            """)

    @Argument(help: "The earlier state.") var from: String?
    @Argument(help: "The later state.") var to: String?
    @Option(help: "table or json.") var format: HistoryCommand.HistoryFormat = .table
    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForReading()
            let fromState = try from.map { try store.state($0) } ?? store.defaultFromState()
            var toState = try to.map { try store.state($0) } ?? store.state("now")
            if to == nil { toState.reference = "now" }
            let diff = try GraphDiff.compute(store, from: fromState, to: toState)
            try StandardOutput.write(format == .json ? diff.json() : diff.table(in: common.language))
        }
    }
}

struct AcceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Leave a gap the team decided on: it no longer counts in gaps, status and --fail-on.",
        discussion: """
            RULE is a gap rule (see `stakemap gaps`), REF the node (id or name; a step for step-without-internal). \
            `stakemap gaps --accepted` lists the accepted gaps with their reasons; `stakemap unaccept` takes one back.

            Example:
              stakemap accept uninvolved-unit "Juridische Zaken" --reason "Sluit pas aan bij het verkeersbesluit"
            """)

    @Argument(help: "The gap rule, e.g. uninvolved-unit.") var rule: String
    @Argument(help: "The node: id or name.") var node: String
    @Option(help: "Why the team leaves this gap.") var reason: String
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.accept($0, rule: rule, node, reason: reason, dryRun: options.dryRun) }
    }
}

struct UnacceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unaccept",
        abstract: "Take an accepted gap back: it counts again.",
        discussion: """
            Example:
              stakemap unaccept uninvolved-unit "Juridische Zaken"
            """)

    @Argument(help: "The gap rule.") var rule: String
    @Argument(help: "The node: id or name.") var node: String
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.unaccept($0, rule: rule, node, dryRun: options.dryRun) }
    }
}
