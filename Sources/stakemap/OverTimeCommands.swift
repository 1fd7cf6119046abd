import ArgumentParser
import Foundation
import StakeMapKit

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: OverTimeHelp.undoAbstract.inHelpLanguage,
        discussion: OverTimeHelp.undoDiscussion.inHelpLanguage)

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
        abstract: OverTimeHelp.snapshotAbstract.inHelpLanguage,
        discussion: OverTimeHelp.snapshotDiscussion.inHelpLanguage)

    @Argument(help: OverTimeHelp.snapshotName.argumentHelp) var name: String?
    @Option(help: OverTimeHelp.snapshotNote.argumentHelp) var note: String?
    @Flag(help: OverTimeHelp.snapshotList.argumentHelp) var list = false
    @Option(help: OverTimeHelp.snapshotFormat.argumentHelp) var format: HistoryCommand.HistoryFormat = .table
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
        abstract: OverTimeHelp.diffAbstract.inHelpLanguage,
        discussion: OverTimeHelp.diffDiscussion.inHelpLanguage)

    @Argument(help: OverTimeHelp.diffFrom.argumentHelp) var from: String?
    @Argument(help: OverTimeHelp.diffTo.argumentHelp) var to: String?
    @Option(help: OverTimeHelp.tableOrJSON.argumentHelp) var format: HistoryCommand.HistoryFormat = .table
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
        abstract: OverTimeHelp.acceptAbstract.inHelpLanguage,
        discussion: OverTimeHelp.acceptDiscussion.inHelpLanguage)

    @Argument(help: OverTimeHelp.acceptRule.argumentHelp, completion: .ruleIDs) var rule: String
    @Argument(help: EditHelp.node.argumentHelp) var node: String
    @Option(help: OverTimeHelp.acceptReason.argumentHelp) var reason: String
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.accept($0, rule: rule, node, reason: reason, dryRun: options.dryRun) }
    }
}

struct UnacceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unaccept",
        abstract: OverTimeHelp.unacceptAbstract.inHelpLanguage,
        discussion: OverTimeHelp.unacceptDiscussion.inHelpLanguage)

    @Argument(help: OverTimeHelp.unacceptRule.argumentHelp, completion: .ruleIDs) var rule: String
    @Argument(help: EditHelp.node.argumentHelp) var node: String
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.unaccept($0, rule: rule, node, dryRun: options.dryRun) }
    }
}
