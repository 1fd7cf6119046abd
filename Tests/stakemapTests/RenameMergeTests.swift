import Foundation
import XCTest

/// `rename`, `merge` and `set UNIT --side` on the samples, run as a user runs
/// them: exact summaries, the export after each, refusals that change nothing.
final class RenameMergeTests: XCTestCase {
    private var cli: CLI!

    override func setUpWithError() throws {
        cli = try CLI()
        try cli.importSamples()
    }

    private func unitIDs(in export: String) throws -> [String] {
        let graph = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: [[String: Any]]])
        return (graph["units"] ?? []).compactMap { $0["id"] as? String }.filter { $0.hasPrefix("gemeente-veldhoven-noord-") }
            .sorted()
    }

    func testRenamingAUnitToANewLastLevelKeepsItsPeople() throws {
        let result = try cli.run(["rename", "gemeente-veldhoven-noord-ruimte-verkeer", "Mobiliteit"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stderr,
            "renamed Gemeente Veldhoven-Noord/Ruimte/Verkeer to Gemeente Veldhoven-Noord/Ruimte/Mobiliteit "
                + "(id gemeente-veldhoven-noord-ruimte-mobiliteit)\n")
        let after = try cli.exportJSON()
        XCTAssertNil(try cli.node("gemeente-veldhoven-noord-ruimte-verkeer", in: after))
        let unit = try XCTUnwrap(try cli.node("gemeente-veldhoven-noord-ruimte-mobiliteit", in: after))
        XCTAssertEqual(unit["path"] as? String, "Gemeente Veldhoven-Noord/Ruimte/Mobiliteit")
        XCTAssertEqual(unit["parent"] as? String, "gemeente-veldhoven-noord-ruimte")
        for person in ["r.vanleeuwen@veldhoven-noord.nl", "t.visser@veldhoven-noord.nl", "z.bakker@veldhoven-noord.nl"] {
            XCTAssertEqual(try cli.node(person, in: after)?["unit"] as? String, "gemeente-veldhoven-noord-ruimte-mobiliteit")
        }
        XCTAssertEqual(try cli.changeSets()[0]["command"] as? String, "stakemap rename gemeente-veldhoven-noord-ruimte-verkeer Mobiliteit")
        try cli.assertForeignKeysHold()
    }

    func testRenamingAUnitToAPathMovesEverythingNestedInIt() throws {
        let result = try cli.run(["rename", "Gemeente Veldhoven-Noord/Ruimte", "Gemeente Veldhoven-Noord/Fysiek Domein"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stderr,
            "renamed Gemeente Veldhoven-Noord/Ruimte to Gemeente Veldhoven-Noord/Fysiek Domein "
                + "(id gemeente-veldhoven-noord-fysiek-domein) with 3 sub-units\n")
        let after = try cli.exportJSON()
        XCTAssertEqual(
            try unitIDs(in: after).filter { $0.contains("fysiek-domein") || $0.contains("-ruimte") },
            [
                "gemeente-veldhoven-noord-beheer-openbare-ruimte",
                "gemeente-veldhoven-noord-beheer-openbare-ruimte-wijkbeheer-centrum",
                "gemeente-veldhoven-noord-fysiek-domein", "gemeente-veldhoven-noord-fysiek-domein-projecten",
                "gemeente-veldhoven-noord-fysiek-domein-stedenbouw", "gemeente-veldhoven-noord-fysiek-domein-verkeer",
            ])
        XCTAssertEqual(
            try cli.node("gemeente-veldhoven-noord-fysiek-domein-verkeer", in: after)?["path"] as? String,
            "Gemeente Veldhoven-Noord/Fysiek Domein/Verkeer")
        XCTAssertEqual(
            try cli.node("t.visser@veldhoven-noord.nl", in: after)?["unit"] as? String,
            "gemeente-veldhoven-noord-fysiek-domein-verkeer")
        XCTAssertEqual(
            try cli.node("e.smit@veldhoven-noord.nl", in: after)?["unit"] as? String, "gemeente-veldhoven-noord-fysiek-domein")
        try cli.assertForeignKeysHold()
    }

    func testRenamingAUnitToTheIdOfItsOwnSubUnitWorksAndUndoes() throws {
        let before = try cli.exportJSON()
        let result = try cli.run(["rename", "Gemeente Veldhoven-Noord/Ruimte", "Gemeente Veldhoven-Noord/Ruimte Verkeer"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let after = try cli.exportJSON()
        XCTAssertEqual(try cli.node("gemeente-veldhoven-noord-ruimte-verkeer", in: after)?["path"] as? String, "Gemeente Veldhoven-Noord/Ruimte Verkeer")
        XCTAssertEqual(
            try cli.node("t.visser@veldhoven-noord.nl", in: after)?["unit"] as? String, "gemeente-veldhoven-noord-ruimte-verkeer-verkeer")
        try cli.assertForeignKeysHold()
        XCTAssertEqual(try cli.run(["undo"]).status, 0)
        XCTAssertEqual(try cli.exportJSON(), before)
    }

    func testRenamingAPersonKeepsTheID() throws {
        let result = try cli.run(["rename", "Zoë Bakker", "Zoë de Bakker"])
        XCTAssertEqual(result.stderr, "renamed Zoë Bakker (person) to Zoë de Bakker; the id stays z.bakker@veldhoven-noord.nl\n")
        XCTAssertEqual(try cli.node("z.bakker@veldhoven-noord.nl", in: try cli.exportJSON())?["name"] as? String, "Zoë de Bakker")
    }

    func testRenameAndMergeRefusalsChangeNothing() throws {
        try cli.assertRefused(
            ["rename", "gemeente-veldhoven-noord-ruimte-verkeer", "Stedenbouw"],
            saying: "stakemap: the id \"gemeente-veldhoven-noord-ruimte-stedenbouw\" is already Stedenbouw (unit); to make the two "
                + "one, use `stakemap merge gemeente-veldhoven-noord-ruimte-verkeer --into gemeente-veldhoven-noord-ruimte-stedenbouw`; "
                + "nothing was changed\n")
        try cli.assertRefused(
            ["rename", "gemeente-veldhoven-noord-ruimte", "Gemeente Veldhoven-Noord/Ruimte/Verkeer"],
            saying: "stakemap: \"Gemeente Veldhoven-Noord/Ruimte/Verkeer\" lies inside Gemeente Veldhoven-Noord/Ruimte itself; "
                + "a unit cannot be moved into itself; nothing was changed\n")
        try cli.assertRefused(
            ["merge", "Ondernemers Stationsplein", "--into", "Kempenlijn Busvervoer"],
            saying: "stakemap: Ondernemers Stationsplein (group) is a group and Kempenlijn Busvervoer (unit) a unit; "
                + "only nodes of one kind merge; nothing was changed\n")
        try cli.assertRefused(
            ["set", "Fietsersbond/Afdeling Veldhoven-Noord", "--side", "internal"],
            saying: "stakemap: Afdeling Veldhoven-Noord (unit) is part of \"fietsersbond\", which stays external; give it a path "
                + "of its own first (`stakemap rename fietsersbond-afdeling-veldhoven-noord NEW_PATH`), then change its side; "
                + "nothing was changed\n")
    }

    func testMergingAGroupMovesItsLinksStepsAndTools() throws {
        let dryRun = try cli.run(["merge", "Fietsers", "--into", "Reizigers en forenzen", "--dry-run"])
        XCTAssertEqual(
            dryRun.stderr, "merged Fietsers (group) into Reizigers en forenzen (group): 3 links moved (dry run: nothing changed)\n")
        XCTAssertNotNil(try cli.node("fietsers", in: try cli.exportJSON()))

        let result = try cli.run(["merge", "Fietsers", "--into", "Reizigers en forenzen"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "merged Fietsers (group) into Reizigers en forenzen (group): 3 links moved\n")
        let after = try cli.exportJSON()
        XCTAssertNil(try cli.node("fietsers", in: after))
        let group = try XCTUnwrap(try cli.node("reizigers-en-forenzen", in: after))
        XCTAssertEqual(
            group["contact"] as? [String],
            ["f.hendriks@veldhoven-noord.nl", "gemeente-veldhoven-noord-communicatie", "t.visser@veldhoven-noord.nl"])
        XCTAssertEqual(group["tools"] as? [String], ["OpenStad", "enquête", "fietsschouw"])
        XCTAssertEqual(group["level"] as? String, "consult")  // its own value stays
        XCTAssertEqual(try cli.node("petra-wouters", in: after)?["groups"] as? [String], ["ondernemers-stationsplein", "reizigers-en-forenzen"])
        XCTAssertFalse(try cli.links(in: after).contains { $0.hasSuffix(" fietsers") })
        try cli.assertForeignKeysHold()
    }

    func testMergingAPersonWithoutAnEmailIntoTheOneWithIt() throws {
        try cli.run(["add", "person", "Kees de Wit", "--email", "k.dewit@ziggo.nl", "--side", "external"])
        let result = try cli.run(["merge", "kees-de-wit", "--into", "k.dewit@ziggo.nl"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let after = try cli.exportJSON()
        XCTAssertNil(try cli.node("kees-de-wit", in: after))
        let kees = try XCTUnwrap(try cli.node("k.dewit@ziggo.nl", in: after))
        // Filled from the one that went: interest, level, steps, notes and the group.
        XCTAssertEqual(kees["interest"] as? Int, 5)
        XCTAssertEqual(kees["steps"] as? [String], ["start"])
        XCTAssertEqual(kees["groups"] as? [String], ["omwonenden-stationskwartier"])
        XCTAssertEqual(kees["notes"] as? String, "Woont aan de Stationsstraat; lid klankbordgroep")
        try cli.assertForeignKeysHold()
    }

    func testSettingAUnitsSideMovesThePeopleInIt() throws {
        let result = try cli.run(["set", "Taxicentrale Veldhoven-Noord", "--side", "internal"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "moved Taxicentrale Veldhoven-Noord (unit) with 1 node in it to the internal side\n")
        let after = try cli.exportJSON()
        XCTAssertEqual(try cli.node("taxicentrale-veldhoven-noord", in: after)?["side"] as? String, "internal")
        XCTAssertEqual(try cli.node("hasan-demir", in: after)?["side"] as? String, "internal")
        let back = try cli.run(["set", "taxicentrale-veldhoven-noord", "--side", "extern"])
        XCTAssertEqual(back.stderr, "moved Taxicentrale Veldhoven-Noord (unit) with 1 node in it to the external side\n")
        XCTAssertEqual(try cli.node("hasan-demir", in: try cli.exportJSON())?["side"] as? String, "external")
        try cli.assertForeignKeysHold()
    }
}
