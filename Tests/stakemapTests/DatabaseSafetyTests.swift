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
