import Foundation
import XCTest

/// Two imports of different people files into one database at the same time,
/// while `gaps` and `map` read it in a loop: nobody fails, no row is lost, and
/// the readers do not wait for the imports.
final class ConcurrentImportTests: XCTestCase {
    static let peoplePerFile = 5_000

    /// A people file of `peoplePerFile` people with ids `<prefix>1`…, each in a
    /// team of its own file or (every tenth) in the unit both files share, with
    /// one influence and a manager in the same file and, every fiftieth, the
    /// role both files share.
    static func peopleFile(prefix: String) -> (csv: String, units: Set<String>, influences: Int, managers: Int, roles: Int) {
        let count = peoplePerFile
        var rows = ["id,name,unit,roles,influences,reports_to"]
        var units: Set<String> = ["Gemeente Samen"]
        var influences = 0
        var managers = 0
        var roles = 0
        for n in 1...count {
            let unit = n % 10 == 0 ? "Gemeente Samen/Gedeeld" : "Gemeente Samen/Team \(prefix.uppercased())\(n % 20)"
            let role = n % 50 == 0 ? "projectleider" : ""
            let target = (n * 7) % count + 1
            let influence = target == n ? "" : "\(prefix)\(target)"
            let manager = n / 10 + 1 == n ? "" : "\(prefix)\(n / 10 + 1)"
            units.insert(unit)
            if !influence.isEmpty { influences += 1 }
            if !manager.isEmpty { managers += 1 }
            if !role.isEmpty { roles += 1 }
            rows.append("\(prefix)\(n),Persoon \(prefix.uppercased()) \(n),\(unit),\(role),\(influence),\(manager)")
        }
        return (rows.joined(separator: "\n") + "\n", units, influences, managers, roles)
    }

    func testTwoImportsAndReadersAtOnceAllSucceedAndLoseNothing() throws {
        let cli = try CLI()
        let a = Self.peopleFile(prefix: "a")
        let b = Self.peopleFile(prefix: "b")
        try cli.write("a.csv", Array(a.csv.utf8))
        try cli.write("b.csv", Array(b.csv.utf8))
        XCTAssertEqual(try cli.run(["init"]).status, 0)
        // A failing reader's stderr goes to errors.txt (map's summary line is
        // on stderr). A reader counts as "inside" when an import that was running when it
        // started is still running when it ends: it did not wait for that import.
        let result = try cli.shell(
            """
            "$STAKEMAP" import people a.csv 2>a.err & a=$!
            "$STAKEMAP" import people b.csv 2>b.err & b=$!
            runs=0; inside=0; fails=0
            read_once() {
              local was_a=0 was_b=0
              kill -0 $a 2>/dev/null && was_a=1
              kill -0 $b 2>/dev/null && was_b=1
              "$STAKEMAP" "$@" >/dev/null 2>reader.err || { fails=$((fails+1)); cat reader.err >>errors.txt; }
              runs=$((runs+1))
              if { ((was_a)) && kill -0 $a 2>/dev/null; } || { ((was_b)) && kill -0 $b 2>/dev/null; }; then
                inside=$((inside+1))
              fi
            }
            while kill -0 $a 2>/dev/null || kill -0 $b 2>/dev/null; do
              read_once gaps --format json
              read_once map --out x.svg
            done
            wait $a; status_a=$?
            wait $b; status_b=$?
            echo "a=$status_a b=$status_b failed=$fails inside=$((inside > 0)) readers=$runs"
            """)
        let errors = (try? cli.read("errors.txt")) ?? ""
        let importErrors = ((try? cli.read("a.err")) ?? "") + ((try? cli.read("b.err")) ?? "")
        let words = result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" })
        XCTAssertEqual(
            Array(words.prefix(4)), ["a=0", "b=0", "failed=0", "inside=1"],
            result.stdout + result.stderr + errors + importErrors)
        XCTAssertEqual(errors, "")
        // Which import creates the shared units depends on the timing.
        for file in ["a", "b"] {
            let summary = try cli.read("\(file).err")
            XCTAssertTrue(summary.hasPrefix("\(file).csv: 5000 rows, 5000 added, 0 updated, "), summary)
        }

        // Exactly both files' people and links, and the same graph as importing
        // them one after the other.
        let export = try cli.run(["export", "--format", "json"])
        XCTAssertEqual(export.status, 0, export.stderr)
        let graph = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: [[String: Any]]])
        let people = Set((graph["people"] ?? []).compactMap { $0["id"] as? String })
        let expectedPeople = Set((1...Self.peoplePerFile).flatMap { ["a\($0)", "b\($0)"] })
        XCTAssertEqual(people.count, 2 * Self.peoplePerFile)
        XCTAssertEqual(people, expectedPeople)
        var links: [String: Int] = [:]
        for link in graph["links"] ?? [] { links[link["kind"] as? String ?? "?", default: 0] += 1 }
        let units = Set((graph["units"] ?? []).compactMap { $0["path"] as? String })
        XCTAssertEqual(units, a.units.union(b.units))
        XCTAssertEqual(
            links,
            [
                "influences": a.influences + b.influences, "reports_to": a.managers + b.managers,
                "has_role": a.roles + b.roles,
                // every person in a unit, every unit but the root in its parent
                "member_of": 2 * Self.peoplePerFile + units.count - 1,
            ])

        let sequential = "sequential.db"
        XCTAssertEqual(try cli.run(["import", "people", "a.csv", "--db", sequential]).status, 0)
        XCTAssertEqual(try cli.run(["import", "people", "b.csv", "--db", sequential]).status, 0)
        let expected = try cli.run(["export", "--format", "json", "--db", sequential])
        XCTAssertEqual(export.stdout, expected.stdout)
    }
}
