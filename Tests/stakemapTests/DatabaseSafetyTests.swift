import Foundation
import GRDB
import XCTest

/// Databases stakemap must not use as they are: one from a newer stakemap.
final class DatabaseSafetyTests: XCTestCase {
    func testADatabaseFromANewerStakemapIsRefusedByEveryCommand() throws {
        let cli = try CLI()
        let db = cli.path("nieuwer.db")
        XCTAssertEqual(try cli.run(["init", "--db", db]).status, 0)
        let people = cli.path("p.csv")
        try "name\nAnn\n".write(toFile: people, atomically: true, encoding: .utf8)
        XCTAssertEqual(try cli.run(["import", "people", people, "--db", db]).status, 0)
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_future')")
        }
        try queue.close()
        let message = "stakemap: \(db) was made by a newer stakemap (schema 9999_future); use that version — this one would not keep what it stores\n"
        let commands: [[String]] = [
            ["init"], ["status"], ["gaps"], ["list", "people"], ["show", "ann"], ["export", "--format", "json"],
            ["import", "people", people], ["map", "--out", cli.path("k.svg")], ["grid", "--out", cli.path("g.svg")],
        ]
        for command in commands {
            let result = try cli.run(command + ["--db", db])
            XCTAssertEqual(result.status, 66, command.joined(separator: " "))
            XCTAssertEqual(result.stderr, message, command.joined(separator: " "))
            XCTAssertEqual(result.stdout, "", command.joined(separator: " "))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path("k.svg")))
        let count = try DatabaseQueue(path: db).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM node") }
        XCTAssertEqual(count, 1, "the import wrote nothing")
    }
}

/// Output that cannot be written is an error (exit 74), never a silent empty file;
/// a reader that goes away (`| head`) is not.
final class OutputFailureTests: XCTestCase {
    func testWritingToAFullDeviceExits74ForEveryPrintingCommand() throws {
        let cli = try CLI()
        for (kind, file) in [("people", "mensen.csv"), ("groups", "doelgroepen.csv")] {
            XCTAssertEqual(try cli.run(["import", kind, CLI.samples.appendingPathComponent(file).path]).status, 0)
        }
        let commands: [[String]] = [
            ["status"], ["gaps"], ["gaps", "--format", "json"], ["list", "people"], ["show", "wethouder"],
            ["export", "--format", "json"],
        ]
        for command in commands {
            let result = try cli.shell("\"$STAKEMAP\" \(command.joined(separator: " ")) > /dev/full")
            XCTAssertEqual(result.status, 74, command.joined(separator: " "))
            XCTAssertEqual(
                result.stderr,
                "stakemap: cannot write the output: No space left on device — free some space or write elsewhere; the output is incomplete\n",
                command.joined(separator: " "))
        }
        // 40 people: more than a pipe takes after head has gone.
        let head = try cli.shell("\"$STAKEMAP\" export --format json | head -c 10; exit ${PIPESTATUS[0]}")
        XCTAssertEqual(head.status, 0)
        XCTAssertEqual(head.stderr, "")
        XCTAssertEqual(head.stdout.utf8.count, 10)
    }
}

/// Commands that read, run while the first import into an empty database is
/// under way, see the graph as it was and neither wait nor fail.
final class ReadersDuringImportTests: XCTestCase {
    func testStatusAndGapsDuringTheFirstImportSucceed() throws {
        let cli = try CLI()
        var rows = ["name;unit;influences"]
        for n in 1...20_000 { rows.append("Persoon \(n);Gemeente/Team \(n % 40);persoon-\(n % 97 + 1)") }
        try cli.write("big.csv", Array((rows.joined(separator: "\n") + "\n").utf8))
        XCTAssertEqual(try cli.run(["init"]).status, 0)
        let result = try cli.shell(
            """
            "$STAKEMAP" import people big.csv 2>/dev/null & pid=$!
            runs=0; fails=0
            while kill -0 $pid 2>/dev/null; do
              "$STAKEMAP" status >/dev/null 2>>errors.txt || fails=$((fails+1))
              "$STAKEMAP" gaps --format json >/dev/null 2>>errors.txt || fails=$((fails+1))
              runs=$((runs+1))
            done
            wait $pid; echo "import=$? readers=$runs failed=$fails"
            """)
        let words = result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" })
        XCTAssertEqual(words.first, "import=0", result.stdout)
        let errors = (try? cli.read("errors.txt")) ?? ""
        XCTAssertEqual(words.last, "failed=0", result.stdout + errors)
        XCTAssertNotEqual(words.dropFirst().first, "readers=0", "no reader ran during the import")
        XCTAssertEqual(try cli.read("errors.txt"), "")
    }
}
