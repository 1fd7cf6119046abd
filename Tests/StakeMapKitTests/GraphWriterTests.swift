import GRDB
import XCTest

@testable import StakeMapKit

/// The one writer: a change is all or nothing, also when SQLite refuses a row
/// on the connection's own thread, and values another program wrote outside
/// the vocabulary are errors, not crashes.
final class GraphWriterTests: XCTestCase {
    func count(_ store: StakeMapStore, _ table: String) throws -> Int {
        try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")! }
    }

    func testARefusedRowInAQueuedChangeRollsBackEverything() throws {
        let store = try StakeMapStore.inMemory()
        // 200 good people, then one whose power the schema refuses: the inserts
        // of an empty graph are queued to the connection's thread, in batches.
        var nodes = (1...200).map { Node(id: "p\($0)", kind: .person, side: .internal, name: "P \($0)") }
        nodes.append(Node(id: "z", kind: .person, side: .internal, name: "Z", power: 9))
        let edges = (2...200).map { Edge(source: "p\($0)", target: "p1", kind: .influences, weight: 3) }
        XCTAssertThrowsError(try store.insert(StakeholderGraph(nodes: nodes, edges: edges))) { error in
            XCTAssertEqual(
                error as? StakeMapError,
                .databaseUnusable(
                    path: ":memory:",
                    reason: "CHECK constraint failed: power BETWEEN 1 AND 5"))
        }
        XCTAssertEqual(try count(store, "node"), 0)
        XCTAssertEqual(try count(store, "link"), 0)
        // The indexes the empty graph's change dropped came back with the rollback.
        let indexes = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%history%' ORDER BY name")
        }
        XCTAssertEqual(indexes, ["link_by_target", "node_by_id", "node_step_by_step"])
        // And the store takes the same graph without the bad row.
        try store.insert(StakeholderGraph(nodes: Array(nodes.dropLast()), edges: edges))
        XCTAssertEqual(try count(store, "node"), 200)
        XCTAssertEqual(try count(store, "link"), 199)
    }

    func testASideOutsideTheVocabularyIsAnErrorNamingTheNode() throws {
        let store = try StakeMapStore.inMemory()
        try store.insert(StakeholderGraph(nodes: [Node(id: "ann", kind: .person, side: .internal, name: "Ann")], edges: []))
        try store.writer.write { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE node SET side = 'sideways' WHERE id = 'ann'")
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
        XCTAssertThrowsError(
            try Importer.run(store, kind: .people, file: "p.csv", bytes: Array("id,name\nann,Ann\n".utf8))
        ) { error in
            XCTAssertEqual(
                error as? StakeMapError,
                .storedValueUnknown(
                    path: ":memory:", node: "ann", column: "node.side", value: "sideways",
                    expected: .words(["internal", "external"])))
        }
    }
}
