import Foundation
import XCTest

/// A database with 4 KiB overwritten in the middle is refused by the commands
/// that write (exit 66), and they leave the file byte for byte as it was.
final class DamagedDatabaseTests: XCTestCase {
    func testInitAndImportRefuseADamagedDatabaseAndWriteNothing() throws {
        let cli = try CLI()
        var rows = ["id,name,unit,influences,notes"]
        for n in 1...2_000 {
            rows.append("p\(n),Persoon \(n),Gemeente/Team \(n % 40),p\(n * 7 % 2_000 + 1),notitie \(n) \(String(repeating: "x", count: n % 200))")
        }
        try cli.write("people.csv", Array((rows.joined(separator: "\n") + "\n").utf8))
        XCTAssertEqual(try cli.run(["import", "people", "people.csv"]).status, 0)
        let db = cli.path("stakemap.db")
        XCTAssertFalse(FileManager.default.fileExists(atPath: db + "-wal"), "all of it is in the file")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        XCTAssertGreaterThan(bytes.count, 400_000)
        // Pseudo-random bytes (a fixed LCG), so that the damage is the same every run.
        var seed: UInt64 = 2_000
        for offset in bytes.count / 2..<bytes.count / 2 + 4_096 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes[offset] = UInt8(truncatingIfNeeded: seed >> 33)
        }
        try bytes.write(to: URL(fileURLWithPath: db))
        try "name\nNieuw\n".write(toFile: cli.path("new.csv"), atomically: true, encoding: .utf8)

        let message =
            "stakemap: stakemap.db is damaged (SQLite: database disk image is malformed): restore a backup, or save what is still readable with `sqlite3 stakemap.db .recover | sqlite3 recovered.db` and use recovered.db; stakemap does not write to a damaged database\n"
        for command in [["init"], ["import", "people", "new.csv"], ["import", "people", "people.csv"]] {
            let result = try cli.run(command)
            XCTAssertEqual(result.status, 66, command.joined(separator: " "))
            XCTAssertEqual(result.stderr, message, command.joined(separator: " "))
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: db)), bytes, "\(command): not written")
            let wal = (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int) ?? 0
            XCTAssertEqual(wal, 0, "\(command): nothing in the write-ahead log")
        }
        // A reading command that meets the damage says so the same way (exit 66,
        // not 70 for an internal error); one that reads only whole pages works.
        var damaged = 0
        for command in [["status"], ["export"], ["gaps"], ["list", "people"], ["map", "--out", "kaart.svg"]] {
            let result = try cli.run(command)
            XCTAssertTrue([0, 66].contains(result.status), "\(command): \(result.status) \(result.stderr)")
            if result.status == 66 {
                XCTAssertEqual(result.stderr, message, command.joined(separator: " "))
                damaged += 1
            }
        }
        XCTAssertGreaterThan(damaged, 0, "the export reads every row, so it meets the damage")
    }
}
