import ArgumentParser
import StakeMapKit

/// The attributes of `add` and `set`: the import's columns under their English
/// names, values written as in a CSV cell (lists with `|`, Dutch words accepted).
struct AttributeOptions: ParsableArguments {
    @Option(help: "internal or external (intern, extern).") var side: String?
    @Option(help: "A person's unit path, e.g. \"Gemeente Oss/Ruimte\".") var unit: String?
    @Option(help: "Role names, separated by |.") var roles: String?
    @Option(help: "Target groups a person belongs to or represents, separated by |.") var groups: String?
    @Option(name: .customLong("contact-for"), help: "Target groups this internal person or unit is the contact for.")
    var contactFor: String?
    @Option(help: "1 to 5.") var power: String?
    @Option(help: "1 to 5.") var interest: String?
    @Option(help: "inform, consult, advise, coproduce or codecide (Dutch names too).") var level: String?
    @Option(help: "Steps, separated by |, or all.") var steps: String?
    @Option(help: "Participation tools of a unit or group, separated by |.") var tools: String?
    @Option(help: "Ids or names this person influences, separated by |.") var influences: String?
    @Option(name: .customLong("reports-to"), help: "The line manager: id or name.") var reportsTo: String?
    @Option(help: "E-mail address.") var email: String?
    @Option(help: "Notes.") var notes: String?
    @Option(help: "A role: yes or no (ja, nee).") var required: String?
    @Option(help: "A group's contacts: internal people or units, separated by |.") var contact: String?

    var attributes: [GraphEditor.Attribute] {
        let all: [(String, String?)] = [
            ("side", side), ("unit", unit), ("roles", roles), ("groups", groups), ("contact-for", contactFor),
            ("power", power), ("interest", interest), ("level", level), ("steps", steps), ("tools", tools),
            ("influences", influences), ("reports-to", reportsTo), ("email", email), ("notes", notes),
            ("required", required), ("contact", contact),
        ]
        return all.compactMap { name, value in value.map { (name, $0) } }
    }
}

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a person, unit, group or role.",
        discussion: """
            The id is made as the import makes it (a person: --id, else the e-mail, else the name; a unit: its path; a group or role: its name), or given with --id. The checks of the import apply.

            Examples:
              stakemap add person "Zoë van den Heuvel" --unit "Gemeente Oss/Ruimte" --email z.vandenheuvel@oss.nl
              stakemap add unit "Gemeente Oss/Ruimte/Verkeer" --steps kaders
              stakemap add group "Ondernemers Centrum" --level raadplegen
            """)

    @Argument(help: "person, unit, group or role.") var kind: String
    @Argument(help: "The name (a unit: its full path).") var name: String
    @Option(help: "The id (person, group, role).") var id: String?
    @OptionGroup var attributes: AttributeOptions
    @OptionGroup var options: EditOptions

    func run() throws {
        guard let nodeKind = NodeKind(input: kind) else {
            throw ValidationError(Screen.notAKind(kind).text(in: options.common.language))
        }
        let given = (id.map { [("id", $0)] } ?? []) + attributes.attributes
        try options.run { try GraphEditor.add($0, kind: nodeKind, name, given, dryRun: options.dryRun) }
    }
}

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change attributes of a node.",
        discussion: """
            A list option replaces that list, as a filled cell of an import does; --unset clears an attribute or a list.

            Examples:
              stakemap set "Pieter Hoekstra" --power 5 --interest 4
              stakemap set fietsers --level adviseren --tools "OpenStad|enquête"
              stakemap set "Ingrid Mulder" --unset reports-to --unset notes
            """)

    @Argument(help: "The node: id or name.") var node: String
    @Option(help: "An attribute or list to clear (repeatable).") var unset: [String] = []
    @OptionGroup var attributes: AttributeOptions
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run {
            try GraphEditor.set($0, node, attributes.attributes, unset: unset, dryRun: options.dryRun)
        }
    }
}
