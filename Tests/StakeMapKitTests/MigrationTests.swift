import Foundation
import GRDB
import XCTest

@testable import StakeMapKit

/// `stakemap init` on a database of an older stakemap migrates it without losing data.
final class MigrationTests: XCTestCase {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../samples").standardizedFileURL

    /// The samples as the current schema stores them.
    func importedSamples() throws -> StakeMapStore {
        let store = try StakeMapStore.inMemory()
        let files: [(ImportKind, String)] = [
            (.people, "mensen.csv"), (.units, "afdelingen.csv"), (.groups, "doelgroepen.csv"),
            (.roles, "rollen.csv"), (.links, "relaties.csv"),
        ]
        for (kind, file) in files {
            let bytes = try [UInt8](Data(contentsOf: Self.samples.appendingPathComponent(file)))
            _ = try Importer.run(store, kind: kind, file: file, bytes: bytes)
        }
        return store
    }

    /// A database at schema version 1 (`0001_graph` only), holding `graph`.
    func version1Database(holding graph: StakeholderGraph) throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        var migrator = DatabaseMigrator()
        let first = EmbeddedSchema.migrations[0]
        XCTAssertEqual(first.name, "0001_graph")
        migrator.registerMigration(first.name) { db in try db.execute(sql: first.sql) }
        try migrator.migrate(queue)
        try queue.write { db in
            for node in graph.nodes {
                try db.execute(
                    sql: """
                        INSERT INTO node (id, kind, side, name, power, interest, level, email, notes, path, required)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        node.id, node.kind.rawValue, node.side.rawValue, node.name, node.power, node.interest,
                        node.level?.rawValue, node.email, node.notes, node.path, node.required.map { $0 ? 1 : 0 },
                    ])
                for step in node.steps {
                    try db.execute(sql: "INSERT INTO node_step (node, step) VALUES (?, ?)", arguments: [node.id, step.rawValue])
                }
                for tool in node.tools {
                    try db.execute(sql: "INSERT INTO node_tool (node, tool) VALUES (?, ?)", arguments: [node.id, tool])
                }
            }
            for edge in graph.edges {
                try db.execute(
                    sql: "INSERT INTO edge (source, target, kind, weight, note) VALUES (?, ?, ?, ?, ?)",
                    arguments: [edge.source, edge.target, edge.kind.rawValue, edge.weight, edge.note])
            }
        }
        return queue
    }

    func testVersion1DatabaseKeepsEveryNodeEdgeStepAndTool() throws {
        let samples = try importedSamples().loadGraph()
        XCTAssertEqual(samples.nodes.count, 87)
        XCTAssertEqual(Set(samples.edges.map(\.kind)), Set(EdgeKind.allCases))
        XCTAssertTrue(samples.edges.contains { $0.note != nil })
        // Version 1 has no legitimacy and urgency: the samples without them.
        var expected = samples
        for index in expected.nodes.indices {
            expected.nodes[index].legitimacy = nil
            expected.nodes[index].urgency = nil
        }
        let scored = samples.nodes.filter { $0.legitimacy != nil || $0.urgency != nil }

        let queue = try version1Database(holding: expected)
        let store = StakeMapStore(writer: queue, path: "v1.db")
        XCTAssertEqual(try store.migrate(), ["0002_link_keys", "0003_journal", "0004_snapshots", "0005_salience"])
        XCTAssertEqual(try store.loadGraph(), expected)
        try queue.read { db in
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            // Keys follow the ids, and the look-up index by target is there.
            let ids = try String.fetchAll(db, sql: "SELECT id FROM node ORDER BY key")
            XCTAssertEqual(ids, expected.nodes.map(\.id))
            XCTAssertEqual(
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'link' AND type = 'index'"),
                ["link_by_target"])
        }
        // The migrated database takes the next import like a new one.
        let bytes = try [UInt8](Data(contentsOf: Self.samples.appendingPathComponent("mensen.csv")))
        let again = try Importer.run(store, kind: .people, file: "mensen.csv", bytes: bytes)
        XCTAssertEqual(again.added, 0)
        // Only the people with legitimacy or urgency change: the file gives them.
        XCTAssertEqual(again.updated, scored.filter { $0.kind == .person }.count)
        XCTAssertEqual(again.links, 0)
        let groups = try [UInt8](Data(contentsOf: Self.samples.appendingPathComponent("doelgroepen.csv")))
        _ = try Importer.run(store, kind: .groups, file: "doelgroepen.csv", bytes: groups)
        XCTAssertEqual(try store.loadGraph(), samples)
    }

    func testLinkKindCodesMatchTheSchema() throws {
        let store = try StakeMapStore.inMemory()
        let stored = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT code, name FROM link_kind ORDER BY code").map { "\($0[0] as Int)=\($0[1] as String)" }
        }
        XCTAssertEqual(stored, EdgeKind.allCases.map { "\($0.code)=\($0.rawValue)" })
        XCTAssertEqual(EdgeKind.allCases.map { EdgeKind(code: $0.code) }, EdgeKind.allCases)
        XCTAssertNil(EdgeKind(code: 6))
    }
}

/// A people import into an empty database file writes through a rollback journal
/// when nobody else has the file open, through the write-ahead log otherwise; the
/// file ends in WAL mode with the same graph either way.
final class BulkLoadTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    static let people = Array(
        """
        id,name,unit,influences,reports_to
        p1,Ann,Gemeente/Ruimte,p2,p3
        p2,Bob,Gemeente/Ruimte,p3,p3
        p3,Cas,Gemeente,p1,

        """.utf8)

    /// Imports the people into a new database file, with or without a second
    /// connection holding a read transaction on it.
    func importPeople(_ name: String, secondReader: Bool) throws -> (journal: String, graph: StakeholderGraph) {
        let path = folder.appendingPathComponent(name).path
        let store = try StakeMapStore.openForWriting(path: path)
        var reader: DatabaseQueue?
        if secondReader {
            reader = try DatabaseQueue(path: path)
            _ = try reader!.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM node") }
        }
        // A read transaction held open across the import, as another process might.
        let journal: String
        if let reader {
            journal = try reader.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM node")
                let summary = try Importer.run(store, kind: .people, file: "p.csv", bytes: Self.people)
                XCTAssertEqual(summary.links, 9)
                return try String.fetchOne(db, sql: "PRAGMA journal_mode")!
            }
        } else {
            let summary = try Importer.run(store, kind: .people, file: "p.csv", bytes: Self.people)
            XCTAssertEqual(summary.links, 9)
            journal = try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode")! }
        }
        let graph = try store.loadGraph()
        try store.writer.read { db in
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA integrity_check"), "ok")
        }
        return (journal, graph)
    }

    func testAloneAndWithASecondReaderGiveTheSameGraphInWALMode() throws {
        let alone = try importPeople("alone.db", secondReader: false)
        let shared = try importPeople("shared.db", secondReader: true)
        XCTAssertEqual(alone.journal, "wal")
        XCTAssertEqual(shared.journal, "wal")
        XCTAssertEqual(alone.graph, shared.graph)
        XCTAssertEqual(alone.graph.nodes.map(\.id), ["gemeente", "gemeente-ruimte", "p1", "p2", "p3"])
        XCTAssertEqual(alone.graph.edges.count, 9)
    }
}
