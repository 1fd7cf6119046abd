import XCTest

@testable import StakeMapKit

final class PowerInterestGridTests: XCTestCase {
    func fixture() throws -> StakeMapStore {
        let store = try StakeMapStore.inMemory()
        var nodes: [Node] = [
            Node(id: "wethouder", kind: .person, side: .internal, name: "Wethouder", power: 5, interest: 5, steps: [.frame]),
            Node(id: "directeur", kind: .person, side: .internal, name: "Directeur", power: 4, interest: 2),
            Node(id: "bewoners", kind: .group, side: .external, name: "Bewoners", power: 2, interest: 5, level: .consult),
            Node(id: "krant", kind: .person, side: .external, name: "Krant", power: 3, interest: 3),
            Node(id: "zonder", kind: .person, side: .internal, name: "Zonder scores", power: 4),
        ]
        // Eight people with the same scores: six shown, "+ 2 more".
        for index in 1...8 {
            nodes.append(Node(id: "p\(index)", kind: .person, side: .external, name: "P \(index)", power: 1, interest: 1))
        }
        try store.insert(StakeholderGraph(nodes: nodes, edges: []))
        return store
    }

    func testQuadrantsAndColours() throws {
        let grid = try PowerInterestGrid.make(fixture(), title: "test")
        let quadrants = grid.quadrants().mapValues { $0.map(\.id).sorted() }
        XCTAssertEqual(quadrants[.manageClosely], ["wethouder"])
        XCTAssertEqual(quadrants[.keepSatisfied], ["directeur"])
        XCTAssertEqual(quadrants[.keepInformed], ["bewoners"])
        XCTAssertEqual(quadrants[.monitor], ["krant", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"])
        XCTAssertFalse(grid.entries.contains { $0.id == "zonder" })  // no interest: not placed
        let wethouder = try XCTUnwrap(grid.entries.first { $0.id == "wethouder" })
        XCTAssertTrue(wethouder.involved)
        // Directeur: internal, power 4, uninvolved, no influence: an uninvolved-influencer (high) gap.
        XCTAssertTrue(try XCTUnwrap(grid.entries.first { $0.id == "directeur" }).flagged)
    }

    func testDOTHasEveryShownNodeAndRendersAsPNG() throws {
        let grid = try PowerInterestGrid.make(fixture(), title: "test")
        let dot = grid.dot()
        // 4 quadrant boxes + 4 quadrant names + 10 ticks + 2 axis names + title + legend
        // + 10 placed nodes (4, and 6 of the 8 equal ones) + one "+ 2 more".
        let counts = try Graphviz.count(dot: dot)
        XCTAssertEqual(counts.nodes, 4 + 4 + 10 + 2 + 1 + 1 + 10 + 1)
        XCTAssertEqual(counts.edges, 0)
        XCTAssertTrue(dot.contains("\"+ 2 more\""))
        let png = try grid.render(format: .png)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertGreaterThan(png.count, 10_000)
        XCTAssertEqual(grid.dot(), dot)  // deterministic
    }
}
