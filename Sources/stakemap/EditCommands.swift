import ArgumentParser
import Foundation
import StakeMapKit

/// `--dry-run` and `--db`, shared by the edit commands.
struct EditOptions: ParsableArguments {
    @Flag(help: "Report what would change, but change nothing.")
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
        abstract: "Record that a person, unit or group is involved in steps.",
        discussion: """
            Steps: frame, goals, plan, start (kaders, doelen, plan, starten) or all. A node is named by its id or its name.

            Example:
              stakemap involve "Ingrid van 't Hof" kaders doelen
            """)

    @Argument(help: "The person, unit or group: its id or name.") var node: String
    @Argument(help: "One or more steps.") var steps: [String]
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.involve($0, node, steps: steps, dryRun: options.dryRun) }
    }
}

struct UninvolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uninvolve",
        abstract: "Record that a person, unit or group is no longer involved in steps.",
        discussion: """
            Example:
              stakemap uninvolve a.devries@dalmeer.nl start
            """)

    @Argument(help: "The person, unit or group: its id or name.") var node: String
    @Argument(help: "One or more steps (or all).") var steps: [String]
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.involve($0, node, steps: steps, remove: true, dryRun: options.dryRun) }
    }
}

struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Add a link between two nodes, or change the weight and note of one.",
        discussion: """
            KIND: influences, member_of, has_role, reports_to or contact_for; the rules of a links file apply.

            Example:
              stakemap link "Petra van Leeuwen" influences wethouder-jansen --weight 5
            """)

    @Argument(help: "The source: id or name.") var source: String
    @Argument(help: "The kind of link.") var kind: String
    @Argument(help: "The target: id or name.") var target: String
    @Option(help: "The weight, 1 to 5 (influences: 3 when not given).") var weight: String?
    @Option(help: "A note on the link.") var note: String?
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
        abstract: "Remove a link between two nodes.",
        discussion: """
            Example:
              stakemap unlink "Petra van Leeuwen" influences wethouder-jansen
            """)

    @Argument(help: "The source: id or name.") var source: String
    @Argument(help: "The kind of link.") var kind: String
    @Argument(help: "The target: id or name.") var target: String
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.unlink($0, source, kind: kind, target, dryRun: options.dryRun) }
    }
}

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove nodes with their links, steps and tools.",
        discussion: """
            A unit with sub-units or members is refused unless --cascade, which removes its sub-units too; people are never removed along (they lose the unit).

            Example:
              stakemap remove z.vandenheuvel@dalmeer.nl
            """)

    @Argument(help: "The nodes: ids or names.") var nodes: [String]
    @Flag(help: "Also remove a unit's sub-units.") var cascade = false
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run { try GraphEditor.remove($0, nodes, cascade: cascade, dryRun: options.dryRun) }
    }
}
