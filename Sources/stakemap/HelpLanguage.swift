import ArgumentParser
import StakeMapKit

/// The language of the `--help` pages (and of the argument help that argument-parser
/// quotes in a usage error). argument-parser reads a command's `configuration` and
/// the `help:` of its options only when it builds a page, so one language decided
/// here at startup, from `--lang` on the command line or else the environment,
/// serves every page. An immutable global: Swift 6 shares it safely.
let helpLanguage = Language.forHelp(arguments: CommandLine.arguments)

extension CatalogueText {
    /// This text in the help's language: a command's abstract or discussion.
    var inHelpLanguage: String { text(in: helpLanguage) }

    /// This text in the help's language, as the help of an option or argument.
    var argumentHelp: ArgumentHelp { ArgumentHelp(inHelpLanguage) }
}
