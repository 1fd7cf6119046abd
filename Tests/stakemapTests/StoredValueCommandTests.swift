import Foundation
import GRDB
import XCTest

/// A node with a side that is not in the vocabulary (written by another program)
/// makes the reading commands exit 65 with a message naming it, never a crash.
final class StoredValueCommandTests: XCTestCase {
    func testAnUnknownSideIsAnErrorForEveryReadingCommand() throws {
        let cli = try CLI()
        let db = cli.path("vreemd.db")
        let people = cli.path("p.csv")
        try "name;unit\nAnn;Gemeente/Team\nBob;Gemeente/Team\n".write(toFile: people, atomically: true, encoding: .utf8)
        XCTAssertEqual(try cli.run(["import", "people", people, "--db", db]).status, 0)
        let queue = try DatabaseQueue(path: db)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE node SET side = 'sideways' WHERE id = 'ann'")
        }
        try queue.close()
        let message = "stakemap: cannot read the database \(db): node 'ann' has 'sideways' in node.side, which is not internal or external; correct it (for example with sqlite3) or restore a backup\n"
        let commands: [[String]] = [
            ["export", "--format", "json"], ["export", "--format", "json", "--out", cli.path("graph.json")],
            ["export", "--format", "csv", "--out", cli.path("backup")], ["list", "people"],
            ["list", "people", "--format", "csv"], ["list", "links", "--format", "json"], ["gaps"],
            ["gaps", "--format", "json"], ["status"], ["show", "ann"], ["map", "--out", cli.path("k.svg")],
            ["grid", "--out", cli.path("g.svg")],
        ]
        for command in commands {
            let result = try cli.run(command + ["--db", db])
            XCTAssertEqual(result.status, 65, command.joined(separator: " "))
            XCTAssertEqual(result.stderr, message, command.joined(separator: " "))
            XCTAssertEqual(result.stdout, "", command.joined(separator: " "))
        }
        for file in ["graph.json", "backup/people.csv", "k.svg", "g.svg"] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path(file)), file)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.hasPrefix(".") }, [])
    }

    /// `export --out` replaces the file only when the new one is complete.
    func testExportOutReplacesTheFileWhole() throws {
        let cli = try CLI()
        try cli.importSamples()
        try "old".write(toFile: cli.path("graph.json"), atomically: true, encoding: .utf8)
        let written = try cli.run(["export", "--format", "json", "--out", "graph.json"])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertEqual(try cli.read("graph.json"), try cli.run(["export", "--format", "json"]).stdout)
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.path("graph.json"))
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o666 & ~Int(umaskValue()))
        let missing = try cli.run(["export", "--format", "json", "--out", "geen/map/graph.json"])
        XCTAssertEqual(missing.status, 70)
        XCTAssertEqual(missing.stderr, "stakemap: cannot write geen/map/graph.json: No such file or directory\n")
    }

    private func umaskValue() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}
