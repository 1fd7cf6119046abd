import ArgumentParser
import StakeMapKit

struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Give a node a new name; a unit a new path, with everything nested in it.",
        discussion: """
            A person keeps its id. A unit, group or role takes the id of its new name; when that id is taken, \
            `stakemap merge` makes the two one. A unit's new name is a full path (which moves it, creating \
            missing parents) or, without "/", a new last level under the same parent. Links, steps, tools and \
            attributes stay.

            Examples:
              stakemap rename gemeente-dalmeer-ruimte-verkeer "Gemeente Dalmeer/Ruimte/Mobiliteit"
              stakemap rename gemeente-dalmeer-ruimte-verkeer Mobiliteit
              stakemap rename fietsers "Fietsers en voetgangers"
            """)

    @Argument(help: "The node: id or name.") var node: String
    @Argument(help: "The new name (a unit: a path or a last level).") var newName: String
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.rename($0, node, to: newName, dryRun: options.dryRun) }
    }
}

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Make two nodes of one kind and side one: the first goes into the second.",
        discussion: """
            Attributes the second lacks are filled from the first, steps and tools are united, every link of \
            the first moves to the second (a link there twice keeps the higher weight; a link between the two \
            goes), a unit's members and sub-units move along; then the first is removed.

            Example:
              stakemap merge bewoners-centrum --into bewoners
            """)

    @Argument(help: "The node that goes: id or name.") var node: String
    @Option(name: .customLong("into"), help: "The node that stays: id or name.") var target: String
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.merge($0, node, into: target, dryRun: options.dryRun) }
    }
}
