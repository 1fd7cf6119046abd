import GRDB
import XCTest

@testable import StakeMapKit

/// A value outside the vocabulary, written by another program, is an error that
/// names the database, the node, the column and the value, for every reader.
final class StoredValueTests: XCTestCase {
    /// A store with Ann (a person) and Team (a unit), Ann a member of Team, then `sql` run
    /// with the schema's checks off, as another program might.
    private func store(after sql: String) throws -> StakeMapStore {
        let store = try StakeMapStore.inMemory()
        try store.insert(
            StakeholderGraph(
                nodes: [Fixture.person("ann", steps: [.frame]), Fixture.unit("team")],
                edges: [Fixture.link("ann", .memberOf, "team")]))
        try store.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: sql)
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
        return store
    }

    private func assertEveryReaderThrows(
        _ store: StakeMapStore, _ expected: StakeMapError, file: StaticString = #filePath, line: UInt = #line
    ) {
        let readers: [(String, () throws -> Void)] = [
            ("gaps", { _ = try GapFinder.run(store) }),
            ("status", { _ = try ProjectStatus.compute(store) }),
            ("export", { _ = try Exporter.json(store) }),
            ("list", { _ = try BufferedOutput.collecting { try store.writeList(.people, format: .csv, to: $0) } }),
            ("loadGraph", { _ = try store.loadGraph() }),
        ]
        for (name, read) in readers {
            XCTAssertThrowsError(try read(), name, file: file, line: line) { error in
                XCTAssertEqual(error as? StakeMapError, expected, name, file: file, line: line)
            }
        }
    }

    func testAnUnknownSideNamesTheNodeColumnAndValue() throws {
        let store = try store(after: "UPDATE node SET side = 'sideways' WHERE id = 'ann'")
        let expected = StakeMapError.storedValueUnknown(
            path: ":memory:", node: "ann", column: "node.side", value: "'sideways'", expected: .words(["internal", "external"]))
        assertEveryReaderThrows(store, expected)
        XCTAssertEqual(
            expected.description,
            "cannot read the database :memory:: node 'ann' has 'sideways' in node.side, which is not internal or external; correct it (for example with sqlite3) or restore a backup"
        )
    }

    func testUnknownKindLevelAndScore() throws {
        assertEveryReaderThrows(
            try store(after: "UPDATE node SET kind = 'robot' WHERE id = 'team'"),
            .storedValueUnknown(
                path: ":memory:", node: "team", column: "node.kind", value: "'robot'",
                expected: .words(["person", "unit", "role", "group"])))
        assertEveryReaderThrows(
            try store(after: "UPDATE node SET level = 'shout' WHERE id = 'ann'"),
            .storedValueUnknown(
                path: ":memory:", node: "ann", column: "node.level", value: "'shout'",
                expected: .optional(.words(["inform", "consult", "advise", "coproduce", "codecide"]))))
        assertEveryReaderThrows(
            try store(after: "UPDATE node SET power = 9 WHERE id = 'ann'"),
            .storedValueUnknown(
                path: ":memory:", node: "ann", column: "node.power", value: "9",
                expected: .score))
    }

    func testAnUnknownStepOrLinkKindNamesItsNode() throws {
        assertEveryReaderThrows(
            try store(after: "UPDATE node_step SET step = 'later' WHERE node = 'ann'"),
            .storedValueUnknown(
                path: ":memory:", node: "ann", column: "node_step.step", value: "'later'",
                expected: .words(["frame", "goals", "plan", "start"])))
        assertEveryReaderThrows(
            try store(after: "PRAGMA foreign_keys = OFF; UPDATE link SET kind = 9; PRAGMA foreign_keys = ON"),
            .storedValueUnknown(
                path: ":memory:", node: "ann", column: "link.kind", value: "9",
                expected: .codes(["1 (member_of)", "2 (has_role)", "3 (influences)", "4 (reports_to)", "5 (contact_for)"])))
    }
}
