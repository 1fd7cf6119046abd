import Foundation
import XCTest

@testable import StakeMapKit

/// The graph read from a database file by two connections at once is the graph
/// read by one.
final class AnalysisLoadingTests: XCTestCase {
    func testTwoConnectionsReadTheSameGraphAsOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try StakeMapStore.openForWriting(path: directory.appendingPathComponent("t.db").path)
        try store.insert(try LargeFixture.store(people: 2_001).loadGraph())

        let parallel = try AnalysisGraph.load(store)
        let single = try store.writer.read { db in try AnalysisGraph.load(db) }
        XCTAssertEqual(parallel.count, 2_001 + 1 + 6 + 48 + 80 + 60)
        XCTAssertEqual((0..<parallel.count).map(parallel.id), (0..<single.count).map(single.id))
        for kind in EdgeKind.allCases {
            XCTAssertEqual(parallel.outgoing[kind]?.offsets, single.outgoing[kind]?.offsets, kind.rawValue)
            XCTAssertEqual(parallel.outgoing[kind]?.targets, single.outgoing[kind]?.targets, kind.rawValue)
            XCTAssertEqual(parallel.incoming[kind]?.targets, single.incoming[kind]?.targets, kind.rawValue)
        }
        XCTAssertGreaterThan(parallel.outgoing[.influences]?.targets.count ?? 0, 2_000)
        XCTAssertEqual(parallel.influenceWeights, single.influenceWeights)
        XCTAssertEqual(parallel.linked, single.linked)
        XCTAssertEqual(parallel.involved, single.involved)
        XCTAssertEqual(GapFinder.run(GapFinder.rules, on: parallel), GapFinder.run(GapFinder.rules, on: single))
    }

    func testChunksCoverEveryNodeOnceInOrder() throws {
        let graph = try AnalysisGraph.load(LargeFixture.store(people: 1_001))
        XCTAssertEqual(graph.count % 8 == 0, false)  // the last chunk is a short one
        XCTAssertEqual(graph.inChunks(from: 0) { Array($0) }, Array(0..<graph.count))
        XCTAssertEqual(graph.inChunks { [$0.count] }, [graph.count])  // small: one chunk
    }
}
