import Foundation

extension Language {
    /// The language of the `--help` pages, decided from the command line before
    /// argument-parser parses it: the last `--lang X` or `--lang=X` that names a
    /// language (before a `--`), else `fromEnvironment`, as for a command's own output.
    public static func forHelp(
        arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Language {
        var chosen: Language?
        var words = arguments.dropFirst().makeIterator()
        while let word = words.next(), word != "--" {
            if word == "--lang", let value = words.next() {
                chosen = Language(argument: value) ?? chosen
            } else if word.hasPrefix("--lang=") {
                chosen = Language(argument: String(word.dropFirst("--lang=".count))) ?? chosen
            }
        }
        return chosen ?? fromEnvironment(environment)
    }

    /// `stakemap help CMD --lang nl`: argument-parser's `help` takes no
    /// options, so the words that chose the language (already read by
    /// ``forHelp(arguments:environment:)``) are taken out before it parses.
    /// Any other command line (without the program's name) is returned as it is.
    public static func withoutLanguageForHelp(_ arguments: [String]) -> [String] {
        guard arguments.first == "help" else { return arguments }
        var kept: [String] = []
        var words = arguments.makeIterator()
        while let word = words.next() {
            if word == "--lang" {
                _ = words.next()
            } else if !word.hasPrefix("--lang=") {
                kept.append(word)
            }
        }
        return kept
    }
}
