import Foundation
import XCTest

@testable import StakeMapKit

/// What `stakemap import` writes for people, in English and in Dutch: the
/// summaries of the samples, a dry run of the second week's people file, a
/// file full of mistakes, and how the language is chosen.
final class ImportLanguageTests: XCTestCase {
    /// An environment that chooses no language, so that each test says which it wants.
    static let noLanguage = ["STAKEMAP_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C"]

    private func run(_ cli: CLI, _ arguments: [String], _ environment: [String: String] = [:]) throws -> CLI.Result {
        try cli.run(arguments, environment: Self.noLanguage.merging(environment) { $1 })
    }

    /// A run as the golden files show it: the command, standard output, standard error and the exit status.
    private func transcript(_ cli: CLI, _ arguments: [String], _ environment: [String: String] = [:]) throws -> String {
        let result = try run(cli, arguments, environment)
        return "$ stakemap \(arguments.joined(separator: " "))\n"
            + (result.stdout.isEmpty ? "" : "--- stdout\n\(result.stdout)")
            + "--- stderr\n\(result.stderr)--- exit \(result.status)\n"
    }

    private func copySamples(into cli: CLI) throws {
        for (_, file) in CLI.sampleFiles + [("people", "mensen-week-2.csv")] {
            try FileManager.default.copyItem(
                at: CLI.samples.appendingPathComponent(file), to: URL(fileURLWithPath: cli.path(file)))
        }
    }

    func testSamplesAndADryRunInBothLanguages() throws {
        let cli = try CLI()
        try copySamples(into: cli)
        for language in ["en", "nl"] {
            let db = "samples-\(language).db"
            var text = ""
            for (kind, file) in CLI.sampleFiles {
                text += try transcript(cli, ["import", kind, file, "--db", db, "--lang", language])
            }
            try assertGolden(text, "import-samples.\(language).txt")
            let before = try run(cli, ["export", "--format", "json", "--db", db]).stdout
            let dryRun = try transcript(cli, ["import", "people", "mensen-week-2.csv", "--dry-run", "--db", db, "--lang", language])
            try assertGolden(dryRun, "import-dry-run.\(language).txt")
            XCTAssertEqual(try run(cli, ["export", "--format", "json", "--db", db]).stdout, before, language)
        }
    }

    /// Row mistakes, each of its own kind; the header is right, so every row is checked.
    static let mistakes = """
        Naam;Kant;Afdeling;Macht;Niveau;Betrokken;Leidinggevende;Beïnvloedt;E-mail
        Nieuwe Collega;Intern;Gemeente Veldhoven-Noord/Ruimte;9;;;;;n.collega@veldhoven-noord.nl
        Tweede Collega;binnen;;3;meedenken;uitvoering;;;t.collega@veldhoven-noord.nl
        Derde Collega;Intern;;;;kaders;p.hoekstrx@veldhoven-noord.nl;;d.collega@veldhoven-noord.nl
        Vierde Collega;Intern;;;;;;;n.collega@veldhoven-noord.nl
        Kempenlijn Directeur;Extern;Gemeente Veldhoven-Noord;;;;;Vierde Collega;k.directeur@kempenlijn.nl

        """

    func testAFileWithMistakesIsRejectedInBothLanguagesAndChangesNothing() throws {
        let cli = try CLI()
        try cli.importSamples()
        try cli.write("fouten.csv", Array(Self.mistakes.utf8))
        try cli.write(
            "kolommen.csv", Array("Naam;Functie;Telefoon;Macht\nNieuwe Collega;beleid;0612345678;3\n".utf8))
        try cli.write("sync.csv", Array("name,email,influences\nAnn,ann@oss.nl,p.hoekstra@veldhoven-noord.nl\n".utf8))
        let before = try cli.exportJSON()
        for language in ["en", "nl"] {
            var text = ""
            for arguments in [
                ["import", "people", "fouten.csv"], ["import", "people", "kolommen.csv"],
                ["import", "people", "sync.csv", "--sync", "--dry-run"],
            ] {
                XCTAssertEqual(try run(cli, arguments + ["--lang", language]).status, 65, "\(arguments) \(language)")
                text += try transcript(cli, arguments + ["--lang", language])
            }
            try assertGolden(text, "import-mistakes.\(language).txt")
        }
        XCTAssertEqual(try cli.exportJSON(), before)
    }

    func testTheExampleOfTheIssueWordForWord() throws {
        let cli = try CLI()
        try cli.write("mensen.csv", Array("Naam;Macht\nAnn;3\nBob;9\n".utf8))
        let result = try run(cli, ["import", "people", "mensen.csv", "--lang", "nl"])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr,
            "mensen.csv:3: kolom \"Macht\": \"9\" is geen heel getal van 1 tot 5\n1 fout; er is niets geïmporteerd\n")
        XCTAssertEqual(try run(cli, ["list", "people"]).stdout, "No people yet.\n")
    }

    func testTheLanguageComesFromTheOptionThenStakemapLangThenTheLocale() throws {
        let cli = try CLI()
        try cli.write("mensen.csv", Array("Naam;Macht\nAnn;3\n".utf8))
        try cli.write("fout.csv", Array("Naam;Macht\nBob;9\n".utf8))
        let dutch = (
            summary: "mensen.csv: 1 rij, 1 toegevoegd, 0 bijgewerkt, 0 afdelingen en organisaties, 0 rollen, "
                + "0 doelgroepen, 0 relaties\n",
            error: "fout.csv:2: kolom \"Macht\": \"9\" is geen heel getal van 1 tot 5\n1 fout; er is niets geïmporteerd\n")
        let english = (
            summary: "mensen.csv: 1 rows, 1 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n",
            error: "fout.csv:2: column \"Macht\": \"9\" is not a whole number from 1 to 5\n1 error; nothing was imported\n")
        let cases: [(environment: [String: String], option: [String], expected: (summary: String, error: String))] = [
            (["LANG": "nl_NL.UTF-8"], [], dutch),
            (["LC_ALL": "nl_BE.UTF-8", "LANG": "en_GB.UTF-8"], [], dutch),
            (["LANG": "nl_NL.UTF-8"], ["--lang", "en"], english),
            (["LANG": "nl_NL.UTF-8", "STAKEMAP_LANG": "en"], [], english),
            (["LANG": "en_US.UTF-8", "STAKEMAP_LANG": "nl"], [], dutch),
            (["STAKEMAP_LANG": "nl"], ["--lang", "en"], english),
            ([:], [], english),
        ]
        for (number, (environment, option, expected)) in cases.enumerated() {
            let db = "taal\(number).db"
            let imported = try run(cli, ["import", "people", "mensen.csv", "--db", db] + option, environment)
            XCTAssertEqual(imported.status, 0, "\(environment) \(option)")
            XCTAssertEqual(imported.stderr, expected.summary, "\(environment) \(option)")
            let failed = try run(cli, ["import", "people", "fout.csv", "--db", db] + option, environment)
            XCTAssertEqual(failed.status, 65, "\(environment) \(option)")
            XCTAssertEqual(failed.stderr, expected.error, "\(environment) \(option)")
        }
    }

    func testAFileThatCannotBeOpenedIsNamedInBothLanguages() throws {
        let cli = try CLI()
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: cli.path("map.csv")), withIntermediateDirectories: true)
        let cases: [([String], String, String)] = [
            (["bestaat-niet.csv"], "en", "stakemap: cannot read bestaat-niet.csv: No such file or directory\n"),
            (["bestaat-niet.csv"], "nl", "stakemap: kan bestaat-niet.csv niet lezen: het bestand bestaat niet\n"),
            (["map.csv"], "en", "stakemap: cannot read map.csv: it is a directory, not a CSV file\n"),
            (["map.csv"], "nl", "stakemap: kan map.csv niet lezen: het is een map, geen CSV-bestand\n"),
        ]
        for (file, language, expected) in cases {
            let result = try run(cli, ["import", "people"] + file + ["--lang", language])
            XCTAssertEqual(result.status, 66, "\(file) \(language)")
            XCTAssertEqual(result.stderr, expected)
        }
    }

    /// Every message of the import in both languages, one per line, to read and correct in one place.
    func testEveryImportMessageInBothLanguages() throws {
        let messages: [any CatalogueText] =
            ImportProblem.examples as [any CatalogueText] + CSVProblem.examples + LinkProblem.examples
            + ImportReport.examples + ImportWarning.examples
        for language in Language.allCases {
            let text = messages.map { $0.text(in: language) + "\n" }.joined()
            try assertGolden(text, "import-messages.\(language.rawValue).txt")
        }
    }
}
