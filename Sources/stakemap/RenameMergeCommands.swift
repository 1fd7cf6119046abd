import ArgumentParser
import StakeMapKit

struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: EditHelp.renameAbstract.inHelpLanguage,
        discussion: EditHelp.renameDiscussion.inHelpLanguage)

    @Argument(help: EditHelp.node.argumentHelp) var node: String
    @Argument(help: EditHelp.renameNewName.argumentHelp) var newName: String
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.rename($0, node, to: newName, dryRun: options.dryRun) }
    }
}

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: EditHelp.mergeAbstract.inHelpLanguage,
        discussion: EditHelp.mergeDiscussion.inHelpLanguage)

    @Argument(help: EditHelp.mergeNode.argumentHelp) var node: String
    @Option(name: .customLong("into"), help: EditHelp.mergeInto.argumentHelp) var target: String
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.merge($0, node, into: target, dryRun: options.dryRun) }
    }
}
