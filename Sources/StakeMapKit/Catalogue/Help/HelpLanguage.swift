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
}
