import Foundation
import XCTest

/// `diff` between every pair of states of a five-change-set history equals the
/// difference of the two states' `export --format json`, computed here on its own.
final class DiffTests: XCTestCase {
    private var cli: CLI!
    /// The export after change set 0 (nothing), 1, … 5.
    private var exports: [[String: [[String: Any]]]] = []

    override func setUpWithError() throws {
        cli = try CLI()
        try FileManager.default.copyItem(
            at: CLI.samples.appendingPathComponent("mensen-week-2.csv"), to: URL(fileURLWithPath: cli.path("week2.csv")))
        XCTAssertEqual(try cli.run(["init"]).status, 0)
        let commands = [
            ["import", "people", CLI.samples.appendingPathComponent("mensen.csv").path],
            ["set", "Sandra Özdemir", "--power", "4", "--steps", "kaders|doelen"],
            ["remove", "Zoë Bakker"],
            ["link", "Esther Kuipers", "influences", "Sandra Özdemir", "--weight", "4", "--note", "portefeuilleoverleg"],
            ["import", "people", "week2.csv"],
        ]
        exports = [try parse(try cli.exportJSON())]
        for command in commands {
            let result = try cli.run(command)
            XCTAssertEqual(result.status, 0, result.stderr)
            exports.append(try parse(try cli.exportJSON()))
        }
    }

    private func parse(_ json: String) throws -> [String: [[String: Any]]] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [[String: Any]]])
    }

    /// What the diff must say, from two exports alone.
    private func expected(_ from: Int, _ to: Int) -> [String: Any] {
        func nodes(_ export: [String: [[String: Any]]]) -> [String: [String: Any]] {
            var byID: [String: [String: Any]] = [:]
            for kind in ["people", "units", "groups", "roles"] { for node in export[kind] ?? [] { byID[node["id"] as! String] = node } }
            return byID
        }
        func links(_ export: [String: [[String: Any]]]) -> [String: [String: Any]] {
            var byKey: [String: [String: Any]] = [:]
            for link in export["links"] ?? [] { byKey["\(link["source"]!)\t\(link["target"]!)\t\(link["kind"]!)"] = link }
            return byKey
        }
        func changes(_ old: [String: Any], _ new: [String: Any], leaving same: Set<String>) -> [String: Any] {
            var out: [String: Any] = [:]
            for key in Set(old.keys).union(new.keys).subtracting(same)
            where try! JSONSerialization.data(withJSONObject: [old[key] ?? NSNull()], options: .sortedKeys)
                != JSONSerialization.data(withJSONObject: [new[key] ?? NSNull()], options: .sortedKeys)
            {
                out[key] = ["from": old[key] ?? NSNull(), "to": new[key] ?? NSNull()]
            }
            return out
        }
        let (oldNodes, newNodes) = (nodes(exports[from]), nodes(exports[to]))
        let (oldLinks, newLinks) = (links(exports[from]), links(exports[to]))
        var changedNodes: [[String: Any]] = []
        for id in Set(oldNodes.keys).intersection(newNodes.keys).sorted() {
            let delta = changes(oldNodes[id]!, newNodes[id]!, leaving: ["id"])
            if !delta.isEmpty {
                changedNodes.append(["id": id, "kind": newNodes[id]!["kind"]!, "name": newNodes[id]!["name"]!, "changes": delta])
            }
        }
        var changedLinks: [[String: Any]] = []
        for key in Set(oldLinks.keys).intersection(newLinks.keys).sorted() {
            let delta = changes(oldLinks[key]!, newLinks[key]!, leaving: ["source", "target", "kind"])
            let link = newLinks[key]!
            if !delta.isEmpty {
                changedLinks.append(["source": link["source"]!, "target": link["target"]!, "kind": link["kind"]!, "changes": delta])
            }
        }
        var involvement: [String: Any] = [:]
        for step in ["frame", "goals", "plan", "start"] {
            func holding(_ byID: [String: [String: Any]]) -> Set<String> {
                Set(byID.filter { ($0.value["steps"] as? [String])?.contains(step) == true }.keys)
            }
            involvement[step] = [
                "joined": holding(newNodes).subtracting(holding(oldNodes)).sorted(),
                "left": holding(oldNodes).subtracting(holding(newNodes)).sorted(),
            ]
        }
        return [
            "nodes": [
                "added": Set(newNodes.keys).subtracting(oldNodes.keys).sorted().map { newNodes[$0]! },
                "removed": Set(oldNodes.keys).subtracting(newNodes.keys).sorted().map { oldNodes[$0]! },
                "changed": changedNodes,
            ],
            "links": [
                "added": Set(newLinks.keys).subtracting(oldLinks.keys).sorted().map { newLinks[$0]! },
                "removed": Set(oldLinks.keys).subtracting(newLinks.keys).sorted().map { oldLinks[$0]! },
                "changed": changedLinks,
            ],
            "involvement": involvement,
        ]
    }

    func testEveryPairOfStatesDiffsAsTheirExports() throws {
        for from in 0...5 {
            for to in 0...5 {
                let result = try cli.run(["diff", "\(from)", "#\(to)", "--format", "json"])
                XCTAssertEqual(result.status, 0, result.stderr)
                let diff = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
                let want = expected(from, to)
                for key in ["nodes", "links", "involvement"] {
                    XCTAssertEqual(diff[key] as? NSDictionary, want[key] as? NSDictionary, "diff \(from) \(to): \(key)")
                }
                XCTAssertEqual((diff["from"] as? [String: Any])?["change_set"] as? Int, from)
                XCTAssertEqual((diff["to"] as? [String: Any])?["change_set"] as? Int, to)
                if from == to {
                    XCTAssertEqual(diff["gaps"] as? NSDictionary, ["opened": [], "closed": []] as NSDictionary)
                }
            }
        }
    }

    func testGapsOpenedAndClosedAndTheTable() throws {
        let result = try cli.run(["diff", "1", "2"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let time = { (n: Int) in (try self.cli.changeSets().first { $0["number"] as? Int == n }?["time"] as? String ?? "") }
        XCTAssertEqual(
            result.stdout,
            """
            diff 1 (#1, \(try time(1).replacingOccurrences(of: "T", with: " "))) → 2 (#2, \(try time(2).replacingOccurrences(of: "T", with: " ")))

            Nodes changed (1)
              ~ Sandra Özdemir (person): power 5 → 4; steps (none) → frame, goals

            Involvement per step (2)
              frame (kaders): joined Sandra Özdemir
              goals (doelen): joined Sandra Özdemir

            Gaps closed (1)
              high  uninvolved-influencer  Sandra Özdemir (person) has high power (5) and influences Pieter Hoekstra (person) but is in no step — involve them from the frame step

            """)
        let same = try cli.run(["diff", "now", "now"])
        XCTAssertTrue(same.stdout.hasSuffix("\n\nNothing changed.\n"), same.stdout)
    }

    func testDefaultsAndStatesByDateAndSnapshot() throws {
        // Without a snapshot FROM is the empty graph; a date before the first change set is too.
        let all = try cli.run(["diff", "--format", "json"])
        let early = try cli.run(["diff", "2000-01-01", "now", "--format", "json"])
        XCTAssertEqual(all.stdout.replacingOccurrences(of: "\"ref\": \"empty\"", with: "\"ref\": \"2000-01-01\""), early.stdout)
        XCTAssertTrue(all.stdout.hasPrefix("{\"from\": {\"ref\": \"empty\", \"change_set\": 0, \"time\": null}"), all.stdout)
        // Today's date is the state now.
        let today = String(ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate]))
        let byDate = try cli.run(["diff", today, "now", "--format", "json"])
        XCTAssertTrue(byDate.stdout.contains("\"nodes\": {\"added\": [], \"removed\": [], \"changed\": []}"), byDate.stdout)

        XCTAssertEqual(try cli.run(["snapshot", "sessie-1", "--note", "na de sessie"]).stderr, "snapshot sessie-1: the state after #5\n")
        XCTAssertEqual(try cli.run(["set", "Frank Lammers", "--level", "adviseren"]).status, 0)
        let sinceSnapshot = try cli.run(["diff", "--format", "json"])
        let diff = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sinceSnapshot.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((diff["from"] as? [String: Any])?["ref"] as? String, "sessie-1")
        let changed = try XCTUnwrap((diff["nodes"] as? [String: Any])?["changed"] as? [[String: Any]])
        XCTAssertEqual(changed.map { $0["id"] as? String }, ["frank-lammers"])
        XCTAssertEqual(
            changed[0]["changes"] as? NSDictionary, ["level": ["from": "inform", "to": "advise"]] as NSDictionary)
    }

    func testANameThatLooksSignedIsASnapshotAndTheLastDayIsNow() throws {
        XCTAssertEqual(try cli.run(["snapshot", "+3"]).stderr, "snapshot +3: the state after #5\n")
        let named = try cli.run(["diff", "+3", "now", "--format", "json"])
        XCTAssertTrue(named.stdout.hasPrefix("{\"from\": {\"ref\": \"+3\", \"change_set\": 5,"), named.stdout)
        let last = try cli.run(["diff", "9999-12-31", "--format", "json"])
        XCTAssertTrue(last.stdout.hasPrefix("{\"from\": {\"ref\": \"9999-12-31\", \"change_set\": 5,"), last.stdout)
    }

    func testBadStatesExit65WithWhatIsPossible() throws {
        XCTAssertEqual(try cli.run(["snapshot", "sessie-1"]).status, 0)
        let cases = [
            (["diff", "sessie-9"], "stakemap: \"sessie-9\" is not a snapshot, a change-set number, a date (YYYY-MM-DD) or now; the snapshots are sessie-1\n"),
            (["diff", "#12"], "stakemap: there is no change set #12: the latest is #5 (see `stakemap history`)\n"),
            (["diff", "2026-02-30"], "stakemap: \"2026-02-30\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12\n"),
            (["snapshot", "sessie-1"], "stakemap: there is already a snapshot \"sessie-1\" (of #5, "),
            (["snapshot", "2026-03-12"], "stakemap: \"2026-03-12\" reads as a change set, a date or now; give the snapshot a name with a word in it, such as sessie-2026-03-12; nothing was changed\n"),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 65, arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.hasPrefix(message), result.stderr)
        }
    }
}
