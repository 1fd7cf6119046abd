import Foundation
import XCTest

/// Legitimacy, urgency and salience as a user meets them: the samples' Dutch
/// columns, `add`/`set`/`--unset`/`undo`, `show`, the export round trip,
/// `stakemap salience` in both languages and the rule `unengaged-definitive`.
final class SalienceCommandTests: XCTestCase {
    private var cli: CLI!

    override func setUpWithError() throws {
        cli = try CLI()
        try cli.importSamples()
    }

    func testTheSamplesDutchColumnsGiveScoresAndClasses() throws {
        let export = try cli.exportJSON()
        let taxi = try XCTUnwrap(try cli.node("taxichauffeurs", in: export))
        XCTAssertEqual(taxi["legitimacy"] as? Int, 4)
        XCTAssertEqual(taxi["urgency"] as? Int, 5)
        XCTAssertEqual(taxi["salience"] as? String, "definitive")
        let hoekstra = try XCTUnwrap(try cli.node("p.hoekstra@veldhoven-noord.nl", in: export))
        XCTAssertEqual([hoekstra["power"], hoekstra["legitimacy"], hoekstra["urgency"]] as? [Int], [5, 5, 4])
        XCTAssertEqual(hoekstra["salience"] as? String, "definitive")
        let kees = try XCTUnwrap(try cli.node("kees-de-wit", in: export))
        XCTAssertTrue(kees["legitimacy"] is NSNull)
        XCTAssertEqual(kees["salience"] as? String, "demanding")
        // No scores at all: salience null.
        let role = try XCTUnwrap(try cli.node("wethouder", in: export))
        XCTAssertTrue(role["salience"] is NSNull)
        let list = try cli.run(["list", "groups", "--format", "csv"])
        XCTAssertEqual(
            list.stdout.split(separator: "\n").first,
            "id,name,power,interest,legitimacy,urgency,salience,level,steps,tools,contact,notes")
        XCTAssertTrue(
            list.stdout.contains(
                "taxichauffeurs,Taxichauffeurs,4,4,4,5,definitive,consult,start,gesprek op de standplaats,,"), list.stdout)
    }

    func testSalienceInBothLanguages() throws {
        let english = try cli.run(["salience"])
        XCTAssertEqual(english.status, 0, english.stderr)
        XCTAssertTrue(english.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        try assertGolden(english.stdout, "salience.en.txt")
        let dutch = try cli.run(["salience"], environment: ["STAKEMAP_LANG": "nl"])
        XCTAssertEqual(dutch.status, 0, dutch.stderr)
        try assertGolden(dutch.stdout, "salience.nl.txt")
        let json = try cli.run(["salience", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        try assertGolden(json.stdout, "salience.json")
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let classes = try XCTUnwrap(parsed["classes"] as? [[String: Any]])
        XCTAssertEqual(
            classes.map { $0["class"] as? String },
            ["definitive", "dominant", "dangerous", "dependent", "dormant", "discretionary", "demanding", "non-stakeholder"])
        XCTAssertEqual(
            (classes[0]["members"] as? [[String: Any]])?.map { $0["id"] as? String },
            ["p.hoekstra@veldhoven-noord.nl", "r.vermeulen@kempenlijn.nl", "taxichauffeurs"])
    }

    func testAddSetUnsetAndUndo() throws {
        let add = try cli.run(["add", "group", "Marktkooplui", "--power", "4", "--legitimacy", "4", "--urgency", "5"])
        XCTAssertEqual(add.status, 0, add.stderr)
        XCTAssertEqual(try cli.node("marktkooplui", in: try cli.exportJSON())?["salience"] as? String, "definitive")

        let dryRun = try cli.run(["set", "Jongeren", "--legitimacy", "5", "--urgency", "3", "--dry-run", "--lang", "nl"])
        XCTAssertEqual(
            dryRun.stderr, "Jongeren (doelgroep) gewijzigd: legitimiteit (leeg) → 5; urgentie 4 → 3 (proefrun: niets veranderd)\n")
        let set = try cli.run(["set", "Jongeren", "--legitimacy", "4"])
        XCTAssertEqual(set.status, 0, set.stderr)
        XCTAssertEqual(set.stderr, "changed Jongeren (group): legitimacy (unset) → 4\n")
        XCTAssertEqual(try cli.node("jongeren", in: try cli.exportJSON())?["salience"] as? String, "dependent")

        let unset = try cli.run(["set", "jongeren", "--unset", "urgency"])
        XCTAssertEqual(unset.stderr, "changed Jongeren (group): urgency 4 → (unset)\n")
        var jongeren = try XCTUnwrap(try cli.node("jongeren", in: try cli.exportJSON()))
        XCTAssertTrue(jongeren["urgency"] is NSNull)
        XCTAssertEqual(jongeren["salience"] as? String, "discretionary")

        let undo = try cli.run(["undo"])
        XCTAssertEqual(undo.status, 0, undo.stderr)
        XCTAssertEqual(undo.stderr, "undid #8 (stakemap set jongeren --unset urgency): 1 node changed back\n")
        jongeren = try XCTUnwrap(try cli.node("jongeren", in: try cli.exportJSON()))
        XCTAssertEqual(jongeren["urgency"] as? Int, 4)
        XCTAssertEqual(jongeren["legitimacy"] as? Int, 4)

        let wrong = try cli.run(["set", "Jongeren", "--urgency", "6"])
        XCTAssertNotEqual(wrong.status, 0)
        XCTAssertEqual(wrong.stderr, "stakemap: --urgency: \"6\" is not a whole number from 1 to 5; nothing was changed\n")
        let role = try cli.run(["set", "wethouder", "--legitimacy", "4"])
        XCTAssertNotEqual(role.status, 0)
        try cli.assertForeignKeysHold()
    }

    func testShowNamesTheClass() throws {
        let english = try cli.run(["show", "taxichauffeurs"])
        XCTAssertTrue(english.stdout.contains("  legitimacy: 4\n  urgency:    5\n  salience:   definitive (power, legitimacy, urgency)\n"), english.stdout)
        let dutch = try cli.run(["show", "taxichauffeurs"], environment: ["STAKEMAP_LANG": "nl"])
        XCTAssertTrue(dutch.stdout.contains("saillantie:   definitief (macht, legitimiteit, urgentie)\n"), dutch.stdout)
    }

    func testExportImportRoundTripIsByteIdentical() throws {
        XCTAssertEqual(try cli.run(["export", "--format", "csv", "--out", "first"]).status, 0)
        for kind in ["people", "units", "groups", "roles", "links"] {
            let result = try cli.run(["import", kind, "first/\(kind).csv", "--db", "again.db"])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        XCTAssertEqual(try cli.run(["export", "--format", "csv", "--out", "second", "--db", "again.db"]).status, 0)
        for kind in ["people", "units", "groups", "roles", "links"] {
            XCTAssertEqual(try cli.read("first/\(kind).csv"), try cli.read("second/\(kind).csv"), kind)
        }
        XCTAssertTrue(try cli.read("first/groups.csv").contains(",4,4,4,5,definitive,"))
    }

    func testUnengagedDefinitiveOnTheSamples() throws {
        let gaps = try cli.run(["gaps", "--rule", "unengaged-definitive", "--format", "csv"])
        XCTAssertEqual(
            gaps.stdout,
            """
            rule,severity,node,name,kind,message
            unengaged-definitive,high,taxichauffeurs,Taxichauffeurs,group,"Taxichauffeurs (group) is definitive — high power (4), legitimacy (4) and urgency (5) — but only level consult — give them advise or higher now"

            """)
        // Raised to advise, the gap is gone; an internal definitive (Pieter Hoekstra) never has it.
        XCTAssertEqual(try cli.run(["set", "Taxichauffeurs", "--level", "adviseren"]).status, 0)
        XCTAssertEqual(
            try cli.run(["gaps", "--rule", "unengaged-definitive", "--format", "csv"]).stdout, "rule,severity,node,name,kind,message\n")
        XCTAssertEqual(try cli.run(["undo"]).status, 0)
        let accept = try cli.run(["accept", "unengaged-definitive", "Taxichauffeurs", "--reason", "gesprek gepland"])
        XCTAssertEqual(accept.status, 0, accept.stderr)
        XCTAssertEqual(
            try cli.run(["gaps", "--rule", "unengaged-definitive", "--format", "csv"]).stdout, "rule,severity,node,name,kind,message\n")
    }
}
