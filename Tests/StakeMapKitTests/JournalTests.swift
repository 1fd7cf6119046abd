import Foundation
import GRDB
import XCTest

@testable import StakeMapKit

/// The journal keeps every earlier state: after a run of imports and edits,
/// the graph rebuilt for each change set equals the graph as it was read then.
final class JournalTests: XCTestCase {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    private func normalized(_ graph: StakeholderGraph) -> StakeholderGraph {
        var nodes = graph.nodes.sorted { $0.id < $1.id }
        for index in nodes.indices { nodes[index].tools.sort() }
        let edges = graph.edges.sorted { ($0.source, $0.kind.rawValue, $0.target) < ($1.source, $1.kind.rawValue, $1.target) }
        return StakeholderGraph(nodes: nodes, edges: edges)
    }

    func testEveryStateCanBeRebuilt() throws {
        var store = try StakeMapStore.inMemory()
        store.author = ChangeAuthor(command: "test", user: "tester")
        var states: [StakeholderGraph] = [try store.loadGraph()]
        func record() throws { states.append(normalized(try store.loadGraph())) }
        let files: [(ImportKind, String)] = [
            (.people, "mensen.csv"), (.units, "afdelingen.csv"), (.groups, "doelgroepen.csv"),
            (.roles, "rollen.csv"), (.links, "relaties.csv"),
        ]
        for (kind, file) in files {
            let bytes = try [UInt8](Data(contentsOf: Self.samples.appendingPathComponent(file)))
            _ = try Importer.run(store, kind: kind, file: file, bytes: bytes)
            try record()
        }
        _ = try GraphEditor.involve(store, "Ingrid Mulder", steps: ["all"])
        try record()
        _ = try GraphEditor.link(store, "Ingrid Mulder", kind: "influences", "Pieter Hoekstra", weight: "4")
        try record()
        _ = try GraphEditor.link(store, "Ingrid Mulder", kind: "influences", "Pieter Hoekstra", weight: "2", note: "n")
        try record()
        _ = try GraphEditor.involve(store, "Ingrid Mulder", steps: ["plan"], remove: true)
        try record()
        _ = try GraphEditor.remove(store, ["Sandra Özdemir"])
        try record()
        _ = try GraphEditor.remove(store, ["Gemeente Veldhoven-Noord/Bestuur"], cascade: true)
        try record()
        // The people file again brings back who was removed, as new nodes.
        let people = try [UInt8](Data(contentsOf: Self.samples.appendingPathComponent("mensen.csv")))
        _ = try Importer.run(store, kind: .people, file: "mensen.csv", bytes: people)
        try record()

        let numbers = try store.history().map(\.number)
        XCTAssertEqual(numbers, Array((1...Int64(states.count - 1)).reversed()))
        for number in 0..<states.count {
            XCTAssertEqual(try store.graph(afterChangeSet: Int64(number)), states[number], "after change set \(number)")
        }
        try store.writer.read { db in
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT DISTINCT user FROM change_set"), ["tester"])
        }
    }

    func testAChangeThatChangesNothingRecordsNothing() throws {
        let store = try StakeMapStore.inMemory()
        let bytes = try [UInt8](Data(contentsOf: Self.samples.appendingPathComponent("mensen.csv")))
        _ = try Importer.run(store, kind: .people, file: "mensen.csv", bytes: bytes)
        _ = try Importer.run(store, kind: .people, file: "mensen.csv", bytes: bytes)
        _ = try GraphEditor.involve(store, "Pieter Hoekstra", steps: ["kaders"])
        XCTAssertEqual(try store.history().map(\.number), [1])
    }
}
