import Foundation
import XCTest

@testable import StakeMapKit

/// The compact graph's chunks for the rules that run side by side.
final class AnalysisLoadingTests: XCTestCase {
    func testChunksCoverEveryNodeOnceInOrder() throws {
        let graph = try AnalysisGraph.load(LargeFixture.store(people: 1_001))
        XCTAssertEqual(graph.count % 8 == 0, false)  // the last chunk is a short one
        XCTAssertEqual(graph.inChunks(from: 0) { Array($0) }, Array(0..<graph.count))
        XCTAssertEqual(graph.inChunks { [$0.count] }, [graph.count])  // small: one chunk
    }
}
