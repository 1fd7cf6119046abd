import Foundation
import GRDB
import XCTest

/// The `.dot` files `map` and `grid` write stay within Graphviz's lexer, which
/// rejects a quoted string of more than 16,384 bytes, whatever the names.
final class DOTLimitsTests: XCTestCase {
    /// The byte length of every quoted string in DOT text.
    static func quotedLengths(_ dot: String) -> [Int] {
        var lengths: [Int] = []
        var inside = false
        var escaped = false
        var length = 0
        for byte in dot.utf8 {
            if !inside {
                if byte == UInt8(ascii: "\"") { inside = true; length = 0 }
            } else if escaped {
                escaped = false
                length += 1
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
                length += 1
            } else if byte == UInt8(ascii: "\"") {
                inside = false
                lengths.append(length)
            } else {
                length += 1
            }
        }
        return lengths
    }

    func testHugeNamesAndPathsGiveDOTThatGraphvizCanRead() throws {
        let cli = try CLI()
        let name = "Lang" + String(repeating: "é", count: 100_000)
        let level = String(repeating: "Afdeling ", count: 2_500).trimmingCharacters(in: .whitespaces)
        try cli.write(
            "lang.csv",
            Array("id,name,unit,roles,power,interest,notes\nlang,Lang,Gemeente/Lang,r,3,4,x\nkort,Kort,Gemeente/Team,,2,2,\n".utf8))
        let imported = try cli.run(["import", "people", "lang.csv"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        // Names this long cannot come in through an import (a cell holds 1,000
        // characters); another program may still write them into the file.
        let queue = try DatabaseQueue(path: cli.path("stakemap.db"))
        try queue.write { db in
            try db.execute(
                sql: """
                    UPDATE node SET name = :name, notes = :name WHERE id = 'lang';
                    UPDATE node SET id = :unitID, path = :path, name = :level WHERE id = 'gemeente-lang';
                    UPDATE node SET id = :role, name = :role WHERE id = 'r';
                    """,
                arguments: [
                    "name": name, "level": level, "path": "Gemeente/" + level,
                    "unitID": "gemeente" + String(repeating: "-afdeling", count: 2_500),
                    "role": String(repeating: "r", count: 20_000),
                ])
        }
        try queue.close()
        let units = try cli.run(["list", "units", "--format", "json"])
        let ids = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(units.stdout.utf8)) as? [[String: Any]])
            .compactMap { $0["id"] as? String }
        XCTAssertEqual(ids.map(\.utf8.count).max(), 22_508, "a unit id longer than Graphviz takes")
        let commands = [
            ["map", "--out", "kaart.dot"], ["map", "--focus", "lang", "--out", "focus.dot"],
            ["map", "--layout", "neato", "--out", "neato.dot"], ["grid", "--out", "raster.dot"],
        ]
        for command in commands {
            let file = command[command.count - 1]
            let result = try cli.run(command + ["--date", "2026-01-01"])
            XCTAssertEqual(result.status, 0, result.stderr)
            let dot = try cli.read(file)
            XCTAssertLessThanOrEqual(Self.quotedLengths(dot).max() ?? 0, 16_000, file)
            XCTAssertTrue(dot.contains("\"Lang" + String(repeating: "é", count: 2_995) + "…\""), "\(file): the tooltip keeps the start")
            // Where Graphviz's own `dot` is installed, it reads the file (the grid's
            // fixed-size slot may warn that the cut name is wider than it).
            if FileManager.default.fileExists(atPath: "/usr/bin/dot") {
                let canon = try cli.shell("dot -Tcanon \(file) >/dev/null")
                XCTAssertEqual(canon.status, 0, canon.stderr)
                XCTAssertFalse(canon.stderr.contains("rror"), canon.stderr)
            }
        }
    }
}
