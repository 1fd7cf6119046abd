import Foundation
import XCTest

/// A working week on the samples, as the README tells it: a colleague leaves,
/// a unit is renamed, two target groups become one, the team session's
/// decisions, next week's sheet (dry run first), a person merged. Every
/// command's summary, then the export and the gaps, against golden files.
final class WeekReplayTests: XCTestCase {
    func testAWorkingWeekEndsInTheGoldenGraph() throws {
        let cli = try CLI()
        try cli.importSamples()
        try FileManager.default.copyItem(
            at: CLI.samples.appendingPathComponent("mensen-week-2.csv"), to: URL(fileURLWithPath: cli.path("week2.csv")))
        let sameName =
            "warning: week2.csv:34: \"Kees de Wit\" (k.dewit@ziggo.nl) has the same name as kees-de-wit in the database; "
            + "if they are one person: stakemap merge kees-de-wit --into k.dewit@ziggo.nl\n"
        let sheet = "week2.csv: 40 rows, 2 added, 3 updated, 0 units, 0 roles, 0 groups, 6 links, 1 links removed"
        let week: [([String], String)] = [
            (["remove", "Zoë Bakker"], "removed Zoë Bakker (person) and 4 links"),
            (
                ["rename", "gemeente-veldhoven-noord-ruimte-verkeer", "Mobiliteit"],
                "renamed Gemeente Veldhoven-Noord/Ruimte/Verkeer to Gemeente Veldhoven-Noord/Ruimte/Mobiliteit "
                    + "(id gemeente-veldhoven-noord-ruimte-mobiliteit)"
            ),
            (
                ["merge", "Fietsers", "--into", "Reizigers en forenzen"],
                "merged Fietsers (group) into Reizigers en forenzen (group): 3 links moved"
            ),
            (["involve", "Hanneke Dekker", "kaders", "doelen"], "Hanneke Dekker (person) is now involved in frame, goals"),
            (
                ["link", "Esther Kuipers", "influences", "Sandra Özdemir", "--weight", "4", "--note", "Wekelijks portefeuilleoverleg"],
                "added the link e.kuipers@veldhoven-noord.nl —influences→ s.ozdemir@veldhoven-noord.nl"
            ),
            (
                ["set", "Mensen met een beperking", "--level", "adviseren", "--steps", "plan|starten"],
                "changed Mensen met een beperking (group): level (unset) → \"advise\"; steps +plan +start"
            ),
            (["set", "Taxichauffeurs", "--contact", "Ruud van Leeuwen"], "changed Taxichauffeurs (group): 1 link added"),
            (["set", "Jongeren", "--unset", "tools"], "changed Jongeren (group): tools -Instagram-poll -OpenStad"),
            (["import", "people", "week2.csv", "--dry-run"], sameName + sheet + " (dry run: nothing written)"),
            (["import", "people", "week2.csv"], sameName + sheet),
            (
                ["merge", "kees-de-wit", "--into", "k.dewit@ziggo.nl"],
                "merged Kees de Wit (kees-de-wit) into Kees de Wit (k.dewit@ziggo.nl): 0 links moved; "
                    + "1 link that would be doubled or between the two went"
            ),
            (["involve", "Sandra Özdemir", "kaders"], "Sandra Özdemir (person) is now involved in frame"),
            (["set", "Frank Lammers", "--level", "adviseren"], "changed Frank Lammers (person): level \"inform\" → \"advise\""),
        ]
        for (arguments, summary) in week {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 0, arguments.joined(separator: " ") + ": " + result.stderr)
            XCTAssertEqual(result.stderr, summary + "\n", arguments.joined(separator: " "))
        }
        // The dry run changed nothing, so it recorded nothing: 5 imports, then 12 change sets.
        let sets = try cli.changeSets()
        XCTAssertEqual(sets.count, 17)
        XCTAssertEqual(sets[0]["command"] as? String, "stakemap set Frank Lammers --level adviseren")
        try cli.assertForeignKeysHold()
        let export = try cli.exportJSON()
        for gone in ["z.bakker@veldhoven-noord.nl", "fietsers", "kees-de-wit", "gemeente-veldhoven-noord-ruimte-verkeer"] {
            XCTAssertNil(try cli.node(gone, in: export), gone)
        }
        let nadia = try XCTUnwrap(try cli.node("n.bakker@veldhoven-noord.nl", in: export))
        XCTAssertEqual(nadia["reports_to"] as? String, "r.vanleeuwen@veldhoven-noord.nl")
        XCTAssertEqual(nadia["unit"] as? String, "gemeente-veldhoven-noord-ruimte-mobiliteit")
        XCTAssertEqual(try cli.node("k.dewit@ziggo.nl", in: export)?["level"] as? String, "consult")
        try assertGolden(export, "week-export.json")
        let gaps = try cli.run(["gaps", "--format", "json"])
        XCTAssertEqual(gaps.status, 0, gaps.stderr)
        try assertGolden(gaps.stdout, "week-gaps.json")
    }
}
