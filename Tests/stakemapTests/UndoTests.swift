import Foundation
import XCTest

/// `undo` after every kind of change set restores the export before it byte
/// for byte; repeated undos walk back to the empty graph.
final class UndoTests: XCTestCase {
    func testUndoAfterEveryKindOfChangeRestoresTheStateBefore() throws {
        let cli = try CLI()
        try FileManager.default.copyItem(
            at: CLI.samples.appendingPathComponent("mensen-week-2.csv"), to: URL(fileURLWithPath: cli.path("week2.csv")))
        XCTAssertEqual(try cli.run(["init"]).status, 0)
        var states = [try cli.exportJSON()]
        var commands: [[String]] = CLI.sampleFiles.map { ["import", $0.0, CLI.samples.appendingPathComponent($0.1).path] }
        commands += [
            ["remove", "Zoë Bakker"], ["rename", "gemeente-veldhoven-noord-ruimte-verkeer", "Mobiliteit"],
            ["merge", "Fietsers", "--into", "Reizigers en forenzen"], ["involve", "Hanneke Dekker", "kaders", "doelen"],
            ["uninvolve", "Pieter Hoekstra", "all"], ["link", "Esther Kuipers", "influences", "Sandra Özdemir", "--weight", "4"],
            ["set", "Mensen met een beperking", "--level", "adviseren", "--steps", "plan|starten"],
            ["set", "Jongeren", "--unset", "tools"], ["import", "people", "week2.csv"],
            ["merge", "kees-de-wit", "--into", "k.dewit@ziggo.nl"],
            ["rename", "Gemeente Veldhoven-Noord/Ruimte", "Gemeente Veldhoven-Noord/Fysiek Domein"],
            ["set", "Taxicentrale Veldhoven-Noord", "--side", "internal"],
            ["remove", "Gemeente Veldhoven-Noord/Bestuur", "--cascade"],
            ["add", "person", "Test Persoon", "--unit", "Gemeente Veldhoven-Noord/Nieuw"],
            ["unlink", "Esther Kuipers", "influences", "Sandra Özdemir"],
        ]
        for command in commands {
            let result = try cli.run(command)
            XCTAssertEqual(result.status, 0, command.joined(separator: " ") + ": " + result.stderr)
            states.append(try cli.exportJSON())
        }
        // One undo, checked against the dry run's promise and the history.
        let dryRun = try cli.run(["undo", "--dry-run"])
        XCTAssertEqual(dryRun.status, 0, dryRun.stderr)
        XCTAssertEqual(dryRun.stdout, "+ link e.kuipers@veldhoven-noord.nl —influences→ s.ozdemir@veldhoven-noord.nl (weight 4)\n")
        XCTAssertEqual(
            dryRun.stderr,
            "undid #20 (stakemap unlink Esther Kuipers influences Sandra Özdemir): 1 link back (dry run: nothing changed)\n")
        XCTAssertEqual(try cli.exportJSON(), states.last)
        let first = try cli.run(["undo"])
        XCTAssertEqual(first.stderr, "undid #20 (stakemap unlink Esther Kuipers influences Sandra Özdemir): 1 link back\n")
        XCTAssertEqual(try cli.exportJSON(), states[states.count - 2])
        let sets = try cli.changeSets()
        XCTAssertEqual(sets[0]["command"] as? String, "stakemap undo")
        XCTAssertEqual(sets[0]["undoes"] as? Int, 20)
        XCTAssertEqual(sets[0]["links"] as? [String: Int], ["added": 1, "changed": 0, "removed": 0])
        XCTAssertEqual(sets[1]["undone_by"] as? Int, 21)
        // Every further undo walks one change set back, to the empty graph.
        for expected in states.dropLast(2).reversed() {
            let result = try cli.run(["undo"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(try cli.exportJSON(), expected, result.stderr)
        }
        try cli.assertForeignKeysHold()
        try cli.assertRefused(
            ["undo"], saying: "stakemap: there is no change set left to undo (see `stakemap history`); nothing was changed\n")
    }

    func testAnUndoneImportOfManyRowsLeavesNothingBehind() throws {
        let cli = try CLI()
        try cli.importSamples()
        let before = try cli.exportJSON()
        var rows = ["id,name,unit,influences"]
        for n in 1...5_000 { rows.append("p\(n),Persoon \(n),Gemeente Veldhoven-Noord/Team \(n % 50),p\(n % 5_000 + 1)") }
        try cli.write("veel.csv", Array((rows.joined(separator: "\n") + "\n").utf8))
        XCTAssertEqual(try cli.run(["import", "people", "veel.csv"]).status, 0)
        let undo = try cli.run(["undo"])
        XCTAssertEqual(undo.status, 0, undo.stderr)
        XCTAssertEqual(undo.stderr, "undid #6 (stakemap import people veel.csv): 5050 nodes removed, 10050 links removed\n")
        XCTAssertEqual(try cli.exportJSON(), before)
        try cli.assertForeignKeysHold()
    }

    /// kill -9 at moments spread over an undo of 20,000 people: the database is
    /// whole and holds the state before (no undo recorded) or after (one).
    func testAKilledUndoLeavesTheStateBeforeOrAfter() throws {
        let cli = try CLI()
        let script = """
            set -u
            awk 'BEGIN { print "id,name,unit,influences"; for (i = 1; i <= 20000; i++)
                printf "p%d,Persoon %d,Gemeente/Team %d,p%d\\n", i, i, i % 40, i % 20000 + 1 }' > veel.csv
            "$STAKEMAP" init --db base.db 2>/dev/null
            "$STAKEMAP" export --format json --db base.db > before-import.json
            "$STAKEMAP" import people veel.csv --db base.db 2>/dev/null
            "$STAKEMAP" export --format json --db base.db > after-import.json
            start=$(date +%s%N); cp base.db timing.db; "$STAKEMAP" undo --db timing.db 2>/dev/null
            span=$(( ($(date +%s%N) - start) / 1000000 + 1 ))
            for round in 1 2 3 4 5 6 7 8; do
                rm -f round.db*; cp base.db round.db
                "$STAKEMAP" undo --db round.db >/dev/null 2>&1 & pid=$!
                sleep "$(awk -v r=$round -v s=$span 'BEGIN { printf "%.3f", s * r / 8 / 1000 }')"
                kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
                [ "$(sqlite3 round.db 'PRAGMA integrity_check')" = ok ] || echo "round $round: damaged"
                undos=$(sqlite3 round.db 'SELECT count(*) FROM change_set WHERE undoes IS NOT NULL')
                "$STAKEMAP" export --format json --db round.db > round.json
                if cmp -s round.json after-import.json && [ "$undos" = 0 ]; then echo before
                elif cmp -s round.json before-import.json && [ "$undos" = 1 ]; then echo after
                else echo "round $round: other ($undos undos)"; fi
            done
            """
        let result = try cli.shell(script)
        let states = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(states.count, 8, result.stdout + result.stderr)
        XCTAssertTrue(states.allSatisfy { $0 == "before" || $0 == "after" }, result.stdout)
    }
}
