import Foundation
import XCTest

/// Betweenness estimated from a sample of sources against the exact values, on
/// a generated graph of 20,000 nodes shaped like a municipality's: 19,900 people
/// in 100 units, three influence links each, a few people receiving most.
final class CentralityEstimateTests: XCTestCase {
    func testEstimateFrom1000SourcesRanksTheExactTop20WithinItsTop40() throws {
        let cli = try CLI()
        try Self.writeGraph(in: cli, people: 19_900, units: 100)
        XCTAssertEqual(try cli.run(["import", "people", "people.csv"]).status, 0)
        XCTAssertEqual(try cli.run(["import", "links", "links.csv"]).status, 0)

        let exact = try cli.run(["centrality", "--measure", "betweenness", "--top", "20", "--format", "json"])
        XCTAssertEqual(exact.status, 0, exact.stderr)
        let exactRows = try JSONSerialization.jsonObject(with: Data(exact.stdout.utf8)) as! [[String: Any]]
        XCTAssertEqual(exactRows.count, 20)
        XCTAssertEqual(exactRows[0]["betweenness_estimated"] as? Bool, false)

        let estimate = try cli.run(
            ["centrality", "--measure", "betweenness", "--sample", "1000", "--top", "40", "--format", "json"])
        XCTAssertEqual(estimate.status, 0, estimate.stderr)
        let estimateRows = try JSONSerialization.jsonObject(with: Data(estimate.stdout.utf8)) as! [[String: Any]]
        XCTAssertEqual(estimateRows.count, 40)
        XCTAssertEqual(estimateRows[0]["betweenness_estimated"] as? Bool, true)

        let estimatedTop = Set(estimateRows.map { $0["id"] as! String })
        let missing = exactRows.map { $0["id"] as! String }.filter { !estimatedTop.contains($0) }
        XCTAssertEqual(missing, [], "of the exact top 20, not in the estimate's top 40")

        // The table says the values are estimated, and from how many sources.
        let table = try cli.run(["centrality", "--measure", "betweenness", "--sample", "1000", "--top", "3"])
        XCTAssertTrue(table.stdout.contains("Betweenness estimated from 1000 of the 20000 nodes as sources"), table.stdout)
    }

    /// People `p00001`… in units `Afdeling 1`…, each with three influence links to
    /// others drawn from a fixed linear congruential sequence, skewed so that a
    /// few per cent of the people receive most links (as in bench/generate.py).
    static func writeGraph(in cli: CLI, people: Int, units: Int) throws {
        var state: UInt64 = 20_000
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        func id(_ person: Int) -> String { "p" + String(100_000 + person).dropFirst() }
        var peopleFile = "id,name,side,unit\n"
        var linksFile = "source,target,kind\n"
        for person in 0..<people {
            let unit = 1 + Int(next() * Double(units))
            peopleFile += "\(id(person)),Persoon \(person),internal,Afdeling \(unit)\n"
            var targets: Set<Int> = []
            while targets.count < 3 {
                // Skewed: a small exponent makes low numbers (the first people) popular.
                let target = Int(pow(next(), 3) * Double(people))
                if target != person { targets.insert(target) }
            }
            for target in targets.sorted() { linksFile += "\(id(person)),\(id(target)),influences\n" }
        }
        try cli.write("people.csv", Array(peopleFile.utf8))
        try cli.write("links.csv", Array(linksFile.utf8))
    }
}
