import Foundation
import XCTest

/// `stakemap centrality --measure brokerage` against a count by hand: every
/// triple of people checked plainly, on a small graph of three units in which
/// every one of Gould & Fernandez's five roles occurs.
final class CentralityBrokerageTests: XCTestCase {
    /// Person id → unit (nil: in no unit).
    static let people: [(id: String, unit: String?)] = [
        ("a1", "Afdeling A"), ("a2", "Afdeling A"), ("a3", "Afdeling A"), ("b1", "Afdeling B"), ("b2", "Afdeling B"),
        ("c1", "Afdeling C"), ("c2", "Afdeling C"), ("x", nil),
    ]
    static let influences: [(String, String)] = [
        ("a1", "a2"), ("a2", "a3"), ("a3", "a2"), ("a1", "b1"), ("b1", "a3"), ("a2", "c1"), ("c2", "b2"),
        ("b2", "b1"), ("b1", "c1"), ("b2", "c1"), ("c2", "c1"), ("x", "a1"), ("a1", "x"), ("x", "b2"),
        ("c1", "a1"), ("a3", "b2"),
    ]

    func testBrokerageEqualsACountOfEveryTriple() throws {
        let cli = try CLI()
        let peopleFile = "id,name,side,unit\n" + Self.people.map { "\($0.id),\($0.id),internal,\($0.unit ?? "")\n" }.joined()
        try cli.write("people.csv", Array(peopleFile.utf8))
        let linksFile = "source,target,kind\n" + Self.influences.map { "\($0.0),\($0.1),influences\n" }.joined()
        try cli.write("links.csv", Array(linksFile.utf8))
        XCTAssertEqual(try cli.run(["import", "people", "people.csv"]).status, 0)
        XCTAssertEqual(try cli.run(["import", "links", "links.csv"]).status, 0)

        let result = try cli.run(["centrality", "--measure", "brokerage", "--top", "0", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        var found: [String: [String: Int]] = [:]
        for row in rows { found[row["id"] as! String] = (row["brokerage"] as! [String: Int]) }

        let expected = Self.countByHand()
        // The eight people and the three units; units are in no unit of their own and broker nothing.
        XCTAssertEqual(found.count, 11)
        for (id, counts) in found {
            XCTAssertEqual(counts, expected[id] ?? Self.zero, id)
        }
        for role in Self.zero.keys {
            XCTAssertGreaterThan(expected.values.map { $0[role]! }.reduce(0, +), 0, "no \(role) in the graph")
        }
        // Two of them worked out on paper. a2: a1→a2→a3 coordinator; a1→a2→c1 and
        // a3→a2→c1 representative; a3→a2→a3 returns. b1: a1→b1→a3 itinerant, a1→b1→c1
        // liaison, b2→b1→a3 representative; b2→b1→c1 has the short cut b2→c1.
        XCTAssertEqual(found["a2"], ["coordinator": 1, "itinerant": 0, "representative": 2, "gatekeeper": 0, "liaison": 0])
        XCTAssertEqual(found["b1"], ["coordinator": 0, "itinerant": 1, "representative": 1, "gatekeeper": 0, "liaison": 1])
        // Sorted by the five roles together, highest first, then id.
        let totals = rows.map { ($0["brokerage"] as! [String: Int]).values.reduce(0, +) }
        XCTAssertEqual(totals, totals.sorted(by: >))
    }

    static let zero = ["coordinator": 0, "itinerant": 0, "representative": 0, "gatekeeper": 0, "liaison": 0]

    /// For every b, a and c among the people in a unit: a → b, b → c, a ≠ c, no a → c.
    static func countByHand() -> [String: [String: Int]] {
        let links = Set(influences.map { "\($0.0)>\($0.1)" })
        func linked(_ a: String, _ b: String) -> Bool { links.contains("\(a)>\(b)") }
        let inUnits = people.filter { $0.unit != nil }
        var counts: [String: [String: Int]] = [:]
        for b in inUnits {
            var roles = zero
            for a in inUnits where a.id != b.id && linked(a.id, b.id) {
                for c in inUnits where c.id != b.id && c.id != a.id && linked(b.id, c.id) && !linked(a.id, c.id) {
                    let role: String
                    if a.unit == b.unit && b.unit == c.unit {
                        role = "coordinator"
                    } else if a.unit == c.unit {
                        role = "itinerant"
                    } else if a.unit == b.unit {
                        role = "representative"
                    } else if b.unit == c.unit {
                        role = "gatekeeper"
                    } else {
                        role = "liaison"
                    }
                    roles[role]! += 1
                }
            }
            counts[b.id] = roles
        }
        return counts
    }
}
