import Foundation
import GRDB
import XCTest

/// The edit commands as a user runs them on the samples: exact summaries,
/// exit codes, the export after each, the journal, and foreign keys intact.
final class EditCommandTests: XCTestCase {
    private var cli: CLI!

    override func setUpWithError() throws {
        cli = try CLI()
        try cli.importSamples()
    }

    func testInvolveByNameAddsStepsAndRecordsOneChangeSet() throws {
        let before = try cli.changeSets().count
        let result = try cli.run(["involve", "Ingrid Mulder", "kaders", "start"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "Ingrid Mulder (person) is now involved in frame, start\n")
        let person = try XCTUnwrap(try cli.node("i.mulder@veldhoven-noord.nl", in: try cli.exportJSON()))
        XCTAssertEqual(person["steps"] as? [String], ["frame", "start"])
        let sets = try cli.changeSets()
        XCTAssertEqual(sets.count, before + 1)
        XCTAssertEqual(sets[0]["command"] as? String, "stakemap involve Ingrid Mulder kaders start")
        XCTAssertEqual(sets[0]["nodes"] as? [String: Int], ["added": 0, "changed": 1, "removed": 0])
        try cli.assertForeignKeysHold()

        // The same again changes nothing and records nothing.
        let again = try cli.run(["involve", "i.mulder@veldhoven-noord.nl", "frame"])
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(again.stderr, "Ingrid Mulder (person) was already involved in frame; nothing to change\n")
        XCTAssertEqual(try cli.changeSets().count, before + 1)

        let removed = try cli.run(["uninvolve", "Ingrid Mulder", "all"])
        XCTAssertEqual(removed.stderr, "Ingrid Mulder (person) is now involved in no step\n")
        XCTAssertEqual(try cli.node("i.mulder@veldhoven-noord.nl", in: try cli.exportJSON())?["steps"] as? [String], [])
    }

    func testLinkUnlinkAndRemoveWriteExactlyWhatTheySay() throws {
        let link = try cli.run(["link", "Ingrid Mulder", "influences", "Pieter Hoekstra", "--weight", "4", "--note", "oud-collega's"])
        XCTAssertEqual(link.status, 0, link.stderr)
        XCTAssertEqual(link.stderr, "added the link i.mulder@veldhoven-noord.nl —influences→ p.hoekstra@veldhoven-noord.nl\n")
        let exported = try cli.exportJSON()
        XCTAssertTrue(
            exported.contains(
                "{\"kind\": \"influences\", \"note\": \"oud-collega's\", \"source\": \"i.mulder@veldhoven-noord.nl\", \"target\": \"p.hoekstra@veldhoven-noord.nl\", \"weight\": 4}"
            ), exported)
        let update = try cli.run(["link", "i.mulder@veldhoven-noord.nl", "influences", "p.hoekstra@veldhoven-noord.nl", "--weight", "2"])
        XCTAssertEqual(update.stderr, "updated the link i.mulder@veldhoven-noord.nl —influences→ p.hoekstra@veldhoven-noord.nl\n")
        XCTAssertEqual(try cli.changeSets()[0]["links"] as? [String: Int], ["added": 0, "changed": 1, "removed": 0])

        let unlink = try cli.run(["unlink", "Ingrid Mulder", "influences", "Pieter Hoekstra"])
        XCTAssertEqual(unlink.status, 0, unlink.stderr)
        XCTAssertFalse(try cli.exportJSON().contains("\"source\": \"i.mulder@veldhoven-noord.nl\", \"target\": \"p.hoekstra"))

        let people = try cli.exportJSON().components(separatedBy: "\"kind\": \"person\"").count
        let remove = try cli.run(["remove", "Sandra Özdemir"])
        XCTAssertEqual(remove.status, 0, remove.stderr)
        XCTAssertEqual(remove.stderr, "removed Sandra Özdemir (person) and 4 links\n")
        let after = try cli.exportJSON()
        XCTAssertNil(try cli.node("s.ozdemir@veldhoven-noord.nl", in: after))
        XCTAssertFalse(after.contains("s.ozdemir@veldhoven-noord.nl"))
        XCTAssertEqual(after.components(separatedBy: "\"kind\": \"person\"").count, people - 1)
        XCTAssertEqual(try cli.changeSets()[0]["nodes"] as? [String: Int], ["added": 0, "changed": 0, "removed": 1])
        XCTAssertEqual(try cli.changeSets()[0]["links"] as? [String: Int], ["added": 0, "changed": 0, "removed": 4])
        try cli.assertForeignKeysHold()
    }

    func testRemovingAUnitWithMembersNeedsCascadeAndKeepsThePeople() throws {
        let refused = try cli.run(["remove", "Gemeente Veldhoven-Noord/Bestuur"])
        XCTAssertEqual(refused.status, 65)
        XCTAssertEqual(
            refused.stderr,
            "stakemap: Bestuur (unit) has 2 members and 1 sub-unit; add --cascade to remove it with its sub-units "
                + "(its people stay, without this unit); nothing was changed\n")
        let removed = try cli.run(["remove", "Gemeente Veldhoven-Noord/Bestuur", "--cascade"])
        XCTAssertEqual(removed.status, 0, removed.stderr)
        XCTAssertEqual(removed.stderr, "removed Bestuur (unit), 1 sub-unit and 5 links\n")
        let after = try cli.exportJSON()
        XCTAssertNil(try cli.node("gemeente-veldhoven-noord-bestuur", in: after))
        XCTAssertNil(try cli.node("gemeente-veldhoven-noord-bestuur-bestuursondersteuning", in: after))
        let alderman = try XCTUnwrap(try cli.node("p.hoekstra@veldhoven-noord.nl", in: after))
        XCTAssertTrue(alderman["unit"] is NSNull)
        try cli.assertForeignKeysHold()
    }

    /// `add` and `set` refuse a taken id, a side that disagrees with the unit,
    /// and a bad value in each option; nothing changes.
    func testAddAndSetRefuseEveryBadValue() throws {
        let cases: [([String], String)] = [
            (["add", "person", "Pieter Hoekstra", "--email", "p.hoekstra@veldhoven-noord.nl"],
             "there is already a person with id \"p.hoekstra@veldhoven-noord.nl\"; change it with `stakemap set p.hoekstra@veldhoven-noord.nl …`"),
            (["add", "group", "Fietsers"], "there is already a group with id \"fietsers\"; change it with `stakemap set fietsers …`"),
            (["set", "Pieter Hoekstra", "--side", "extern"],
             "--side: Pieter Hoekstra is in Gemeente Veldhoven-Noord/Bestuur, which is internal; give a unit on the external side too (--unit PATH), or move the unit with `stakemap set UNIT --side`"),
            (["set", "Pieter Hoekstra", "--power", "9"], "--power: \"9\" is not a whole number from 1 to 5"),
            (["set", "Pieter Hoekstra", "--interest", "0"], "--interest: \"0\" is not a whole number from 1 to 5"),
            (["set", "Fietsers", "--level", "hoog"],
             "--level: \"hoog\" is not a participation level; use inform, consult, advise, coproduce or codecide (informeren, raadplegen, adviseren, coproduceren, meebeslissen)"),
            (["set", "Fietsers", "--steps", "morgen"],
             "--steps: \"morgen\" is not a step; use frame, goals, plan, start (kaders, doelen, plan, starten) or all, separated by |"),
            (["set", "Fietsers", "--side", "intern"], "--side is not an attribute of a group"),
            (["set", "Pieter Hoekstra", "--tools", "OpenStad"], "--tools is not an attribute of a person"),
            (["set", "projectleider", "--required", "misschien"], "--required: \"misschien\" is not yes/no (ja/nee)"),
            (["set", "Pieter Hoekstra", "--reports-to", "Niemand Bekend"],
             "--reports-to: unknown id \"Niemand Bekend\" (not in this file nor in the database)"),
            (["set", "Pieter Hoekstra", "--influences", "Ingrid Mulder|Nobody"],
             "--influences: unknown id \"Nobody\" (not in this file nor in the database)"),
            (["set", "Fietsers", "--contact", "Gerard Peeters"],
             "--contact: contact_for links an internal person or unit to a target group, but \"gerard-peeters\" is an external person and \"fietsers\" a group"),
            (["set", "Fietsers", "--unset", "colour"],
             "--unset colour: a group has no such attribute to clear; use one of power, interest, legitimacy, urgency, level, steps, tools, contact, notes"),
        ]
        for (arguments, message) in cases {
            try cli.assertRefused(arguments, saying: "stakemap: \(message); nothing was changed\n")
        }
    }

    /// Every refusal exits 65, says what to do, and changes neither the graph nor the journal.
    func testEveryRefusalChangesNothing() throws {
        try cli.write("twee.csv", Array("id,name\njan1,Jan de Vries\njan2,Jan de Vries\n".utf8))
        XCTAssertEqual(try cli.run(["import", "people", "twee.csv"]).status, 0)
        let graph = try cli.exportJSON()
        let journal = try cli.changeSets().count
        let cases: [([String], String)] = [
            (["involve", "Ingrid Mulders", "frame"],
             "stakemap: there is no person, unit or group with id or name \"Ingrid Mulders\"; did you mean i.mulder@veldhoven-noord.nl (Ingrid Mulder)?; nothing was changed\n"),
            (["involve", "Jan de Vries", "frame"],
             "stakemap: \"Jan de Vries\" is the name of 2 nodes: \"jan1\", \"jan2\"; give the id instead; nothing was changed\n"),
            (["involve", "jan1", "morgen"],
             "stakemap: \"morgen\" is not a step; use frame, goals, plan, start (kaders, doelen, plan, starten) or all; nothing was changed\n"),
            (["involve", "projectleider", "frame"],
             "stakemap: \"projectleider\" is a role, and this needs a person, unit or group; nothing was changed\n"),
            (["link", "jan1", "influences", "jan2", "--weight", "9"],
             "stakemap: --weight \"9\" is not a whole number from 1 to 5; nothing was changed\n"),
            (["link", "jan1", "knows", "jan2"],
             "stakemap: \"knows\" is not a link kind; use influences, member_of, has_role, reports_to or contact_for; nothing was changed\n"),
            (["link", "jan1", "has_role", "jan2"],
             "stakemap: has_role links a person to a role, but \"jan1\" is a person and \"jan2\" a person; nothing was changed\n"),
            (["link", "jan1", "influences", "jan1"],
             "stakemap: \"jan1\" cannot be linked to itself; nothing was changed\n"),
            (["unlink", "jan1", "influences", "jan2"],
             "stakemap: there is no link jan1 —influences→ jan2; see `stakemap show jan1` for its links; nothing was changed\n"),
            (["remove", "jan1", "nobody-here"],
             "stakemap: there is no node with id or name \"nobody-here\"; see `stakemap list` for the ids; nothing was changed\n"),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 65, arguments.joined(separator: " "))
            XCTAssertEqual(result.stderr, message)
            XCTAssertEqual(try cli.exportJSON(), graph, arguments.joined(separator: " "))
            XCTAssertEqual(try cli.changeSets().count, journal)
        }
        // A missing argument is bad usage.
        XCTAssertEqual(try cli.run(["involve", "jan1"]).status, 64)
    }

    func testDryRunChangesNothing() throws {
        let graph = try cli.exportJSON()
        let journal = try cli.changeSets().count
        for arguments in [
            ["involve", "Ingrid Mulder", "all", "--dry-run"], ["remove", "Sandra Özdemir", "--dry-run"],
            ["link", "Ingrid Mulder", "influences", "Pieter Hoekstra", "--dry-run"],
        ] {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stderr.hasSuffix(" (dry run: nothing changed)\n"), result.stderr)
            XCTAssertEqual(try cli.exportJSON(), graph)
            XCTAssertEqual(try cli.changeSets().count, journal)
        }
    }

    func testHistoryListsEveryChangeSetNewestFirst() throws {
        XCTAssertEqual(try cli.run(["involve", "Ingrid Mulder", "plan"]).status, 0)
        let sets = try cli.changeSets()
        XCTAssertEqual(sets.map { $0["number"] as? Int }, [6, 5, 4, 3, 2, 1])
        XCTAssertEqual(sets.last?["command"] as? String, "stakemap import people mensen.csv --db stakemap.db")
        XCTAssertEqual(sets.last?["nodes"] as? [String: Int], ["added": 86, "changed": 0, "removed": 0])
        XCTAssertEqual(sets.last?["links"] as? [String: Int], ["added": 128, "changed": 0, "removed": 0])
        XCTAssertTrue(sets[0]["undoes"] is NSNull)
        let mine = try cli.run(["history", "Ingrid Mulder", "--format", "json"])
        let touched = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(mine.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(touched.map { $0["number"] as? Int }, [6, 1])
        let table = try cli.run(["history", "--limit", "1"], environment: ["USER": "ingrid"])
        XCTAssertTrue(table.stdout.hasPrefix("change  time (UTC)"), table.stdout)
        XCTAssertTrue(table.stdout.contains("#6 "), table.stdout)
    }

    /// An edit and an import at the same time: both finish, both are in the journal.
    func testAnEditLoopAndAnImportAtOnceBothLand() throws {
        var rows = ["id,name,unit"]
        for n in 1...5000 { rows.append("x\(n),Persoon X \(n),Gemeente Veldhoven-Noord/Extra \(n % 20)") }
        try cli.write("extra.csv", Array((rows.joined(separator: "\n") + "\n").utf8))
        let result = try cli.shell(
            """
            "$STAKEMAP" import people extra.csv 2>import.err & i=$!
            fails=0; edits=0
            while kill -0 $i 2>/dev/null || [ $edits -lt 4 ]; do
              "$STAKEMAP" involve "Ingrid Mulder" plan 2>>edit.err || fails=$((fails+1))
              "$STAKEMAP" uninvolve "Ingrid Mulder" plan 2>>edit.err || fails=$((fails+1))
              edits=$((edits+2))
            done
            wait $i; echo "import=$? fails=$fails edits=$edits"
            """)
        let editErrors = (try? cli.read("edit.err")) ?? ""
        XCTAssertTrue(result.stdout.hasPrefix("import=0 fails=0 "), result.stdout + editErrors)
        let edits = Int(result.stdout.split(separator: "=").last!.trimmingCharacters(in: .whitespacesAndNewlines))!
        let sets = try cli.changeSets()
        XCTAssertEqual(sets.filter { ($0["command"] as? String)?.hasPrefix("stakemap import people extra.csv") == true }.count, 1)
        XCTAssertEqual(sets.filter { ($0["command"] as? String)?.contains("involve Ingrid Mulder plan") == true }.count, edits)
        XCTAssertEqual(try cli.exportJSON().components(separatedBy: "\"id\": \"x").count - 1, 5000)
        try cli.assertForeignKeysHold()
    }
}
