import Foundation
import XCTest

/// `stakemap centrality --measure betweenness` on three networks others collected
/// (Zachary's karate club, Padgett's Florentine families, Les Misérables), each
/// undirected edge as two `influences` links, against the values networkx's
/// `betweenness_centrality(G, normalized=True)` gave on the same directed graph
/// (Fixtures/networks, written once by make.py; networkx is not needed here).
final class CentralityNetworkTests: XCTestCase {
    func testBetweennessEqualsNetworkxOnKarateClub() throws {
        try assertBetweennessEqualsNetworkx("karate", nodes: 34)
    }

    func testBetweennessEqualsNetworkxOnFlorentineFamilies() throws {
        try assertBetweennessEqualsNetworkx("florentine", nodes: 15)
    }

    func testBetweennessEqualsNetworkxOnLesMiserables() throws {
        try assertBetweennessEqualsNetworkx("lesmis", nodes: 77)
    }

    func assertBetweennessEqualsNetworkx(_ network: String, nodes: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let cli = try CLI()
        for (kind, suffix) in [("people", "people.csv"), ("links", "links.csv")] {
            let result = try cli.run(["import", kind, CLI.fixture("networks/\(network)-\(suffix)").path])
            XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        }
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: CLI.fixture("networks/\(network)-betweenness.json"))) as! [String: Double]
        XCTAssertEqual(expected.count, nodes, file: file, line: line)
        let result = try cli.run(["centrality", "--measure", "betweenness", "--top", "0", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        XCTAssertEqual(rows.count, nodes, file: file, line: line)
        for row in rows {
            let id = row["id"] as! String
            let value = row["betweenness"] as! Double
            XCTAssertEqual(value, expected[id]!, accuracy: 1e-9, "\(network) \(id)", file: file, line: line)
            XCTAssertEqual(row["betweenness_estimated"] as? Bool, false, file: file, line: line)
        }
        // Sorted by betweenness, highest first, then id.
        let order: [(value: Double, id: String)] = rows.map { ($0["betweenness"] as! Double, $0["id"] as! String) }
        let sorted = order.sorted { $0.value != $1.value ? $0.value > $1.value : $0.id < $1.id }
        XCTAssertEqual(order.map(\.id), sorted.map(\.id), file: file, line: line)
    }
}
