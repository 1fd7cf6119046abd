import Foundation
import XCTest

/// A database that cannot be written (a read-only mount, an immutable file) is
/// read by every reading command as it is; `import` and `init` refuse it (exit
/// 66) and change nothing. Mounting and `chattr` need root, which CI has.
final class ReadOnlyDatabaseTests: XCTestCase {
    static let readers: [[String]] = [
        ["status"], ["gaps", "--format", "json"], ["list", "people", "--format", "csv"], ["export"],
        ["show", "wethouder"], ["map", "--out", "kaart.dot", "--date", "2026-01-01"],
        ["grid", "--out", "raster.dot", "--date", "2026-01-01"],
    ]

    /// The samples in `w/s.db` (writable) and a copy in `ro/s.db`; the readers' outputs from the writable one.
    func makeDatabases(_ cli: CLI) throws -> [String] {
        guard getuid() == 0 else { throw XCTSkip("a read-only mount and chattr +i need root (CI runs as root)") }
        try FileManager.default.createDirectory(atPath: cli.path("w"), withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: cli.path("ro"), withIntermediateDirectories: false)
        try cli.importSamples(db: "w/s.db")
        try FileManager.default.copyItem(atPath: cli.path("w/s.db"), toPath: cli.path("ro/s.db"))
        return try Self.readers.map { command in
            let result = try cli.run(command + ["--db", "w/s.db"])
            XCTAssertEqual(result.status, 0, command.joined(separator: " "))
            return try result.stdout + (command.contains("--out") ? cli.read(command[2]) : "")
        }
    }

    func assertReadersWork(_ cli: CLI, _ expected: [String], _ situation: String) throws {
        for (command, output) in zip(Self.readers, expected) {
            let result = try cli.run(command + ["--db", "ro/s.db"])
            let name = "\(situation): \(command.joined(separator: " "))"
            XCTAssertEqual(result.status, 0, name + result.stderr)
            XCTAssertEqual(try result.stdout + (command.contains("--out") ? cli.read(command[2]) : ""), output, name)
            if !command.contains("--out") { XCTAssertEqual(result.stderr, "", name) }
        }
    }

    func assertWritersRefuse(_ cli: CLI, _ reason: String, _ situation: String) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.path("ro/s.db")))
        try "name\nNieuw\n".write(toFile: cli.path("nieuw.csv"), atomically: true, encoding: .utf8)
        for command in [["import", "people", "nieuw.csv"], ["init"]] {
            let result = try cli.run(command + ["--db", "ro/s.db"])
            XCTAssertEqual(result.status, 66, "\(situation): \(command)")
            XCTAssertEqual(
                result.stderr,
                "stakemap: cannot write the database ro/s.db: \(reason); nothing was changed — the commands that only read it (status, gaps, list, show, export, map, grid) still work\n",
                "\(situation): \(command)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: cli.path("ro/s.db"))), before, situation)
    }

    func mountReadOnly(_ cli: CLI) throws {
        let mount = try cli.shell("mount --bind ro ro && mount -o remount,ro,bind ro")
        XCTAssertEqual(mount.status, 0, mount.stderr)
    }

    func testAReadOnlyMountIsReadAndNotWritten() throws {
        let cli = try CLI()
        let expected = try makeDatabases(cli)
        try mountReadOnly(cli)
        defer { _ = try? cli.shell("umount ro") }
        try assertReadersWork(cli, expected, "read-only mount")
        try assertWritersRefuse(cli, "it is on a file system mounted read-only", "read-only mount")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cli.path("ro")), ["s.db"])
    }

    func testAnImmutableFileIsReadAndNotWritten() throws {
        let cli = try CLI()
        let expected = try makeDatabases(cli)
        XCTAssertEqual(try cli.shell("chattr +i ro/s.db").status, 0)
        defer { _ = try? cli.shell("chattr -i ro/s.db") }
        try assertReadersWork(cli, expected, "immutable file")
        try assertWritersRefuse(
            cli, "ro/s.db is immutable (`lsattr` shows an i; `chattr -i` lifts it)", "immutable file")
    }

    /// Changes waiting in the -wal file without its -shm on a read-only mount:
    /// reading the file alone would show an older graph, so the readers say why not.
    func testChangesWaitingInTheWALOnAReadOnlyMountAreNotSilentlySkipped() throws {
        let cli = try CLI()
        _ = try makeDatabases(cli)
        // sqlite3 killed after its commit leaves the change in ro/s.db-wal only.
        let kill = try cli.shell(
            """
            { echo "PRAGMA wal_autocheckpoint=0; UPDATE node SET notes = 'gewijzigd' WHERE id = 'wethouder';"; sleep 3; } 2>/dev/null | sqlite3 ro/s.db >/dev/null 2>&1 &
            sleep 1; kill -9 $!; wait $! 2>/dev/null; rm ro/s.db-shm; test -s ro/s.db-wal && echo waiting
            """)
        XCTAssertEqual(kill.stdout, "waiting\n", kill.stderr)
        try mountReadOnly(cli)
        defer { _ = try? cli.shell("umount ro") }
        let result = try cli.run(["show", "wethouder", "--db", "ro/s.db"])
        XCTAssertEqual(result.status, 66)
        XCTAssertEqual(
            result.stderr,
            "stakemap: cannot open the database ro/s.db: its last changes are in ro/s.db-wal, and SQLite cannot read them without writing its ro/s.db-shm file beside it (it is on a file system mounted read-only): open it once where it can be written, or copy the three files somewhere writable\n")
        XCTAssertEqual(try cli.shell("umount ro").status, 0)
        let writable = try cli.run(["show", "wethouder", "--db", "ro/s.db"])
        XCTAssertTrue(writable.stdout.contains("gewijzigd"), writable.stdout)
    }
}
