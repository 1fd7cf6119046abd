import ArgumentParser
import Foundation
import StakeMapKit

/// `--dry-run` and `--db`, shared by the edit commands.
struct EditOptions: ParsableArguments {
    @Flag(help: EditHelp.dryRun.argumentHelp)
    var dryRun = false

    @OptionGroup var common: CommonOptions

    /// The project's database, which must exist: an edit never makes a new one.
    func open() throws -> StakeMapStore { try common.openExisting() }

    /// Runs an edit and prints its one-line summary on stderr.
    func run(_ edit: (StakeMapStore) throws -> EditMessage) throws {
        try reportingErrors(in: common.language) { printStderr(try edit(open()).text(in: common.language)) }
    }
}

struct InvolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "involve",
        abstract: EditHelp.involveAbstract.inHelpLanguage,
        discussion: EditHelp.involveDiscussion.inHelpLanguage)

    @Argument(help: EditHelp.involveNode.argumentHelp) var node: String
    @Argument(help: EditHelp.involveSteps.argumentHelp, completion: .steps) var steps: [String]
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.involve($0, node, steps: steps, dryRun: options.dryRun) }
    }
}

struct UninvolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uninvolve",
        abstract: EditHelp.uninvolveAbstract.inHelpLanguage,
        discussion: EditHelp.uninvolveDiscussion.inHelpLanguage)

    @Argument(help: EditHelp.involveNode.argumentHelp) var node: String
    @Argument(help: EditHelp.uninvolveSteps.argumentHelp, completion: .steps) var steps: [String]
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.involve($0, node, steps: steps, remove: true, dryRun: options.dryRun) }
    }
}

struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: EditHelp.linkAbstract.inHelpLanguage,
        discussion: EditHelp.linkDiscussion.inHelpLanguage)

    @Argument(help: EditHelp.linkSource.argumentHelp) var source: String
    @Argument(help: EditHelp.linkKind.argumentHelp, completion: .linkKinds) var kind: String
    @Argument(help: EditHelp.linkTarget.argumentHelp) var target: String
    @Option(help: EditHelp.linkWeight.argumentHelp) var weight: String?
    @Option(help: EditHelp.linkNote.argumentHelp) var note: String?
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run {
            try GraphEditor.link($0, source, kind: kind, target, weight: weight, note: note, dryRun: options.dryRun)
        }
    }
}

struct UnlinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlink",
        abstract: EditHelp.unlinkAbstract.inHelpLanguage,
        discussion: EditHelp.unlinkDiscussion.inHelpLanguage)

    @Argument(help: EditHelp.linkSource.argumentHelp) var source: String
    @Argument(help: EditHelp.linkKind.argumentHelp, completion: .linkKinds) var kind: String
    @Argument(help: EditHelp.linkTarget.argumentHelp) var target: String
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.unlink($0, source, kind: kind, target, dryRun: options.dryRun) }
    }
}

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: EditHelp.removeAbstract.inHelpLanguage,
        discussion: EditHelp.removeDiscussion.inHelpLanguage)

    @Argument(help: EditHelp.removeNodes.argumentHelp) var nodes: [String]
    @Flag(help: EditHelp.removeCascade.argumentHelp) var cascade = false
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.remove($0, nodes, cascade: cascade, dryRun: options.dryRun) }
    }
}
