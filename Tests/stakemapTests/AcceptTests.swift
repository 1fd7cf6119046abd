import Foundation
import XCTest

/// Gaps the team accepts leave `gaps`, its counts, `status` and `--fail-on`,
/// and come back with `unaccept` or `undo`.
final class AcceptTests: XCTestCase {
    private var cli: CLI!

    override func setUpWithError() throws {
        cli = try CLI()
        try cli.importSamples()
    }

    private func gapsJSON() throws -> [String: Any] {
        let result = try cli.run(["gaps", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func testAcceptedGapsLeaveTheCountsAndFailOn() throws {
        XCTAssertEqual(try cli.run(["gaps", "--fail-on", "high"]).status, 1)
        let accepts = [
            ["uninvolved-unit", "Juridische Zaken", "Sluit aan bij het verkeersbesluit"],
            ["uninvolved-influencer", "Sandra Özdemir", "Wethouder Hoekstra houdt haar op de hoogte"],
            ["unowned-group", "Taxichauffeurs", "Loopt via de standplaatsvereniging"],
            ["unengaged-definitive", "Taxichauffeurs", "Gesprek met de standplaatsvereniging gepland"],
        ]
        for (position, accept) in accepts.enumerated() {
            let result = try cli.run(["accept", accept[0], accept[1], "--reason", accept[2]])
            XCTAssertEqual(result.status, 0, result.stderr)
            let sets = try cli.changeSets()
            XCTAssertEqual(sets.count, 6 + position)
            XCTAssertEqual(sets[0]["nodes"] as? [String: Int], ["added": 0, "changed": 0, "removed": 0])
        }
        XCTAssertEqual(
            try cli.run(["accept", "uninvolved-unit", "Juridische Zaken", "--reason", "Sluit aan bij het verkeersbesluit"]).stderr,
            "accepted the uninvolved-unit gap of Juridische Zaken (unit): Sluit aan bij het verkeersbesluit\n")
        let gaps = try gapsJSON()
        XCTAssertEqual(gaps["counts"] as? [String: Int], ["high": 0, "medium": 4, "low": 2])
        XCTAssertEqual(gaps["accepted"] as? Int, 4)
        XCTAssertEqual(try cli.run(["gaps", "--fail-on", "high"]).status, 0)
        XCTAssertEqual(try cli.run(["gaps", "--fail-on", "medium"]).status, 1)
        let table = try cli.run(["gaps"])
        XCTAssertTrue(table.stdout.hasSuffix("\n6 gaps: 0 high, 4 medium, 2 low; 4 accepted (`stakemap gaps --accepted`)\n"), table.stdout)
        XCTAssertFalse(table.stdout.contains("Juridische Zaken"))
        let status = try cli.run(["status"])
        XCTAssertTrue(
            status.stdout.contains(
                "Gaps: 0 high, 4 medium, 2 low — run `stakemap gaps` to see them and what to do\n  (4 more accepted: `stakemap gaps --accepted`)\n"),
            status.stdout)

        let listed = try cli.run(["gaps", "--accepted", "--format", "json"])
        let accepted = try XCTUnwrap(
            (JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])?["accepted"] as? [[String: Any]])
        // In the order of `gaps`: by severity, rule and node.
        XCTAssertEqual(
            accepted.map { $0["node"] as? String },
            ["taxichauffeurs", "s.ozdemir@veldhoven-noord.nl", "gemeente-veldhoven-noord-juridische-zaken", "taxichauffeurs"])
        XCTAssertEqual(
            accepted.map { $0["reason"] as? String }, [accepts[3][2], accepts[1][2], accepts[0][2], accepts[2][2]])

        // Involving the alderman closes the gap: an accepted gap that no longer exists is not listed.
        XCTAssertEqual(try cli.run(["involve", "Sandra Özdemir", "kaders"]).status, 0)
        XCTAssertEqual(try gapsJSON()["accepted"] as? Int, 3)
        let text = try cli.run(["gaps", "--accepted"])
        XCTAssertTrue(
            text.stdout.hasPrefix(
                "HIGH  unengaged-definitive  Taxichauffeurs (group)\n    Gesprek met de standplaatsvereniging gepland\n    — "),
            text.stdout)
        XCTAssertTrue(text.stdout.hasSuffix("\n\n3 accepted gaps\n"), text.stdout)

        let back = try cli.run(["unaccept", "unowned-group", "Taxichauffeurs"])
        XCTAssertEqual(back.stderr, "the unowned-group gap of Taxichauffeurs (group) counts again\n")
        XCTAssertEqual(try gapsJSON()["counts"] as? [String: Int], ["high": 1, "medium": 4, "low": 2])
    }

    func testAcceptingAGapThatDoesNotExistListsTheNodesGaps() throws {
        try cli.assertRefused(
            ["accept", "vacant-role", "Juridische Zaken", "--reason", "x"],
            saying: "stakemap: Juridische Zaken (unit) has no vacant-role gap to accept; it has only these gaps now: uninvolved-unit "
                + "(see `stakemap gaps`); nothing was changed\n")
        try cli.assertRefused(
            ["accept", "isolated", "Pieter Hoekstra", "--reason", "x"],
            saying: "stakemap: Pieter Hoekstra (person) has no isolated gap to accept; it has no gaps now (see `stakemap gaps`); "
                + "nothing was changed\n")
        try cli.assertRefused(
            ["accept", "no-such-rule", "Pieter Hoekstra", "--reason", "x"],
            saying: "stakemap: there is no gap rule \"no-such-rule\"; the rules are \(GapRuleList.text); nothing was changed\n")
        try cli.assertRefused(
            ["unaccept", "uninvolved-unit", "Juridische Zaken"],
            saying: "stakemap: the uninvolved-unit gap of Juridische Zaken (unit) was not accepted (see `stakemap gaps --accepted`); "
                + "nothing was changed\n")
    }

    func testAnAcceptanceFollowsARenameGoesWithARemoveAndAReAcceptUndoes() throws {
        XCTAssertEqual(try cli.run(["accept", "unowned-group", "Taxichauffeurs", "--reason", "een"]).status, 0)
        XCTAssertEqual(try cli.run(["accept", "unowned-group", "Taxichauffeurs", "--reason", "twee"]).status, 0)
        let undo = try cli.run(["undo"])
        XCTAssertEqual(undo.stderr, "undid #7 (stakemap accept unowned-group Taxichauffeurs --reason twee): 1 accepted gap changed back\n")
        XCTAssertTrue(try cli.run(["gaps", "--accepted"]).stdout.contains("\n    een\n"))
        XCTAssertEqual(try cli.run(["rename", "Taxichauffeurs", "Taxibedrijven"]).status, 0)
        XCTAssertTrue(try cli.run(["gaps", "--accepted"]).stdout.hasPrefix("HIGH  unowned-group  Taxibedrijven (group)\n"))
        // A new node under the old id is not covered; removing the node drops its acceptance.
        XCTAssertEqual(try cli.run(["add", "group", "Taxichauffeurs"]).status, 0)
        XCTAssertEqual(try cli.run(["remove", "Taxibedrijven"]).status, 0)
        XCTAssertEqual(try cli.run(["gaps", "--accepted"]).stdout, "No accepted gaps.\n")
        XCTAssertEqual(try cli.run(["undo"]).status, 0)
        XCTAssertTrue(try cli.run(["gaps", "--accepted"]).stdout.hasPrefix("HIGH  unowned-group  Taxibedrijven (group)\n"))
    }

    func testUndoTakesAnAcceptBack() throws {
        let before = try gapsJSON()
        XCTAssertEqual(try cli.run(["accept", "uninvolved-unit", "Juridische Zaken", "--reason", "later"]).status, 0)
        let undo = try cli.run(["undo"])
        XCTAssertEqual(
            undo.stderr,
            "undid #6 (stakemap accept uninvolved-unit Juridische Zaken --reason later): 1 accepted gap changed back\n")
        XCTAssertEqual(try gapsJSON() as NSDictionary, before as NSDictionary)
        XCTAssertEqual(try cli.run(["gaps", "--accepted"]).stdout, "No accepted gaps.\n")
    }
}

/// The rule ids as the error lists them.
private enum GapRuleList {
    static let text =
        "step-without-internal, unengaged-definitive, uninvolved-influencer, uninvolved-unit, unowned-group, "
        + "underengaged-key-stakeholder, "
        + "unengaged-group, unreachable-group, vacant-role, isolated, tool-without-plan"
}
