import Foundation
import XCTest

/// An import into a database that holds the samples changes nothing silently:
/// `--dry-run` lists every change, removed links are counted, a person with
/// an existing name gets a warning, `--sync` removes who the file leaves out,
/// and reference cells may name people of the same file.
final class ImportChangesTests: XCTestCase {
    private var cli: CLI!

    override func setUpWithError() throws {
        cli = try CLI()
        try cli.importSamples()
        try FileManager.default.copyItem(
            at: CLI.samples.appendingPathComponent("mensen-week-2.csv"), to: URL(fileURLWithPath: cli.path("week2.csv")))
    }

    private static let sameName =
        "warning: week2.csv:34: \"Kees de Wit\" (k.dewit@ziggo.nl) has the same name as kees-de-wit in the database; "
        + "if they are one person: stakemap merge kees-de-wit --into k.dewit@ziggo.nl\n"

    func testDryRunListsEveryChangeAndTheRealImportMakesThem() throws {
        let before = try cli.exportJSON()
        let dryRun = try cli.run(["import", "people", "week2.csv", "--dry-run"])
        XCTAssertEqual(dryRun.status, 0, dryRun.stderr)
        XCTAssertEqual(
            dryRun.stdout,
            """
            + unit gemeente-veldhoven-noord-ruimte-mobiliteit (Mobiliteit)
            + person k.dewit@ziggo.nl (Kees de Wit), steps start
            + person n.bakker@veldhoven-noord.nl (Nadia Bakker)
            ~ person s.ozdemir@veldhoven-noord.nl (Sandra Özdemir): interest 3 → 4
            + link gemeente-veldhoven-noord-ruimte-mobiliteit —member_of→ gemeente-veldhoven-noord-ruimte
            - link jan-willem-groen —member_of→ fietsers
            + link jan-willem-groen —member_of→ reizigers-en-forenzen
            + link k.dewit@ziggo.nl —member_of→ omwonenden-stationskwartier
            + link n.bakker@veldhoven-noord.nl —member_of→ gemeente-veldhoven-noord-ruimte-mobiliteit
            + link n.bakker@veldhoven-noord.nl —has_role→ verkeerskundige
            + link n.bakker@veldhoven-noord.nl —reports_to→ r.vanleeuwen@veldhoven-noord.nl
            - link petra-wouters —member_of→ fietsers
            + link petra-wouters —member_of→ reizigers-en-forenzen
            + link r.vanleeuwen@veldhoven-noord.nl —member_of→ gemeente-veldhoven-noord-ruimte-mobiliteit
            - link r.vanleeuwen@veldhoven-noord.nl —member_of→ gemeente-veldhoven-noord-ruimte-verkeer
            + link r.vermeulen@kempenlijn.nl —influences→ n.bakker@veldhoven-noord.nl (weight 3)
            - link r.vermeulen@kempenlijn.nl —influences→ z.bakker@veldhoven-noord.nl
            + link t.visser@veldhoven-noord.nl —member_of→ gemeente-veldhoven-noord-ruimte-stedenbouw
            - link t.visser@veldhoven-noord.nl —member_of→ gemeente-veldhoven-noord-ruimte-verkeer
            - link t.visser@veldhoven-noord.nl —contact_for→ fietsers
            + link t.visser@veldhoven-noord.nl —contact_for→ reizigers-en-forenzen

            """)
        let summary = "week2.csv: 40 rows, 2 added, 6 updated, 1 units, 0 roles, 0 groups, 11 links, 6 links removed"
        XCTAssertEqual(dryRun.stderr, Self.sameName + summary + " (dry run: nothing written)\n")
        XCTAssertEqual(try cli.exportJSON(), before)

        let real = try cli.run(["import", "people", "week2.csv"])
        XCTAssertEqual(real.status, 0, real.stderr)
        XCTAssertEqual(real.stdout, "")
        XCTAssertEqual(real.stderr, Self.sameName + summary + "\n")
        let after = try cli.exportJSON()
        XCTAssertEqual(try cli.node("s.ozdemir@veldhoven-noord.nl", in: after)?["interest"] as? Int, 4)
        XCTAssertEqual(
            try cli.node("r.vermeulen@kempenlijn.nl", in: after)?["influences"] as? [String],
            ["m.vanderberg@veldhoven-noord.nl", "n.bakker@veldhoven-noord.nl"])
        // Without --sync, who the sheet leaves out stays.
        XCTAssertNotNil(try cli.node("z.bakker@veldhoven-noord.nl", in: after))
        XCTAssertNotNil(try cli.node("kees-de-wit", in: after))
        try cli.assertForeignKeysHold()

        let again = try cli.run(["import", "people", "week2.csv", "--dry-run"])
        XCTAssertEqual(again.stdout, "")
        XCTAssertEqual(
            again.stderr,
            "week2.csv: 40 rows, 0 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links (dry run: nothing written)\n")
    }

    func testSyncRemovesWhoTheSheetLeavesOut() throws {
        let result = try cli.run(["import", "people", "week2.csv", "--sync"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stderr,
            Self.sameName
                + "week2.csv: 40 rows, 2 added, 11 updated, 1 units, 0 roles, 0 groups, 11 links, 2 removed, 15 links removed\n")
        let after = try cli.exportJSON()
        XCTAssertNil(try cli.node("z.bakker@veldhoven-noord.nl", in: after))
        XCTAssertNil(try cli.node("kees-de-wit", in: after))
        // An empty cell clears under --sync: Erik Smit's influence from relaties.csv goes.
        XCTAssertEqual(try cli.node("e.smit@veldhoven-noord.nl", in: after)?["influences"] as? [String], [])
        XCTAssertEqual(try cli.node("k.dewit@ziggo.nl", in: after)?["groups"] as? [String], ["omwonenden-stationskwartier"])
        try cli.assertForeignKeysHold()
    }

    func testSyncRefusesAReferenceToSomeoneItWouldRemove() throws {
        try cli.write(
            "twee.csv", Array("naam,e-mail,beïnvloedt\nPieter Hoekstra,p.hoekstra@veldhoven-noord.nl,Marieke van der Berg\n".utf8))
        let before = try cli.exportJSON()
        let result = try cli.run(["import", "people", "twee.csv", "--sync"])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr,
            """
            twee.csv:2: column "beïnvloedt": "m.vanderberg@veldhoven-noord.nl" has no row in this file, and --sync removes who \
            the file does not list; add a row for m.vanderberg@veldhoven-noord.nl or leave the reference out
            1 error; nothing was imported

            """)
        XCTAssertEqual(try cli.exportJSON(), before)
    }

    func testReferencesNamePeopleOfTheSameFileAndSuggestCloseNames() throws {
        let fresh = try CLI()
        try fresh.write(
            "namen.csv",
            Array(
                """
                Naam;E-mail;Beïnvloedt;Leidinggevende
                Anne de Vries;a.devries@dalmeer.nl;Bram Jansen;
                Bram Jansen;b.jansen@dalmeer.nl;;Anne de Vries
                Cor Bakker;;anne de vries|Bram Jansen;Bram Jansen

                """.utf8))
        let result = try fresh.run(["import", "people", "namen.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            try fresh.links(in: try fresh.exportJSON()),
            [
                "a.devries@dalmeer.nl influences b.jansen@dalmeer.nl", "b.jansen@dalmeer.nl reports_to a.devries@dalmeer.nl",
                "cor-bakker influences a.devries@dalmeer.nl", "cor-bakker influences b.jansen@dalmeer.nl",
                "cor-bakker reports_to b.jansen@dalmeer.nl",
            ])

        try cli.write(
            "typo.csv",
            Array("Naam;Beïnvloedt;Leidinggevende\nNieuwe Collega;Pieter Hoekstr;Ingrid Muldr\n".utf8))
        let typo = try cli.run(["import", "people", "typo.csv"])
        XCTAssertEqual(typo.status, 65)
        XCTAssertEqual(
            typo.stderr,
            """
            typo.csv:2: column "Beïnvloedt": unknown id "Pieter Hoekstr" (not in this file nor in the database); did you mean \
            p.hoekstra@veldhoven-noord.nl (Pieter Hoekstra)?
            typo.csv:2: column "Leidinggevende": unknown id "Ingrid Muldr" (not in this file nor in the database); did you mean \
            i.mulder@veldhoven-noord.nl (Ingrid Mulder)?
            2 errors; nothing was imported

            """)
    }
}
