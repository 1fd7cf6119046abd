import Foundation
import XCTest

/// `stakemap gaps` end to end: the samples' gaps, formats, filters and --fail-on exit codes.
final class GapsCommandTests: XCTestCase {
    func testSamplesHaveTheIntendedGaps() throws {
        let cli = try CLI()
        try cli.importSamples()
        let table = try cli.run(["gaps"])
        XCTAssertEqual(table.status, 0)
        XCTAssertTrue(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        try assertGolden(table.stdout, "gaps.txt")
        let json = try cli.run(["gaps", "--format", "json"])
        try assertGolden(json.stdout, "gaps.json")
        let csv = try cli.run(["gaps", "--format", "csv", "--severity", "medium"])
        XCTAssertEqual(
            csv.stdout.split(separator: "\n").map { String($0.split(separator: ",")[0]) },
            [
                "rule", "unengaged-definitive", "uninvolved-influencer", "uninvolved-unit", "unowned-group",
                "underengaged-key-stakeholder", "underengaged-key-stakeholder", "unengaged-group", "vacant-role",
            ])
    }

    func testFailOnExitCodes() throws {
        let cli = try CLI()
        try cli.importSamples()
        XCTAssertEqual(try cli.run(["gaps", "--fail-on", "high"]).status, 1)
        XCTAssertEqual(try cli.run(["gaps", "--fail-on", "low", "--format", "json"]).status, 1)
        // Only the low rules shown: nothing at or above high.
        let low = try cli.run(["gaps", "--rule", "isolated", "--rule", "tool-without-plan", "--fail-on", "high"])
        XCTAssertEqual(low.status, 0)
        XCTAssertEqual(
            try cli.run(["gaps", "--rule", "unreachable-group", "--fail-on", "low", "--format", "json"]).stdout,
            "{\"gaps\": [], \"counts\": {\"high\": 0, \"medium\": 0, \"low\": 0}, \"accepted\": 0}\n")
        XCTAssertEqual(try cli.run(["gaps", "--rule", "unreachable-group", "--fail-on", "low"]).status, 0)
    }

    func testUnknownRuleAndSeverityAreUsageErrors() throws {
        let cli = try CLI()
        try cli.importSamples()
        let rule = try cli.run(["gaps", "--rule", "nobody-cares"])
        XCTAssertEqual(rule.status, 64)
        XCTAssertTrue(rule.stderr.contains("there is no gap rule 'nobody-cares'"), rule.stderr)
        XCTAssertEqual(try cli.run(["gaps", "--severity", "urgent"]).status, 64)
        XCTAssertEqual(try cli.run(["gaps", "--db", "missing.db"]).status, 66)
    }
}
