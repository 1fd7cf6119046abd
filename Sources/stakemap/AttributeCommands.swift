import ArgumentParser
import StakeMapKit

/// The attributes of `add` and `set`: the import's columns under their English
/// names, values written as in a CSV cell (lists with `|`, Dutch words accepted).
struct AttributeOptions: ParsableArguments {
    @Option(help: AttributeHelp.side.argumentHelp) var side: String?
    @Option(help: AttributeHelp.unit.argumentHelp) var unit: String?
    @Option(help: AttributeHelp.roles.argumentHelp) var roles: String?
    @Option(help: AttributeHelp.groups.argumentHelp) var groups: String?
    @Option(name: .customLong("contact-for"), help: AttributeHelp.contactFor.argumentHelp)
    var contactFor: String?
    @Option(help: AttributeHelp.power.argumentHelp) var power: String?
    @Option(help: AttributeHelp.interest.argumentHelp) var interest: String?
    @Option(help: AttributeHelp.legitimacy.argumentHelp) var legitimacy: String?
    @Option(help: AttributeHelp.urgency.argumentHelp) var urgency: String?
    @Option(help: AttributeHelp.level.argumentHelp) var level: String?
    @Option(help: AttributeHelp.steps.argumentHelp) var steps: String?
    @Option(help: AttributeHelp.tools.argumentHelp) var tools: String?
    @Option(help: AttributeHelp.influences.argumentHelp) var influences: String?
    @Option(name: .customLong("reports-to"), help: AttributeHelp.reportsTo.argumentHelp) var reportsTo: String?
    @Option(help: AttributeHelp.email.argumentHelp) var email: String?
    @Option(help: AttributeHelp.notes.argumentHelp) var notes: String?
    @Option(help: AttributeHelp.required.argumentHelp) var required: String?
    @Option(help: AttributeHelp.contact.argumentHelp) var contact: String?

    var attributes: [GraphEditor.Attribute] {
        let all: [(String, String?)] = [
            ("side", side), ("unit", unit), ("roles", roles), ("groups", groups), ("contact-for", contactFor),
            ("power", power), ("interest", interest), ("legitimacy", legitimacy), ("urgency", urgency), ("level", level), ("steps", steps), ("tools", tools),
            ("influences", influences), ("reports-to", reportsTo), ("email", email), ("notes", notes),
            ("required", required), ("contact", contact),
        ]
        return all.compactMap { name, value in value.map { (name, $0) } }
    }
}

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: EditHelp.addAbstract.inHelpLanguage,
        discussion: EditHelp.addDiscussion.inHelpLanguage)

    @Argument(help: EditHelp.addKind.argumentHelp, completion: .nodeKinds) var kind: String
    @Argument(help: EditHelp.addName.argumentHelp) var name: String
    @Option(help: EditHelp.addID.argumentHelp) var id: String?
    @OptionGroup var attributes: AttributeOptions
    @OptionGroup var options: EditOptions

    // In validate, so that the usage line is that of `add`.
    func validate() throws {
        if NodeKind(input: kind) == nil { throw ValidationError(Screen.notAKind(kind).text(in: options.common.language)) }
    }

    func run() throws {
        let nodeKind = NodeKind(input: kind)!
        let given = (id.map { [("id", $0)] } ?? []) + attributes.attributes
        try options.run { try GraphEditor.add($0, kind: nodeKind, name, given, dryRun: options.dryRun) }
    }
}

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: EditHelp.setAbstract.inHelpLanguage,
        discussion: EditHelp.setDiscussion.inHelpLanguage)

    @Argument(help: EditHelp.node.argumentHelp) var node: String
    @Option(help: EditHelp.setUnset.argumentHelp) var unset: [String] = []
    @OptionGroup var attributes: AttributeOptions
    @OptionGroup var options: EditOptions

    func run() throws {
        try options.run {
            try GraphEditor.set($0, node, attributes.attributes, unset: unset, dryRun: options.dryRun)
        }
    }
}
