import XCTest

/// A failed write to standard error (`2>/dev/full`, a closed descriptor) does not
/// crash or hang the tool: the command ends with the exit status it had.
final class StandardErrorTests: XCTestCase {
    func testAFullOrClosedStandardErrorKeepsTheExitStatus() throws {
        let cli = try CLI()
        for redirect in ["2>/dev/full", "2>&-"] {
            // An error message that cannot be written: still exit 66.
            let missing = try cli.shell("timeout 20 \"$STAKEMAP\" gaps --db x \(redirect)")
            XCTAssertEqual(missing.status, 66, redirect)
            XCTAssertEqual(missing.stdout, "", redirect)
            // A summary line that cannot be written: the import is done all the same.
            let people = CLI.samples.appendingPathComponent("mensen.csv").path
            let db = "db\(redirect == "2>&-" ? "2" : "1").db"
            let imported = try cli.shell("timeout 20 \"$STAKEMAP\" import people '\(people)' --db \(db) \(redirect)")
            XCTAssertEqual(imported.status, 0, redirect)
            let status = try cli.run(["status", "--db", db])
            XCTAssertEqual(status.status, 0, redirect)
            XCTAssertTrue(status.stdout.contains("\n  people       40 "), status.stdout)
        }
    }
}
