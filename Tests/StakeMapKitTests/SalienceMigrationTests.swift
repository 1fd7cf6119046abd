import Foundation
import GRDB
import XCTest

@testable import StakeMapKit

/// A database of version 4 (`0004_snapshots`) migrates to `0005_salience`
/// keeping every row of every table, and journals legitimacy and urgency as it
/// journals power.
final class SalienceMigrationTests: XCTestCase {
    /// Every row of every table, by table, columns by name, sorted; the columns
    /// in `leftOut` are left out.
    func everyRow(_ db: Database, leftOut: Set<String> = []) throws -> [String: [String]] {
        var tables: [String: [String]] = [:]
        let names = try String.fetchAll(
            db,
            sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'")
        for table in names {
            tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { row in
                row.columnNames.filter { !leftOut.contains($0) }.map { "\($0)=\(row[$0] as DatabaseValue)" }
                    .joined(separator: ",")
            }.sorted()
        }
        return tables
    }

    /// The samples as the current schema stores them.
    static func importedSamples() throws -> StakeMapStore {
        let store = try StakeMapStore.inMemory()
        let files: [(ImportKind, String)] = [
            (.people, "mensen.csv"), (.units, "afdelingen.csv"), (.groups, "doelgroepen.csv"),
            (.roles, "rollen.csv"), (.links, "relaties.csv"),
        ]
        for (kind, file) in files {
            let bytes = try [UInt8](Data(contentsOf: MigrationTests.samples.appendingPathComponent(file)))
            _ = try Importer.run(store, kind: kind, file: file, bytes: bytes)
        }
        return store
    }

    /// The samples, a second change set, a snapshot and an accepted gap, written
    /// by the SQL of version 4.
    func version4Database() throws -> (DatabaseQueue, StakeholderGraph) {
        let queue = try DatabaseQueue()
        var migrator = DatabaseMigrator()
        for migration in EmbeddedSchema.migrations.prefix(4) {
            migrator.registerMigration(migration.name) { db in try db.execute(sql: migration.sql) }
        }
        try migrator.migrate(queue)
        let samples = try Self.importedSamples().loadGraph()
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO change_set (number, time, user, command)
                    VALUES (1, '2026-03-12T14:05:09Z', 'tess', 'stakemap import people mensen.csv')
                    """)
            for (key, node) in samples.nodes.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO node (key, id, kind, side, name, power, interest, level, email, notes, path, required, since)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                        """,
                    arguments: [
                        key + 1, node.id, node.kind.rawValue, node.side.rawValue, node.name, node.power, node.interest,
                        node.level?.rawValue, node.email, node.notes, node.path, node.required.map { $0 ? 1 : 0 },
                    ])
                for step in node.steps {
                    try db.execute(
                        sql: "INSERT INTO node_step (node, step, since) VALUES (?, ?, 1)", arguments: [node.id, step.rawValue])
                }
                for tool in node.tools {
                    try db.execute(sql: "INSERT INTO node_tool (node, tool, since) VALUES (?, ?, 1)", arguments: [node.id, tool])
                }
            }
            for edge in samples.edges {
                try db.execute(
                    sql: """
                        INSERT INTO link (source, kind, target, weight, note, since)
                        SELECT s.key, ?, t.key, ?, ?, 1 FROM node s, node t WHERE s.id = ? AND t.id = ?
                        """,
                    arguments: [edge.kind.code, edge.weight, edge.note, edge.source, edge.target])
            }
            // Change set 2 changes one node and removes another: version 4's triggers journal both.
            try db.execute(
                sql: """
                    INSERT INTO change_set (number, time, user, command, nodes_changed, nodes_removed)
                    VALUES (2, '2026-03-19T09:00:00Z', 'tess', 'stakemap set', 1, 1)
                    """)
            try db.execute(sql: "UPDATE node SET power = 1, since = 2 WHERE id = 'taxichauffeurs'")
            try db.execute(sql: "DELETE FROM node WHERE id = 'jongeren'")
            try db.execute(
                sql: "INSERT INTO snapshot (name, change_set, time, user) VALUES ('week-1', 1, '2026-03-12T15:00:00Z', 'tess')")
            try db.execute(
                sql: """
                    INSERT INTO accepted_gap (rule, node, reason, user, time, since)
                    VALUES ('isolated', 'fietsers', 'later', 'tess', '2026-03-19T09:00:00Z', 2)
                    """)
        }
        return (queue, samples)
    }

    func testVersion4DatabaseKeepsEveryRow() throws {
        let (queue, samples) = try version4Database()
        let before = try queue.read { db in try everyRow(db) }
        XCTAssertEqual(before["node"]?.count, samples.nodes.count - 1)
        XCTAssertEqual(before["node_history"]?.count, 2)
        XCTAssertEqual(before["link"]?.count, samples.edges.count - 2)  // jongeren's two links went with it
        XCTAssertEqual(before["change_set"]?.count, 2)
        XCTAssertEqual(before["snapshot"]?.count, 1)
        XCTAssertEqual(before["accepted_gap"]?.count, 1)

        let store = StakeMapStore(writer: queue, path: "v4.db")
        XCTAssertEqual(try store.migrate(), ["0005_salience"])
        try queue.read { db in
            XCTAssertEqual(try everyRow(db, leftOut: ["legitimacy", "urgency"]), before)
            for table in ["node", "node_history"] {
                XCTAssertEqual(
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE legitimacy IS NOT NULL OR urgency IS NOT NULL"), 0)
            }
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA integrity_check"), "ok")
        }
        XCTAssertEqual(try store.migrate(), [])
    }

    func testLegitimacyAndUrgencyAreJournaledAndUndoneAsPowerIs() throws {
        let (queue, _) = try version4Database()
        let store = StakeMapStore(writer: queue, path: "v4.db")
        try store.migrate()
        _ = try GraphEditor.set(store, "fietsers", [("legitimacy", "5"), ("urgency", "4"), ("power", "4")])
        _ = try GraphEditor.set(store, "fietsers", [("legitimacy", "2")], unset: ["urgency"])
        try queue.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT power, legitimacy, urgency FROM node_history WHERE id = 'fietsers' ORDER BY until")
            XCTAssertEqual(rows.map { [$0["power"], $0["legitimacy"], $0["urgency"]] as [Int?] }, [[3, nil, nil], [4, 5, 4]])
        }
        _ = try GraphEditor.undo(store)
        var fietsers = try XCTUnwrap(try store.loadGraph().nodes.first { $0.id == "fietsers" })
        XCTAssertEqual([fietsers.power, fietsers.legitimacy, fietsers.urgency], [4, 5, 4])
        XCTAssertEqual(fietsers.salience, .definitive)
        _ = try GraphEditor.undo(store)
        fietsers = try XCTUnwrap(try store.loadGraph().nodes.first { $0.id == "fietsers" })
        XCTAssertEqual([fietsers.power, fietsers.legitimacy, fietsers.urgency], [3, nil, nil])
        XCTAssertEqual(fietsers.salience, .nonStakeholder)
    }
}
