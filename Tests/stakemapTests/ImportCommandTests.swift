import Foundation
import XCTest

/// `stakemap import`, `init`, `list`, `show`, `export`, `status` end to end.
final class ImportCommandTests: XCTestCase {
    func testSamplesImportWithExactSummaries() throws {
        let cli = try CLI()
        let summaries = try cli.importSamples()
        XCTAssertEqual(
            summaries,
            [
                "mensen.csv: 40 rows, 40 added, 0 updated, 23 units, 16 roles, 7 groups, 128 links\n",
                "afdelingen.csv: 14 rows, 0 added, 14 updated, 0 units, 0 roles, 0 groups, 2 links\n",
                "doelgroepen.csv: 7 rows, 0 added, 7 updated, 0 units, 0 roles, 0 groups, 0 links\n",
                "rollen.csv: 11 rows, 1 added, 6 updated, 0 units, 0 roles, 0 groups, 0 links\n",
                "relaties.csv: 23 rows, 6 added, 13 updated, 0 units, 0 roles, 0 groups, 6 links\n",
            ])
        // The second time nothing changes.
        XCTAssertEqual(
            try cli.importSamples(),
            [
                "mensen.csv: 40 rows, 0 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n",
                "afdelingen.csv: 14 rows, 0 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n",
                "doelgroepen.csv: 7 rows, 0 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n",
                "rollen.csv: 11 rows, 0 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n",
                "relaties.csv: 23 rows, 0 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n",
            ])
    }

    func testFailedImportExits65ListsErrorsAndChangesNothing() throws {
        let cli = try CLI()
        try cli.importSamples()
        let before = try cli.run(["export", "--format", "json"])
        try cli.write(
            "fout.csv",
            Array(
                """
                Naam;Macht;Leidinggevende;Notities
                Nieuwe Collega;9;;"Zegt: ""ik doe mee""; maar
                pas na de zomer"
                Tweede Collega;3;iemand-onbekends;
                """.utf8))
        let result = try cli.run(["import", "people", "fout.csv"])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(
            result.stderr,
            """
            fout.csv:2: column "Macht": "9" is not a whole number from 1 to 5
            fout.csv:4: column "Leidinggevende": unknown id "iemand-onbekends" (not in this file nor in the database)
            2 errors; nothing was imported

            """)
        let after = try cli.run(["export", "--format", "json"])
        XCTAssertEqual(after.stdout, before.stdout)
    }

    func testUnclosedQuoteIsReportedWhereTheFieldStarts() throws {
        let cli = try CLI()
        try cli.write("kapot.csv", Array("name,notes\nAnn,ok\nBob,\"begint hier\nen stopt nooit\n".utf8))
        let result = try cli.run(["import", "people", "kapot.csv"])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.hasPrefix("kapot.csv:3: unclosed quote"), result.stderr)
        XCTAssertEqual(try cli.run(["list", "people"]).stdout, "No people yet.\n")
    }

    func testBinaryInputIsBadDataNotACrash() throws {
        let cli = try CLI()
        try cli.write("foto.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        let result = try cli.run(["import", "people", "foto.csv"])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.hasPrefix("foto.csv:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("binary"), result.stderr)
    }

    func testMissingFileExits66AndMissingDatabaseToo() throws {
        let cli = try CLI()
        let result = try cli.run(["import", "people", "bestaat-niet.csv"])
        XCTAssertEqual(result.status, 66)
        XCTAssertEqual(result.stderr, "stakemap: cannot read bestaat-niet.csv: No such file or directory\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path("stakemap.db")))
        let list = try cli.run(["list", "people", "--db", "leeg.db"])
        XCTAssertEqual(list.status, 66)
        XCTAssertEqual(
            list.stderr,
            "stakemap: no stakemap database at leeg.db: run `stakemap init` or `stakemap import` first, or pass --db\n")
    }

    func testUsageErrorsExit64() throws {
        let cli = try CLI()
        XCTAssertEqual(try cli.run(["import", "personen", "x.csv"]).status, 64)
        XCTAssertEqual(try cli.run(["list"]).status, 64)
        XCTAssertEqual(try cli.run(["export", "--format", "csv"]).status, 64)
        XCTAssertEqual(try cli.run(["import", "people", "x.csv", "--delimiter", "|"]).status, 64)
    }

    func testStdinWindows1252AndQuotedCommaWithLineBreak() throws {
        let cli = try CLI()
        // "Ren\u{E9}e" in Windows-1252, a name with a quoted comma and a line break.
        var bytes = Array("naam;afdeling\r\n".utf8)
        bytes += Array("Ren".utf8) + [0xE9] + Array("e Dubois;Caf".utf8) + [0xE9] + Array(" De Zon\r\n".utf8)
        bytes += Array("\"Jansen, Piet\njr.\";Gemeente\r\n".utf8)
        let result = try cli.run(["import", "people", "-", "--db", "w.db"], stdin: Data(bytes))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "-: 2 rows, 2 added, 0 updated, 2 units, 0 roles, 0 groups, 2 links\n")
        let json = try cli.run(["list", "people", "--format", "json", "--db", "w.db"]).stdout
        XCTAssertTrue(json.contains("\"name\": \"Renée Dubois\""), json)
        XCTAssertTrue(json.contains("\"name\": \"Jansen, Piet\\njr.\""), json)
        XCTAssertTrue(json.contains("\"id\": \"jansen-piet-jr\""), json)
        XCTAssertTrue(json.contains("\"unit\": \"cafe-de-zon\""), json)
    }

    /// A file is read twice (ids first, so that keys follow the rows), a pipe once:
    /// references to people further down and their errors come out the same.
    /// Enough people that the file's import hands many full batches (and a
    /// remainder of each table) to its writing thread; the pipe's import writes
    /// them itself. Both must store every row.
    func testLargeFileAndPipeStoreEveryRow() throws {
        let cli = try CLI()
        let people = 3_001
        var csv = "id,name,unit,roles,steps,influences,reports_to\n"
        var links: Set<String> = []
        for number in 0..<people {
            let unit = number % 7
            var influences: [String] = []
            for target in [(number * 7 + 1) % people, (number * 13 + 2) % people] where target != number {
                influences.append("p\(target)")
                links.insert("p\(number) influences p\(target)")
            }
            let manager = number >= 10 ? "p\(number / 10)" : ""
            if !manager.isEmpty { links.insert("p\(number) reports_to \(manager)") }
            links.insert("p\(number) member_of \(unit)")
            links.insert("p\(number) has_role \(number % 5)")
            csv += "p\(number),Persoon \(number),Gemeente/Afdeling \(unit),rol \(number % 5),"
            csv += "\(number % 10 == 0 ? "plan" : ""),\(influences.joined(separator: "|")),\(manager)\n"
        }
        let total = links.count + 7  // and each department is a member of the municipality
        try cli.write("many.csv", Array(csv.utf8))
        let fromFile = try cli.run(["import", "people", "many.csv", "--db", "file.db"])
        let fromPipe = try cli.run(["import", "people", "-", "--db", "pipe.db"], stdin: Data(csv.utf8))
        XCTAssertEqual(
            fromFile.stderr, "many.csv: 3001 rows, 3001 added, 0 updated, 8 units, 5 roles, 0 groups, \(total) links\n")
        XCTAssertEqual(fromPipe.stderr, "-: 3001 rows, 3001 added, 0 updated, 8 units, 5 roles, 0 groups, \(total) links\n")
        let status = try cli.run(["status", "--db", "file.db"]).stdout
        XCTAssertTrue(status.contains("  people     3001      3001         0       301\n"), status)
        XCTAssertTrue(status.contains("  links     \(total)\n"), status)
        XCTAssertEqual(try cli.run(["status", "--db", "pipe.db"]).stdout, status)
        let export = try cli.run(["export", "--format", "json", "--db", "file.db"]).stdout
        XCTAssertEqual(try cli.run(["export", "--format", "json", "--db", "pipe.db"]).stdout, export)
    }

    func testFileAndPipeGiveTheSameGraphAndTheSameErrors() throws {
        let cli = try CLI()
        let good = """
            id,name,unit,influences,reports_to
            p1,Ann,Gemeente/Ruimte,p3|p2,p2
            p2,Bob,Gemeente/Ruimte,p3,p3
            p3,Cas,Gemeente,gemeente-ruimte,

            """
        try cli.write("good.csv", Array(good.utf8))
        let fromFile = try cli.run(["import", "people", "good.csv", "--db", "file.db"])
        let fromPipe = try cli.run(["import", "people", "-", "--db", "pipe.db"], stdin: Data(good.utf8))
        XCTAssertEqual(fromFile.status, 0, fromFile.stderr)
        XCTAssertEqual(fromFile.stderr, "good.csv: 3 rows, 3 added, 0 updated, 2 units, 0 roles, 0 groups, 10 links\n")
        XCTAssertEqual(fromPipe.stderr, "-: 3 rows, 3 added, 0 updated, 2 units, 0 roles, 0 groups, 10 links\n")
        let export = try cli.run(["export", "--format", "json", "--db", "file.db"]).stdout
        XCTAssertEqual(try cli.run(["export", "--format", "json", "--db", "pipe.db"]).stdout, export)
        XCTAssertEqual(
            try cli.run(["show", "p1", "--db", "pipe.db"]).stdout,
            """
            Ann (internal person)
              id:         p1
              steps:      none
              links out (4):
                influences → Bob [p2] weight 3
                influences → Cas [p3] weight 3
                member_of → Ruimte [gemeente-ruimte]
                reports_to → Bob [p2]
              links in (0):

            """)

        let bad = """
            id,name,unit,influences,reports_to
            p1,Ann,Gemeente/Ruimte,p9,gemeente
            p2,Bob,,p1,p3
            p3,Cas,Gemeente,,p2

            """
        try cli.write("bad.csv", Array(bad.utf8))
        let expected = """
            bad.csv:2: column "reports_to": reports_to links a person to a person, but "p1" is a person and "gemeente" a unit
            bad.csv:2: column "influences": unknown id "p9" (not in this file nor in the database); did you mean p1 (Ann), p2 (Bob), p3 (Cas)?
            2 errors; nothing was imported

            """
        let badFile = try cli.run(["import", "people", "bad.csv", "--db", "bad1.db"])
        let badPipe = try cli.run(["import", "people", "-", "--db", "bad2.db"], stdin: Data(bad.utf8))
        XCTAssertEqual(badFile.status, 65)
        XCTAssertEqual(badFile.stderr, expected)
        XCTAssertEqual(badPipe.status, 65)
        XCTAssertEqual(badPipe.stderr, expected.replacingOccurrences(of: "bad.csv:", with: "-:"))
    }

    func testDatabaseFromEnvironmentAndOptionAfterSubcommand() throws {
        let cli = try CLI()
        try cli.write("p.csv", Array("name\nAnn\n".utf8))
        XCTAssertEqual(try cli.run(["import", "people", "p.csv"], environment: ["STAKEMAP_DB": "env.db"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cli.path("env.db")))
        XCTAssertEqual(try cli.run(["list", "people", "--format", "csv", "--db", "env.db"]).stdout, "id,name,side,unit,roles,groups,contact_for,power,interest,legitimacy,urgency,salience,steps,level,influences,reports_to,email,notes\nann,Ann,internal,,,,,,,,,,,,,,,\n")
    }

    func testExportImportExportIsByteIdentical() throws {
        let cli = try CLI()
        try cli.importSamples()
        XCTAssertEqual(try cli.run(["export", "--format", "csv", "--out", "eerste"]).status, 0)
        for (kind, _) in CLI.sampleFiles {
            let result = try cli.run(["import", kind, "eerste/\(kind).csv", "--db", "kopie.db"])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        XCTAssertEqual(try cli.run(["export", "--format", "csv", "--out", "tweede", "--db", "kopie.db"]).status, 0)
        for (kind, _) in CLI.sampleFiles {
            XCTAssertEqual(try cli.read("eerste/\(kind).csv"), try cli.read("tweede/\(kind).csv"), kind)
        }
        let first = try cli.run(["export", "--format", "json"]).stdout
        let second = try cli.run(["export", "--format", "json", "--db", "kopie.db"]).stdout
        XCTAssertEqual(first, second)
        XCTAssertTrue(first.hasPrefix("{\n  \"people\": [\n"))
    }

    func testShowAndUnknownId() throws {
        let cli = try CLI()
        try cli.importSamples()
        let show = try cli.run(["show", "P.Hoekstra@veldhoven-noord.nl"])
        XCTAssertEqual(show.status, 0)
        try assertGolden(show.stdout, "show-hoekstra.txt")
        let unknown = try cli.run(["show", "niemand"])
        XCTAssertEqual(unknown.status, 65)
        XCTAssertEqual(
            unknown.stderr,
            "stakemap: there is no node with id or name \"niemand\"; see `stakemap list` for the ids\n")
    }

    func testListsAndStatusOfTheSamples() throws {
        let cli = try CLI()
        try cli.importSamples()
        for what in ["people", "units", "groups", "roles", "links"] {
            let table = try cli.run(["list", what])
            XCTAssertEqual(table.status, 0)
            XCTAssertTrue(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, what)
            try assertGolden(table.stdout, "list-\(what).txt")
        }
        try assertGolden(try cli.run(["list", "groups", "--format", "json"]).stdout, "list-groups.json")
        try assertGolden(try cli.run(["status"]).stdout, "status.txt")
    }

    func testInitCreatesAndIsIdempotent() throws {
        let cli = try CLI()
        let first = try cli.run(["init", "--db", "nieuw.db"])
        XCTAssertEqual(first.status, 0)
        XCTAssertEqual(first.stderr, "nieuw.db: ready, schema 0005_salience (applied 0001_graph, 0002_link_keys, 0003_journal, 0004_snapshots, 0005_salience)\n")
        let second = try cli.run(["init", "--db", "nieuw.db"])
        XCTAssertEqual(second.stderr, "nieuw.db: ready, schema 0005_salience (up to date)\n")
    }

    func testHelpHasAnExampleForEveryCommand() throws {
        let cli = try CLI()
        for command in ["init", "import", "list", "show", "status", "export"] {
            let help = try cli.run([command, "--help"])
            XCTAssertEqual(help.status, 0)
            XCTAssertTrue(help.stdout.contains("stakemap \(command)"), command)
        }
    }
}

/// Delimiters, encodings and two processes on one database.
final class ImportOptionsTests: XCTestCase {
    func testDelimiterOverrideTabAndLatin1() throws {
        let cli = try CLI()
        // A header that looks comma-separated, data separated by semicolons: --delimiter decides.
        try cli.write("semi.csv", Array("naam;notities\nAnn;één, twee\n".utf8))
        XCTAssertEqual(try cli.run(["import", "people", "semi.csv", "--delimiter", ";"]).status, 0)
        try cli.write("tab.tsv", Array("name\tunit\nBob\tOss/Ruimte\n".utf8))
        let tab = try cli.run(["import", "people", "tab.tsv"])
        XCTAssertEqual(tab.stderr, "tab.tsv: 1 rows, 1 added, 0 updated, 2 units, 0 roles, 0 groups, 2 links\n")
        // Latin-1 bytes that are not valid UTF-8; named explicitly.
        try cli.write("latin.csv", Array("name,notes\nCor,".utf8) + [0x63, 0x61, 0x66, 0xE9] + [0x0A])
        XCTAssertEqual(try cli.run(["import", "people", "latin.csv", "--encoding", "latin1"]).status, 0)
        let json = try cli.run(["list", "people", "--format", "json"]).stdout
        XCTAssertTrue(json.contains("\"notes\": \"één, twee\""), json)
        XCTAssertTrue(json.contains("\"notes\": \"café\""), json)
        XCTAssertTrue(json.contains("\"unit\": \"oss-ruimte\""), json)
    }

    func testMissingTrailingCellsAreEmpty() throws {
        let cli = try CLI()
        try cli.write("kort.csv", Array("id,name,power,interest\na,Ann,4\nb,Bob\n".utf8))
        XCTAssertEqual(try cli.run(["import", "people", "kort.csv"]).status, 0)
        XCTAssertEqual(
            try cli.run(["list", "people", "--format", "csv"]).stdout,
            """
            id,name,side,unit,roles,groups,contact_for,power,interest,legitimacy,urgency,salience,steps,level,influences,reports_to,email,notes
            a,Ann,internal,,,,,4,,,,dormant,,,,,,
            b,Bob,internal,,,,,,,,,,,,,,,

            """)
    }

    func testTwoProcessesOnOneDatabaseWaitForEachOther() throws {
        let cli = try CLI()
        var first = "id,name,unit\n"
        var second = "id,name,unit\n"
        for index in 0..<5000 {
            first += "a\(index),Ann \(index),Oss/Team \(index % 50)\n"
            second += "b\(index),Bob \(index),Oss/Team \(index % 50)\n"
        }
        try cli.write("a.csv", Array(first.utf8))
        try cli.write("b.csv", Array(second.utf8))
        let group = DispatchGroup()
        nonisolated(unsafe) var results: [CLI.Result] = []
        let lock = NSLock()
        for file in ["a.csv", "b.csv"] {
            group.enter()
            DispatchQueue.global().async {
                let result = try? cli.run(["import", "people", file])
                lock.lock()
                if let result { results.append(result) }
                lock.unlock()
                group.leave()
            }
        }
        group.wait()
        XCTAssertEqual(results.map(\.status), [0, 0], results.map(\.stderr).joined())
        let people = try cli.run(["list", "people", "--format", "csv"]).stdout
        XCTAssertEqual(people.split(separator: "\n").count, 1 + 10_000)
    }
}

/// A --db that is not a database, or cannot be made where it points.
final class DatabasePathTests: XCTestCase {
    func testNotADatabaseAndMissingFolderExit66() throws {
        let cli = try CLI()
        try cli.write("mensen.csv", Array("naam\nAnn\n".utf8))
        let notADatabase = try cli.run(["list", "people", "--db", "mensen.csv"])
        XCTAssertEqual(notADatabase.status, 66)
        XCTAssertEqual(
            notADatabase.stderr,
            "stakemap: cannot open the database mensen.csv: it is not a stakemap database (give another --db path)\n")
        let noFolder = try cli.run(["import", "people", "mensen.csv", "--db", "geen/map/s.db"])
        XCTAssertEqual(noFolder.status, 66)
        XCTAssertTrue(noFolder.stderr.contains("check that the folder exists"), noFolder.stderr)
    }
}
