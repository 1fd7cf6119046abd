import Foundation
import XCTest

@testable import StakeMapKit

/// The report's changes section: every change up to a size, the change sets past it.
final class ReportChangesTests: XCTestCase {
    func sessionAfterASnapshot() throws -> StakeMapStore {
        var store = try StakeMapStore.inMemory()
        store.author = ChangeAuthor(command: "stakemap import people mensen.csv", user: "tester")
        let bytes = try [UInt8](Data(contentsOf: JournalTests.samples.appendingPathComponent("mensen.csv")))
        _ = try Importer.run(store, kind: .people, file: "mensen.csv", bytes: bytes)
        _ = try store.takeSnapshot("sessie-1", note: nil)
        store.author = ChangeAuthor(command: "stakemap involve Ingrid Mulder kaders", user: "tester")
        _ = try GraphEditor.involve(store, "Ingrid Mulder", steps: ["kaders"])
        return store
    }

    func testPastTheLimitTheChangeSetsSinceTheSnapshot() throws {
        let store = try sessionAfterASnapshot()
        let options = ReportOptions(project: "p", database: "p.db", date: "2026-03-12", fullDiffUpToNodes: 10)
        let html = try ProjectReport.make(store, options: options).html
        let changes = try XCTUnwrap(html.firstMatch(of: /<section id="changes">[\s\S]*?<\/section>/)).output
        XCTAssertTrue(changes.contains("<p class=\"since\">Since sessie-1 (#1, "), String(changes))
        XCTAssertTrue(
            changes.contains(
                "<p class=\"note\">At this size the report lists the change sets since then, with how many nodes and links each added (+), changed (~) and removed (-); stakemap diff sessie-1 shows every change, but takes minutes at a million people.</p>"
            ), String(changes))
        XCTAssertTrue(
            changes.contains("<th scope=\"col\">Change</th><th scope=\"col\">Time (UTC)</th><th scope=\"col\">User</th>"))
        let row = try XCTUnwrap(changes.firstMatch(of: /<tr><td>#2<\/td><td>[^<]+<\/td>(.*)<\/tr>/)).output.1
        XCTAssertEqual(String(row), "<td>tester</td><td>~1</td><td></td><td>stakemap involve Ingrid Mulder kaders</td>")
        XCTAssertFalse(changes.contains("#1</td>"), "the change set of the snapshot itself is not since it")
    }
}
