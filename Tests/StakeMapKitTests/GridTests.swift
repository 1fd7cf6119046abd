import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import StakeMapKit

/// The power/interest grid: quadrants, cells, spreading, crowded cells.
final class GridTests: XCTestCase {
    func testQuadrantsFollowHighMeaningFourOrFive() {
        XCTAssertEqual(Quadrant(power: 4, interest: 4), .manageClosely)
        XCTAssertEqual(Quadrant(power: 5, interest: 3), .keepSatisfied)
        XCTAssertEqual(Quadrant(power: 3, interest: 5), .keepInformed)
        XCTAssertEqual(Quadrant(power: 3, interest: 3), .monitor)
        XCTAssertEqual(Quadrant(power: 1, interest: 1), .monitor)
    }

    func testLongNamesTakeTwoLinesAndLoseOnlyWhatStillDoesNotFit() {
        XCTAssertEqual(MapStyle.twoLines("Pieter Hoekstra", 24), ["Pieter Hoekstra"])
        XCTAssertEqual(MapStyle.twoLines("Ondernemers Stationsplein", 24), ["Ondernemers", "Stationsplein"])
        XCTAssertEqual(
            MapStyle.twoLines("Platform Toegankelijk Veldhoven-Noord", 24), ["Platform Toegankelijk", "Veldhoven-Noord"])
        XCTAssertEqual(
            MapStyle.twoLines("Vereniging van Eigenaren Stationsplein en omgeving", 24),
            ["Vereniging van Eigenaren", "Stationsplein en omgevi…"])
        XCTAssertEqual(MapStyle.twoLines("Rijkswaterstaatdirectieoostnederland", 24), ["Rijkswaterstaatdirectie…"])
        XCTAssertEqual(MapStyle.twoLines("Wethouder\nVerkeer en Vervoer, Stationsgebied", 24), ["Wethouder Verkeer en", "Vervoer, Stationsgebied"])
    }

    private func smallStore() throws -> StakeMapStore {
        try Fixture.store(
            [
                Fixture.person("alderman", power: 5, interest: 5, steps: [.frame]),
                Fixture.person("director", power: 4, interest: 2),
                Fixture.person("resident", .external, power: 2, interest: 5),
                Fixture.person("neighbour", .external, power: 2, interest: 5),
                Fixture.person("passer-by", .external, power: 1, interest: 1),
                Fixture.person("edge", power: 3, interest: 4),
                Fixture.group("shops", power: 4, interest: 4, level: .advise),
                Fixture.unit("team", power: 3, interest: 3),
                Fixture.person("unscored", power: 5),
                Fixture.role("projectleider", required: true),
            ])
    }

    func testEveryScoredNodeSitsInItsCellAndQuadrant() throws {
        let grid = try PowerInterestGrid.make(smallStore(), options: GridOptions(project: "p", date: "2025-03-14"))
        let placed = Dictionary(uniqueKeysWithValues: grid.placements.map { ($0.id, $0) })
        let expected: [String: (Int, Int, Quadrant)] = [
            "alderman": (5, 5, .manageClosely), "director": (4, 2, .keepSatisfied),
            "resident": (2, 5, .keepInformed), "neighbour": (2, 5, .keepInformed),
            "passer-by": (1, 1, .monitor), "edge": (3, 4, .keepInformed), "shops": (4, 4, .manageClosely),
            "team": (3, 3, .monitor),
        ]
        XCTAssertEqual(Set(placed.keys), Set(expected.keys))
        for (id, (power, interest, quadrant)) in expected {
            XCTAssertEqual(placed[id]?.power, power, id)
            XCTAssertEqual(placed[id]?.interest, interest, id)
            XCTAssertEqual(placed[id]?.quadrant, quadrant, id)
        }
        XCTAssertEqual(grid.scoredCount, 8)
        XCTAssertEqual(grid.unscoredCount, 1, "the person without an interest; roles do not count")
        XCTAssertEqual(
            grid.quadrantCounts, [.manageClosely: 2, .keepSatisfied: 1, .keepInformed: 3, .monitor: 2])

        // Positions: inside the cell, in the right column and row order, never on top of each other.
        for placement in grid.placements {
            let others = grid.placements.filter { $0.id != placement.id }
            for other in others {
                let apart = abs(other.x - placement.x) >= PowerInterestGrid.slotWidth - 0.01
                    || abs(other.y - placement.y) >= PowerInterestGrid.slotHeight - 0.01
                XCTAssertTrue(apart, "\(placement.id) overlaps \(other.id)")
            }
        }
        let byInterest = grid.placements.sorted { $0.x < $1.x }.map(\.interest)
        XCTAssertEqual(byInterest, byInterest.sorted(), "interest grows to the right")
        let byPower = grid.placements.sorted { $0.y < $1.y }.map(\.power)
        XCTAssertEqual(byPower, byPower.sorted(), "power grows upwards")
        // Equal scores: one column (no cell holds more than 3), one below the other.
        XCTAssertEqual(placed["resident"]?.x, placed["neighbour"]?.x)
        XCTAssertEqual(abs(placed["resident"]!.y - placed["neighbour"]!.y), PowerInterestGrid.slotHeight, accuracy: 0.001)
    }

    func testGridRendersWithLabelledQuadrantsAndAxes() throws {
        let grid = try PowerInterestGrid.make(smallStore(), options: GridOptions(project: "stationsplein", date: "2025-03-14"))
        let texts = try svgTexts(grid.render(.svg)).joined(separator: "\n")
        for words in [
            "Manage closely", "Keep satisfied", "Keep informed", "Monitor", "Interest (belang)", "Power",
            "alderman", "shops", "Power/interest grid — stationsplein",
        ] {
            XCTAssertTrue(texts.contains(words), words)
        }
        let png = try grid.render(.png)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertTrue(grid.dot.contains("pos=\""), "positions are pinned")
    }

    func testACrowdedCellNamesTheFirstAndCountsTheRest() throws {
        var nodes: [Node] = []
        for index in 0..<7 {
            nodes.append(Fixture.person("p\(index)", power: 2, interest: 2, steps: index == 5 ? [.plan] : []))
        }
        nodes.append(Fixture.group("g", power: 2, interest: 2))
        let grid = try PowerInterestGrid.make(
            Fixture.store(nodes), options: GridOptions(project: "p", date: "d", perCell: 4))
        // Groups first, then involved, then id order; 3 named and "+ 5 more".
        XCTAssertEqual(grid.placements.map(\.id), ["g", "p5", "p0"])
        XCTAssertTrue(grid.dot.contains("+ 5 more"))
        XCTAssertEqual(grid.scoredCount, 8)
    }

    func testSamplesGridPlacesEveryScoredNode() throws {
        let store = try Samples.store()
        let grid = try PowerInterestGrid.make(store, options: GridOptions(project: "stationsplein", date: "2025-03-14"))
        let scored = try store.writer.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM node WHERE power IS NOT NULL AND interest IS NOT NULL AND kind <> 'role'")
        }
        XCTAssertEqual(grid.scoredCount, scored)
        XCTAssertEqual(grid.placements.count, scored, "the samples fit without folding")
        XCTAssertEqual(Set(grid.placements.map(\.id)).count, grid.placements.count)
        let counted = try Graphviz.count(dot: grid.dot)
        XCTAssertEqual(counted.edges, 0)
    }
}
