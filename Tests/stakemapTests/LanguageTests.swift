import Foundation
import XCTest

/// Every command's words for people in Dutch and in English, on the samples,
/// as a user runs them (golden transcripts); what programs read the same in both.
final class LanguageTests: XCTestCase {
    /// A working session on the samples: reading commands, edits with their
    /// summaries and refusals, the journal. Each runs with `--lang`.
    static let session: [[String]] = [
        ["init"], ["export", "--format", "csv", "--out", "uit"], ["export", "--format", "csv"], ["status"], ["gaps"],
        ["gaps", "--severity", "hoog"], ["gaps", "--accepted", "--format", "csv"], ["history", "--limit", "0"], ["list", "people"], ["list", "units"], ["list", "groups"],
        ["list", "roles"], ["list", "links"], ["show", "Marieke van der Berg"], ["show", "Verkeer"], ["show", "fietsers"],
        ["show", "nobody-here"], ["involve", "Juridische Zaken", "kaders", "--dry-run"],
        ["set", "fietsers", "--level", "raadplegen", "--steps", "doelen|plan"],
        ["link", "Pieter Hoekstra", "beinvloedt", "fietsers", "--weight", "4"],
        ["link", "Pieter Hoekstra", "influences", "fietsers", "--weight", "9"], ["link", "Ingrid van 't Hof", "influences", "fietsers"],
        ["unlink", "fietsers", "influences", "jongeren"], ["remove", "Verkeer"], ["rename", "fietsers", "Fietsers en wandelaars", "--dry-run"],
        ["merge", "fietsers", "--into", "Verkeer"], ["add", "persoon", "Kees de Vries", "--unit", "Gemeente Veldhoven-Noord/Ruimte"],
        ["accept", "unowned-group", "taxichauffeurs", "--reason", "loopt via de taxicentrale"], ["gaps", "--accepted"],
        ["snapshot", "sessie-1"], ["snapshot", "--list"], ["uninvolve", "Kees de Vries", "alle"], ["involve", "Kees de Vries", "kaders"],
        ["diff", "sessie-1"], ["diff", "sessie-9"], ["history", "--limit", "4"], ["undo", "--dry-run"], ["undo"],
        ["accept", "vacant-role", "fietsers", "--reason", "x"], ["snapshot", "2026-03-12"], ["snapshot"],
        ["add", "robot", "R2"], ["unaccept", "unowned-group", "taxichauffeurs"], ["unaccept", "unowned-group", "taxichauffeurs"],
    ]

    func testTheSessionInDutchAndEnglish() throws {
        for language in ["nl", "en"] {
            let cli = try CLI()
            try cli.importSamples()
            var transcript = ""
            for command in Self.session {
                let result = try cli.run(command + ["--lang", language], environment: ["USER": "tester"])
                transcript += "$ stakemap " + command.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ") + "\n"
                transcript += result.stdout + result.stderr + "[exit \(result.status)]\n\n"
            }
            let timeless = transcript.replacing(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}Z?/, with: "TIME")
            try assertGolden(timeless, "session-\(language).txt")
        }
    }

    func testWhatProgramsReadIsTheSameInBothLanguages() throws {
        let cli = try CLI()
        try cli.importSamples()
        for command in [
            ["list", "people", "--format", "json"], ["list", "links", "--format", "csv"], ["gaps", "--format", "json"],
            ["gaps", "--format", "csv"], ["export", "--format", "json"], ["history", "--format", "json"],
            ["diff", "--format", "json"], ["snapshot", "--list", "--format", "json"],
        ] {
            let english = try cli.run(command + ["--lang", "en"])
            let dutch = try cli.run(command + ["--lang", "nl"])
            XCTAssertEqual(english.status, 0, "\(command): \(english.stderr)")
            XCTAssertFalse(english.stdout.isEmpty, "\(command)")
            XCTAssertEqual(dutch.stdout, english.stdout, "\(command)")
        }
    }

    func testTheLanguageComesFromTheOptionTheVariableOrTheLocale() throws {
        let cli = try CLI()
        try cli.importSamples()
        let dutch = "Kaders: 3 interne mensen betrokken"
        let english = "frame (kaders): 3 internal people involved"
        let cases: [([String], [String: String], String)] = [
            ([], [:], english),
            ([], ["LANG": "nl_NL.UTF-8"], dutch),
            ([], ["LC_ALL": "nl_BE.UTF-8", "LANG": "en_GB.UTF-8"], dutch),
            ([], ["LC_ALL": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"], english),
            ([], ["LC_MESSAGES": "nl_NL.UTF-8"], dutch),
            ([], ["STAKEMAP_LANG": "en", "LANG": "nl_NL.UTF-8"], english),
            ([], ["STAKEMAP_LANG": "nl"], dutch),
            (["--lang", "en"], ["STAKEMAP_LANG": "nl", "LANG": "nl_NL.UTF-8"], english),
            (["--lang", "nl"], ["LANG": "C"], dutch),
        ]
        for (options, environment, expected) in cases {
            let result = try cli.run(["status"] + options, environment: environment)
            XCTAssertTrue(result.stdout.hasPrefix(expected), "\(options) \(environment): \(result.stdout)")
        }
        let bad = try cli.run(["status", "--lang", "fr"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("'fr'"), bad.stderr)
    }

    func testDutchValuesInOptions() throws {
        let cli = try CLI()
        try cli.importSamples()
        let high = try cli.run(["gaps", "--severity", "hoog", "--format", "csv"])
        let english = try cli.run(["gaps", "--severity", "high", "--format", "csv"])
        XCTAssertEqual(high.status, 0, high.stderr)
        XCTAssertEqual(high.stdout, english.stdout)
        XCTAssertEqual(high.stdout.split(separator: "\n").count, 5)
        let involve = try cli.run(["involve", "fietsers", "kaders", "starten"])
        XCTAssertEqual(involve.stderr, "Fietsers (group) is now involved in frame, plan, start\n")
        let level = try cli.run(["set", "fietsers", "--level", "meebeslissen", "--lang", "nl"])
        XCTAssertEqual(level.stderr, "Fietsers (doelgroep) gewijzigd: niveau \"adviseren\" → \"meebeslissen\"\n")
    }

    /// `import mensen mensen.csv` and `list afdelingen`: the Dutch names of the
    /// kinds, as the Dutch help gives them, do what the English ones do.
    func testDutchKindNamesForImportAndList() throws {
        let english = try CLI()
        let englishSummaries = try english.importSamples()
        let dutch = try CLI()
        var dutchSummaries: [String] = []
        for ((_, file), word) in zip(CLI.sampleFiles, ["mensen", "afdelingen", "Doelgroepen", "ROLLEN", "relaties"]) {
            try FileManager.default.copyItem(
                at: CLI.samples.appendingPathComponent(file), to: URL(fileURLWithPath: dutch.path(file)))
            let result = try dutch.run(["import", word, file])
            XCTAssertEqual(result.status, 0, result.stderr)
            dutchSummaries.append(result.stderr)
        }
        XCTAssertEqual(dutchSummaries, englishSummaries)
        for (kind, word) in [("people", "mensen"), ("units", "afdelingen"), ("groups", "doelgroepen"), ("roles", "rollen"), ("links", "relaties")] {
            let listed = try dutch.run(["list", word, "--format", "csv"])
            XCTAssertEqual(listed.status, 0, listed.stderr)
            XCTAssertEqual(listed.stdout, try english.run(["list", kind, "--format", "csv"]).stdout, word)
        }
        let wrong = try dutch.run(["list", "personen"])
        XCTAssertEqual(wrong.status, 64)
    }
}
