import Foundation
import XCTest

/// A database appears at its path only when it is complete: an import that
/// fails, a dry run or a kill leaves no database, and an empty file counts as
/// a new database.
final class DatabaseCreationTests: XCTestCase {
    func files(_ cli: CLI) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).sorted()
    }

    func testADryRunIntoANewPathLeavesNoDatabaseAndAFailedImportAnEmptyOne() throws {
        let cli = try CLI()
        try "naam;rol\nAnn;x\n".write(toFile: cli.path("bad.csv"), atomically: true, encoding: .utf8)
        let bad = try cli.run(["import", "people", "bad.csv", "--db", "failed.db", "--delimiter", ","])
        XCTAssertEqual(bad.status, 65, bad.stderr)
        // As before: the new database is there, whole and empty (ImportCommandTests relies on it).
        XCTAssertEqual(try files(cli), ["bad.csv", "failed.db"])
        let check = try cli.shell("sqlite3 failed.db 'PRAGMA integrity_check; SELECT identifier FROM grdb_migrations; SELECT count(*) FROM node'")
        XCTAssertEqual(check.stdout, "ok\n0001_graph\n0002_link_keys\n0003_journal\n0004_snapshots\n0005_salience\n0\n")
        try FileManager.default.removeItem(atPath: cli.path("failed.db"))
        try "name\nAnn\n".write(toFile: cli.path("good.csv"), atomically: true, encoding: .utf8)
        let dry = try cli.run(["import", "people", "good.csv", "--db", "new.db", "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertEqual(
            dry.stderr, "good.csv: 1 rows, 1 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links (dry run: nothing written)\n")
        XCTAssertEqual(try files(cli), ["bad.csv", "good.csv"])
        XCTAssertEqual(try cli.run(["import", "people", "good.csv", "--db", "new.db"]).status, 0)
        XCTAssertEqual(try files(cli), ["bad.csv", "good.csv", "new.db"])
        XCTAssertEqual(try cli.run(["list", "people", "--format", "csv", "--db", "new.db"]).stdout.split(separator: "\n").count, 2)
    }

    func testAnEmptyFileIsANewDatabaseForWritersAndAnEmptyProjectForReaders() throws {
        let cli = try CLI()
        XCTAssertEqual(try cli.run(["init", "--db", "fresh.db"]).status, 0)
        let fresh = try cli.run(["status", "--db", "fresh.db"])
        for command in [["status"], ["gaps", "--format", "json"], ["list", "people", "--format", "json"], ["export"]] {
            _ = FileManager.default.createFile(atPath: cli.path("empty.db"), contents: Data())
            let empty = try cli.run(command + ["--db", "empty.db"])
            let expected = try cli.run(command + ["--db", "fresh.db"])
            XCTAssertEqual(empty.status, 0, command.joined(separator: " ") + empty.stderr)
            XCTAssertEqual(empty.stdout, expected.stdout, command.joined(separator: " "))
            XCTAssertEqual(empty.stderr, "", command.joined(separator: " "))
            // The 4,096 bytes of a file whose first write was switching on WAL.
            XCTAssertEqual(try cli.shell("rm -f blank.db; sqlite3 blank.db 'PRAGMA journal_mode=WAL'").status, 0)
            let blank = try cli.run(command + ["--db", "blank.db"])
            XCTAssertEqual(blank.status, 0, command.joined(separator: " ") + blank.stderr)
            XCTAssertEqual(blank.stdout, expected.stdout, command.joined(separator: " "))
        }
        XCTAssertEqual(fresh.status, 0)
        let initialised = try cli.run(["init", "--db", "empty.db"])
        XCTAssertEqual(initialised.status, 0)
        XCTAssertEqual(initialised.stderr, "empty.db: ready, schema 0005_salience (applied 0001_graph, 0002_link_keys, 0003_journal, 0004_snapshots, 0005_salience)\n")
        _ = FileManager.default.createFile(atPath: cli.path("other.db"), contents: Data())
        try "name\nAnn\n".write(toFile: cli.path("p.csv"), atomically: true, encoding: .utf8)
        let imported = try cli.run(["import", "people", "p.csv", "--db", "other.db"])
        XCTAssertEqual(imported.stderr, "p.csv: 1 rows, 1 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n")
        XCTAssertEqual(try cli.run(["show", "ann", "--db", "other.db"]).status, 0)
    }

    /// Both make the database under their own names; the one that comes second
    /// finds it made and imports its file again into that one.
    func testTwoImportsIntoOneNewPathAtOnceBothGetIn() throws {
        let cli = try CLI()
        for prefix in ["a", "b"] {
            var rows = ["id,name,unit"]
            for n in 1...5_000 { rows.append("\(prefix)\(n),Persoon \(prefix) \(n),Gemeente/Team \(prefix)\(n % 20)") }
            try cli.write("\(prefix).csv", Array((rows.joined(separator: "\n") + "\n").utf8))
        }
        let both = try cli.shell(
            "\"$STAKEMAP\" import people a.csv --db s.db 2>a.err & a=$!; \"$STAKEMAP\" import people b.csv --db s.db 2>b.err; b=$?; wait $a; echo \"$? $b\"")
        XCTAssertEqual(both.stdout, "0 0\n", (try? cli.read("a.err")) ?? "")
        let count = try cli.shell("sqlite3 s.db \"SELECT count(*) FROM node WHERE kind = 'person'\"")
        XCTAssertEqual(count.stdout, "10000\n")
        XCTAssertEqual(try files(cli).filter { $0.hasPrefix("s.db") }, ["s.db"])
    }

    func testAKilledImportIntoANewPathLeavesNoDatabaseOrAWholeOne() throws {
        let cli = try CLI()
        var rows = ["name,unit"]
        for n in 1...20_000 { rows.append("Persoon \(n),Gemeente/Team \(n % 40)") }
        try cli.write("big.csv", Array((rows.joined(separator: "\n") + "\n").utf8))
        var outcomes: [String] = []
        for (round, delay) in ["0.01", "0.05", "0.1", "0.2", "0.4", "0.8"].enumerated() {
            let db = "k\(round).db"
            let kill = try cli.shell(
                "\"$STAKEMAP\" import people big.csv --db \(db) 2>/dev/null & pid=$!; sleep \(delay); kill -9 $pid; wait $pid; echo $?")
            let killed = kill.stdout == "137\n"
            // Killed before the end: no database; after it (or not killed): the whole import.
            if FileManager.default.fileExists(atPath: cli.path(db)) {
                let check = try cli.shell("sqlite3 \(db) 'PRAGMA integrity_check; SELECT count(*) FROM node WHERE kind = \"person\"'")
                XCTAssertEqual(check.stdout, "ok\n20000\n", db)
            }
            outcomes.append(killed ? "killed" : "finished")
            // The next command that makes this database removes the dead import's copy.
            XCTAssertEqual(try cli.run(["init", "--db", db]).status, 0)
            XCTAssertEqual(try files(cli).filter { $0.hasPrefix(db) }, [db], "round \(round), \(outcomes)")
        }
        XCTAssertTrue(outcomes.contains("killed"), "\(outcomes)")
    }
}
