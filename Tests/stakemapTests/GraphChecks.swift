import Foundation
import GRDB
import XCTest

/// What the edit and import tests check after each command: the export, the
/// journal, and foreign keys intact.
extension CLI {
    /// `export --format json` of the folder's database.
    func exportJSON(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try run(["export", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        return result.stdout
    }

    /// `history --format json`, newest first.
    func changeSets(file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        let result = try run(["history", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    func assertForeignKeysHold(file: StaticString = #filePath, line: UInt = #line) throws {
        let queue = try DatabaseQueue(path: path("stakemap.db"))
        try queue.read { db in
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [], file: file, line: line)
        }
    }

    /// The node with this id in an export, whatever its kind.
    func node(_ id: String, in export: String) throws -> [String: Any]? {
        let graph = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: [[String: Any]]])
        return graph.values.joined().first { $0["id"] as? String == id }
    }

    /// The links of an export, as `source kind target` lines.
    func links(in export: String) throws -> [String] {
        let graph = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: [[String: Any]]])
        return (graph["links"] ?? []).map { "\($0["source"]!) \($0["kind"]!) \($0["target"]!)" }
    }

    /// Runs a command that must be refused: exit 65, and the export and the
    /// journal exactly as before.
    func assertRefused(
        _ arguments: [String], saying message: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let before = try exportJSON()
        let sets = try changeSets().count
        let result = try run(arguments)
        XCTAssertEqual(result.status, 65, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, message, file: file, line: line)
        XCTAssertEqual(try exportJSON(), before, file: file, line: line)
        XCTAssertEqual(try changeSets().count, sets, file: file, line: line)
        try assertForeignKeysHold(file: file, line: line)
    }
}
