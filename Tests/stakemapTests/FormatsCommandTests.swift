import Foundation
import StakeMapKit
import XCTest

/// The project explains its own formats: `help import` lists the columns of
/// each kind, the unknown-column error names the Dutch ones too, `--version`,
/// and the shell completions offer the kinds, formats and rule ids.
final class FormatsCommandTests: XCTestCase {
    func testVersionPrintsTheLibrarysVersion() throws {
        let cli = try CLI()
        let result = try cli.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, ToolVersion.current + "\n")
        XCTAssertEqual(result.stderr, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path("stakemap.db")))
        // A closed pipe is not an error; a full disk is exit 74.
        XCTAssertEqual(try cli.shell("\"$STAKEMAP\" --version | head -c0; echo ${PIPESTATUS[0]}").stdout, "0\n")
        XCTAssertEqual(try cli.shell("\"$STAKEMAP\" --version > /dev/full 2>/dev/null; echo $?").stdout, "74\n")
        // Only on stakemap itself: a subcommand's help has no --version.
        let root = try cli.run(["--help"], environment: ["STAKEMAP_LANG": "nl"])
        XCTAssertTrue(root.stdout.contains("  --version               Toon de versie van stakemap.\n"), root.stdout)
        XCTAssertFalse(try cli.run(["help", "import"]).stdout.contains("--version"))
        XCTAssertEqual(try cli.run(["import", "--version"]).status, 64)
    }

    func testHelpImportListsTheColumnsOfEachKindInBothLanguages() throws {
        let cli = try CLI()
        let english = try cli.run(["help", "import"], environment: ["COLUMNS": "80"])
        XCTAssertEqual(english.status, 0)
        for line in [
            "  people  id, name* (naam), side (kant), unit (afdeling/organisatie),",
            "          email (e-mailadres/mail), notes (notities/notitie)",
            "  roles   id, name* (naam), required (verplicht), notes (notities/notitie)",
            "  links   source* (van), target* (naar), kind (soort), weight (gewicht),",
            "          note (notitie/notities)",
        ] {
            XCTAssertTrue(english.stdout.contains("\n" + line + "\n"), "no line \"\(line)\" in\n\(english.stdout)")
        }
        let dutch = try cli.run(["help", "import"], environment: ["COLUMNS": "80", "STAKEMAP_LANG": "nl"])
        for line in [
            "  people  id, naam* (name), kant (side), afdeling/organisatie (unit),",
            "  roles   id, naam* (name), verplicht (required), notities/notitie (notes)",
            "  links   van* (source), naar* (target), soort (kind), gewicht (weight),",
        ] {
            XCTAssertTrue(dutch.stdout.contains("\n" + line + "\n"), "no line \"\(line)\" in\n\(dutch.stdout)")
        }
    }

    func testTheUnknownColumnErrorNamesTheDutchColumnsAndImportsNothing() throws {
        let cli = try CLI()
        try cli.write("relaties.csv", Array("Van,Naar,Sterkte\nanna,bob,3\n".utf8))
        let english = try cli.run(["import", "links", "relaties.csv"])
        XCTAssertEqual(english.status, 65)
        XCTAssertEqual(
            english.stderr,
            "relaties.csv:1: unknown column \"Sterkte\" in a links file; known columns (Dutch names in brackets): "
                + "source (van), target (naar), kind (soort), weight (gewicht), note (notitie/notities); "
                + "or pass --ignore-unknown\n1 error; nothing was imported\n")
        let dutch = try cli.run(["import", "links", "relaties.csv", "--lang", "nl"])
        XCTAssertEqual(dutch.status, 65)
        XCTAssertEqual(
            dutch.stderr,
            "relaties.csv:1: onbekende kolom \"Sterkte\" in een bestand met relaties; bekende kolommen (Engelse namen "
                + "tussen haakjes): van (source), naar (target), soort (kind), gewicht (weight), notitie/notities (note); "
                + "of geef --ignore-unknown\n1 fout; er is niets geïmporteerd\n")
        XCTAssertEqual(try cli.run(["list", "links", "--format", "json"]).stdout, "[]\n")
    }

    /// What bash offers after `words`, through the generated script's own function.
    func bashCompletions(_ script: String, _ words: [String], cli: CLI) throws -> [String] {
        try cli.write("completion.bash", Array(script.utf8))
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let line = words.joined(separator: " ")
        let result = try cli.shell(
            """
            source ./completion.bash
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
            COMPREPLY=()
            _stakemap stakemap '\(words.last!)' '\(words[words.count - 2])'
            printf '%s\\n' "${COMPREPLY[@]}"
            """)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.split(separator: "\n").map(String.init)
    }

    func testTheBashCompletionOffersKindsFormatsAndRuleIDs() throws {
        let cli = try CLI()
        let script = try cli.run(["--generate-completion-script", "bash"])
        XCTAssertEqual(script.status, 0, script.stderr)
        let kinds = ["people", "units", "groups", "roles", "links"]
        XCTAssertTrue(script.stdout.contains(kinds.map { "'\($0)'" }.joined(separator: "$'\\n'")), script.stdout)
        XCTAssertTrue(script.stdout.contains(GapFinder.ruleIDs.map { "'\($0)'" }.joined(separator: "$'\\n'")))
        XCTAssertEqual(try bashCompletions(script.stdout, ["stakemap", "import", ""], cli: cli), kinds)
        XCTAssertEqual(try bashCompletions(script.stdout, ["stakemap", "list", "g"], cli: cli), ["groups"])
        XCTAssertEqual(
            try bashCompletions(script.stdout, ["stakemap", "export", "--format", ""], cli: cli), ["csv", "json"])
        XCTAssertEqual(
            try bashCompletions(script.stdout, ["stakemap", "gaps", "--format", ""], cli: cli),
            ["table", "json", "csv"])
        XCTAssertEqual(
            try bashCompletions(script.stdout, ["stakemap", "gaps", "--rule", "un"], cli: cli),
            GapFinder.ruleIDs.filter { $0.hasPrefix("un") })
        XCTAssertEqual(
            try bashCompletions(script.stdout, ["stakemap", "accept", "vac"], cli: cli), ["vacant-role"])
        XCTAssertEqual(
            try bashCompletions(script.stdout, ["stakemap", "list", "people", "--quadrant", ""], cli: cli),
            ["manage-closely", "keep-satisfied", "keep-informed", "monitor"])
        XCTAssertEqual(
            try bashCompletions(script.stdout, ["stakemap", "involve", "anna", ""], cli: cli),
            ["frame", "goals", "plan", "start", "all"])
        XCTAssertEqual(
            try bashCompletions(script.stdout, ["stakemap", "link", "anna", ""], cli: cli),
            ["member_of", "has_role", "influences", "reports_to", "contact_for"])
    }

    func testZshAndFishScriptsNameTheKindsAndRules() throws {
        let cli = try CLI()
        for shell in ["zsh", "fish"] {
            let script = try cli.run(["--generate-completion-script", shell])
            XCTAssertEqual(script.status, 0, "\(shell): \(script.stderr)")
            for word in ["people", "units", "groups", "roles", "links"] + GapFinder.ruleIDs {
                XCTAssertTrue(script.stdout.contains(word), "\(shell): no \(word)")
            }
        }
    }
}
