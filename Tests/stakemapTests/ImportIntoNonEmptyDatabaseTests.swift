import Foundation
import XCTest

/// An import gives the same graph whatever the database held before: the
/// samples into an empty database and into one with other people export the
/// same, and importing them again changes nothing.
final class ImportIntoNonEmptyDatabaseTests: XCTestCase {
    /// 50 external people of an organisation the samples do not know, in two
    /// units, who influence each other.
    static let otherPeople: String = {
        var rows = ["id,name,side,unit,influences"]
        for n in 1...50 {
            let unit = n % 2 == 0 ? "Adviesbureau Elders/Team Noord" : "Adviesbureau Elders"
            rows.append("elders-\(n),Iemand Elders \(n),external,\(unit),elders-\(n % 50 + 1)")
        }
        return rows.joined(separator: "\n") + "\n"
    }()
    static let otherIDs = Set((1...50).map { "elders-\($0)" } + ["adviesbureau-elders", "adviesbureau-elders-team-noord"])

    /// The export's objects, one per line, by section, without the objects of
    /// the given nodes and the links that touch them.
    static func exportLines(_ json: String, without ids: Set<String> = []) throws -> [String: [String]] {
        var sections: [String: [String]] = [:]
        var section = ""
        for line in json.split(separator: "\n") {
            if line.hasPrefix("  \""), let name = line.split(separator: "\"").dropFirst().first {
                section = String(name)
                sections[section] = []
                continue
            }
            guard line.hasPrefix("    {") else { continue }
            let object = String(line.dropFirst(4).drop { $0 == " " }).replacingOccurrences(
                of: ",$", with: "", options: .regularExpression)
            let fields = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(object.utf8)) as? [String: Any])
            let touched = ["id", "source", "target"].compactMap { fields[$0] as? String }
            if touched.contains(where: ids.contains) { continue }
            sections[section, default: []].append(object)
        }
        return sections
    }

    func testTheSamplesExportTheSameIntoAnEmptyAndANonEmptyDatabase() throws {
        let cli = try CLI()
        try cli.importSamples(db: "empty.db")
        let fromEmpty = try cli.run(["export", "--format", "json", "--db", "empty.db"])
        XCTAssertEqual(fromEmpty.status, 0, fromEmpty.stderr)

        try cli.write("elders.csv", Array(Self.otherPeople.utf8))
        let other = try cli.run(["import", "people", "elders.csv", "--db", "other.db"])
        XCTAssertEqual(other.stderr, "elders.csv: 50 rows, 50 added, 0 updated, 2 units, 0 roles, 0 groups, 101 links\n")
        XCTAssertEqual(other.status, 0)
        let summaries = try cli.importSamples(db: "other.db")
        XCTAssertEqual(
            summaries,
            [
                "mensen.csv: 40 rows, 40 added, 0 updated, 23 units, 16 roles, 7 groups, 128 links\n",
                "afdelingen.csv: 14 rows, 0 added, 14 updated, 0 units, 0 roles, 0 groups, 2 links\n",
                "doelgroepen.csv: 7 rows, 0 added, 7 updated, 0 units, 0 roles, 0 groups, 0 links\n",
                "rollen.csv: 11 rows, 1 added, 6 updated, 0 units, 0 roles, 0 groups, 0 links\n",
                "relaties.csv: 23 rows, 6 added, 13 updated, 0 units, 0 roles, 0 groups, 6 links\n",
            ])
        let fromNonEmpty = try cli.run(["export", "--format", "json", "--db", "other.db"])
        XCTAssertEqual(fromNonEmpty.status, 0, fromNonEmpty.stderr)

        let samples = try Self.exportLines(fromEmpty.stdout)
        let both = try Self.exportLines(fromNonEmpty.stdout)
        let samplesPart = try Self.exportLines(fromNonEmpty.stdout, without: Self.otherIDs)
        // 87 nodes and 136 links (samples/README.md), and the other 52 nodes and 101 links.
        XCTAssertEqual(
            ["people", "units", "groups", "roles", "links"].map { samples[$0]?.count ?? -1 }, [40, 23, 7, 17, 136])
        XCTAssertEqual(
            ["people", "units", "groups", "roles", "links"].map { both[$0]?.count ?? -1 }, [90, 25, 7, 17, 237])
        XCTAssertEqual(samplesPart, samples)
    }

    func testImportingTheSamplesTwiceChangesNothing() throws {
        let cli = try CLI()
        try cli.importSamples()
        let first = try cli.run(["export", "--format", "json"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(
            try cli.importSamples(),
            [
                "mensen.csv: 40 rows, 0 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n",
                "afdelingen.csv: 14 rows, 0 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n",
                "doelgroepen.csv: 7 rows, 0 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n",
                "rollen.csv: 11 rows, 0 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n",
                "relaties.csv: 23 rows, 0 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n",
            ])
        let second = try cli.run(["export", "--format", "json"])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(second.stdout, first.stdout)
        XCTAssertEqual(try Self.exportLines(second.stdout)["people"]?.count, 40)
    }
}
