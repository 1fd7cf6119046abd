import Foundation
import XCTest

/// A full disk (a real 1 MiB tmpfs, filled up): `--out` files are left as they
/// were, no new or temporary file appears, and an import changes nothing in the
/// database. Mounting needs root, which CI has; elsewhere the tests are skipped.
final class FullDiskTests: XCTestCase {
    /// Mounts a 1 MiB tmpfs at `name` in the CLI's folder, unmounted after the test.
    func mountSmallDisk(_ cli: CLI, _ name: String) throws -> String {
        guard getuid() == 0 else { throw XCTSkip("mounting a full tmpfs needs root (CI runs as root)") }
        let mount = try cli.shell("mkdir \(name) && mount -t tmpfs -o size=2M tmpfs \(name)")
        XCTAssertEqual(mount.status, 0, mount.stderr)
        let folder = cli.path(name)
        addTeardownBlock { _ = try? cli.shell("umount \(folder)") }
        return folder
    }

    func fill(_ cli: CLI, _ disk: String, leaving kilobytes: Int = 0) throws {
        let df = try cli.shell("df -k --output=avail \(disk) | tail -1")
        let free = Int(df.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        _ = try cli.shell("head -c \(max(free - kilobytes, 0) * 1024 + (kilobytes == 0 ? 65536 : 0)) /dev/zero > \(disk)/fill")
    }

    func listing(_ folder: String) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder).sorted()
    }

    func testOutputFilesOnAFullDiskAreLeftAsTheyWereAndNoneAreCreated() throws {
        let cli = try CLI()
        try cli.importSamples()
        let disk = try mountSmallDisk(cli, "vol")
        try FileManager.default.createDirectory(atPath: "\(disk)/csv", withIntermediateDirectories: false)
        for file in ["old.svg", "old.dot", "old.json", "csv/people.csv"] {
            try "old \(file)\n".write(toFile: "\(disk)/\(file)", atomically: false, encoding: .utf8)
        }
        try fill(cli, disk)
        let before = try listing(disk)
        let commands: [([String], String)] = [
            (["map", "--out", "vol/old.svg"], "vol/old.svg"), (["map", "--out", "vol/new.svg"], "vol/new.svg"),
            (["grid", "--out", "vol/old.dot"], "vol/old.dot"), (["grid", "--out", "vol/new.png"], "vol/new.png"),
            (["export", "--out", "vol/old.json"], "vol/old.json"),
            (["export", "--format", "json", "--out", "vol/new.json"], "vol/new.json"),
            (["export", "--format", "csv", "--out", "vol/csv"], "vol/csv/people.csv"),
            (["export", "--format", "csv", "--out", "vol/new-csv"], "vol/new-csv/people.csv"),
        ]
        for (command, file) in commands {
            let result = try cli.run(command)
            let name = command.joined(separator: " ")
            XCTAssertEqual(result.status, 74, name)
            XCTAssertEqual(
                result.stderr,
                "stakemap: cannot write \(file): No space left on device — free some space or write elsewhere; \(file) was not changed\n",
                name)
        }
        // The new csv folder is made before its first file fails; it stays empty.
        XCTAssertEqual(try listing(disk), (before + ["new-csv"]).sorted())
        for file in ["old.svg", "old.dot", "old.json", "csv/people.csv"] {
            XCTAssertEqual(try String(contentsOfFile: "\(disk)/\(file)", encoding: .utf8), "old \(file)\n")
        }
        let gaps = try cli.shell("\"$STAKEMAP\" gaps --format json > vol/gaps.json")
        XCTAssertEqual(gaps.status, 74)
        XCTAssertEqual(
            gaps.stderr,
            "stakemap: cannot write the output: No space left on device — free some space or write elsewhere; the output is incomplete\n")
    }

    func testAnImportIntoADatabaseOnAFullDiskChangesNothing() throws {
        let cli = try CLI()
        let disk = try mountSmallDisk(cli, "vol")
        let db = "vol/s.db"
        let first = try cli.run(["import", "people", CLI.samples.appendingPathComponent("mensen.csv").path, "--db", db])
        XCTAssertEqual(first.status, 0, first.stderr)
        let before = try cli.run(["export", "--db", db])
        XCTAssertEqual(before.status, 0)
        var rows = ["name,notes"]
        for n in 1...3_000 { rows.append("Nieuw \(n),\(String(repeating: "x", count: 300))") }
        try cli.write("big.csv", Array((rows.joined(separator: "\n") + "\n").utf8))
        // Room to open the database but not for the import; then no room at all.
        for leaving in [150, 0] {
            if leaving == 0 {
                // No -shm file either (the readers leave an empty -wal and a -shm):
                // SQLite then fails to make one (disk I/O error), also a full disk.
                XCTAssertEqual(try cli.shell("test ! -s \(db)-wal && rm -f \(db)-wal \(db)-shm").status, 0)
            }
            try fill(cli, disk, leaving: leaving)
            let result = try cli.run(["import", "people", "big.csv", "--db", db])
            XCTAssertEqual(result.status, 74, "\(leaving) KiB left")
            XCTAssertEqual(
                result.stderr,
                "stakemap: cannot write the database \(db): the disk is full; nothing was written — free some space and run the command again\n")
            try FileManager.default.removeItem(atPath: "\(disk)/fill")
            let check = try cli.shell("sqlite3 \(db) 'PRAGMA integrity_check'")
            XCTAssertEqual(check.stdout, "ok\n")
            let after = try cli.run(["export", "--db", db])
            XCTAssertEqual(after.stdout, before.stdout, "the database is as it was")
        }
    }
}
