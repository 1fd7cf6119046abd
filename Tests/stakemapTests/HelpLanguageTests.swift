import Foundation
import XCTest

/// The `--help` pages of every command, in English and in Dutch (golden files):
/// the language is chosen as for everything else, by `--lang`, `$STAKEMAP_LANG`
/// or the locale, before argument-parser builds the page.
final class HelpLanguageTests: XCTestCase {
    static let subcommands = [
        "init", "import", "list", "show", "status", "export", "gaps", "salience", "centrality", "map", "grid", "report", "add",
        "set", "involve", "uninvolve", "link", "unlink", "remove", "rename", "merge", "paths", "reach", "undo",
        "snapshot", "diff", "accept", "unaccept", "history",
    ]

    /// `stakemap --help`, then `stakemap help COMMAND` for every subcommand, each
    /// page under a heading naming it. The width is fixed: argument-parser wraps at
    /// `$COLUMNS` or the terminal's width.
    static func helpPages(
        environment: [String: String] = [:], arguments: (String?) -> [String] = { $0.map { ["help", $0] } ?? ["--help"] }
    ) throws -> String {
        let cli = try CLI()
        var pages = ""
        for command in [nil] + subcommands.map(Optional.some) {
            let result = try cli.run(arguments(command), environment: environment.merging(["COLUMNS": "80"]) { a, _ in a })
            XCTAssertEqual(result.status, 0, "\(command ?? "stakemap"): \(result.stderr)")
            XCTAssertEqual(result.stderr, "", "\(command ?? "stakemap")")
            pages += "=== stakemap \(command ?? "")\n" + result.stdout + "\n"
        }
        return pages
    }

    func testTheEnglishHelpOfEveryCommand() throws {
        try assertGolden(try Self.helpPages(), "help.en.txt")
    }

    func testTheDutchHelpOfEveryCommandFromTheLocale() throws {
        try assertGolden(try Self.helpPages(environment: ["LANG": "nl_NL.UTF-8"]), "help.nl.txt")
    }

    func testTheDutchHelpFromTheOptionIsTheLocalesDutchHelp() throws {
        let dutch = try Self.helpPages(environment: ["LANG": "nl_NL.UTF-8"])
        let asked = try Self.helpPages { command in (command.map { [$0] } ?? []) + ["--help", "--lang", "nl"] }
        XCTAssertEqual(asked, dutch)
        let glued = try Self.helpPages { command in (command.map { [$0] } ?? []) + ["--lang=nl", "--help"] }
        XCTAssertEqual(glued, dutch)
    }

    func testEnglishWhenStakemapLangOrTheOptionSaysSoOnADutchMachine() throws {
        let english = try Self.helpPages()
        XCTAssertEqual(try Self.helpPages(environment: ["STAKEMAP_LANG": "en", "LANG": "nl_NL.UTF-8"]), english)
        let asked = try Self.helpPages(environment: ["LANG": "nl_NL.UTF-8"]) { command in
            (command.map { [$0] } ?? []) + ["--help", "--lang", "en"]
        }
        XCTAssertEqual(asked, english)
    }

    /// `stakemap help import --lang nl` is the page `import --help --lang nl` shows.
    func testTheHelpCommandTakesTheLanguageOption() throws {
        let cli = try CLI()
        for language in ["nl", "en"] {
            let asked = try cli.run(["help", "import", "--lang", language], environment: ["COLUMNS": "80"])
            let glued = try cli.run(["help", "--lang=\(language)", "import"], environment: ["COLUMNS": "80"])
            let page = try cli.run(["import", "--help", "--lang", language], environment: ["COLUMNS": "80"])
            XCTAssertEqual(asked.status, 0, asked.stderr)
            XCTAssertEqual(asked.stdout, page.stdout)
            XCTAssertEqual(glued.stdout, page.stdout)
        }
        XCTAssertTrue(
            try cli.run(["help", "import", "--lang", "nl"]).stdout.contains("Wat er in het bestand staat"))
    }

    func testTheDutchHelpIsDutch() throws {
        let cli = try CLI()
        let result = try cli.run(["help", "import"], environment: ["STAKEMAP_LANG": "nl", "COLUMNS": "80"])
        XCTAssertTrue(result.stdout.contains("OVERVIEW: Importeer een CSV-bestand met"), result.stdout)
        XCTAssertFalse(result.stdout.contains("Import people, units"), result.stdout)
    }
}
