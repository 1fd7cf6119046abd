import StakeMapKit
import XCTest

/// The report as a whole: all ten rules together, sorting, filtering, the formats.
final class GapReportTests: XCTestCase {
    typealias F = Fixture

    /// A small trajectory in which every rule finds something.
    static func allRulesStore() throws -> StakeMapStore {
        try F.store(
            [
                F.unit("gemeente-oss", name: "Gemeente Oss"),
                F.unit("gemeente-oss-verkeer", name: "Verkeer"),
                F.person("anna", name: "Anna de Boer", steps: [.frame]),
                F.person("wethouder", name: "Wethouder Jansen", power: 5),
                F.group("omwonenden", name: "Omwonenden", tools: ["OpenStad"]),
                Node(
                    id: "ondernemers", kind: .group, side: .external, name: "Ondernemers", power: 5, interest: 4,
                    level: .consult, legitimacy: 4, urgency: 5),
                F.role("projectleider", name: "Projectleider", required: true),
                F.person("bewoner", .external, name: "Bewoner"),
            ],
            [
                F.link("gemeente-oss-verkeer", .memberOf, "gemeente-oss"),
                F.link("anna", .memberOf, "gemeente-oss"),
                F.link("wethouder", .memberOf, "gemeente-oss"),
                F.link("anna", .contactFor, "ondernemers"),
                F.link("bewoner", .memberOf, "omwonenden"),
            ])
    }

    func testAllTenRulesExactJSON() throws {
        let report = try GapFinder.run(Self.allRulesStore())
        XCTAssertEqual(Set(report.gaps.map(\.rule)), Set(GapFinder.ruleIDs))
        let expected = """
            {"gaps": [
              {"rule": "step-without-internal", "severity": "high", "node": "goals", "name": "goals (doelen)", "kind": "step", "message": "Nobody internal is involved in the goals (doelen) step — add colleagues or units to it"},
              {"rule": "step-without-internal", "severity": "high", "node": "plan", "name": "plan", "kind": "step", "message": "Nobody internal is involved in the plan step — add colleagues or units to it"},
              {"rule": "step-without-internal", "severity": "high", "node": "start", "name": "start (starten)", "kind": "step", "message": "Nobody internal is involved in the start (starten) step — add colleagues or units to it"},
              {"rule": "unengaged-definitive", "severity": "high", "node": "ondernemers", "name": "Ondernemers", "kind": "group", "message": "Ondernemers (group) is definitive — high power (5), legitimacy (4) and urgency (5) — but only level consult — give them advise or higher now"},
              {"rule": "uninvolved-influencer", "severity": "high", "node": "wethouder", "name": "Wethouder Jansen", "kind": "person", "message": "Wethouder Jansen (person) has high power (5) but is in no step — involve them from the frame step"},
              {"rule": "uninvolved-unit", "severity": "high", "node": "gemeente-oss-verkeer", "name": "Verkeer", "kind": "unit", "message": "Verkeer (unit) has nobody involved in any step — invite someone to the frame step"},
              {"rule": "unowned-group", "severity": "high", "node": "omwonenden", "name": "Omwonenden", "kind": "group", "message": "Omwonenden (group) has no internal contact — make a colleague or unit contact_for it"},
              {"rule": "underengaged-key-stakeholder", "severity": "medium", "node": "ondernemers", "name": "Ondernemers", "kind": "group", "message": "Ondernemers (group) has high power (5) and interest (4) but only level consult — raise it to advise or higher"},
              {"rule": "unengaged-group", "severity": "medium", "node": "omwonenden", "name": "Omwonenden", "kind": "group", "message": "Omwonenden (group) has no participation level and no steps — choose its level (inform to codecide) in the goals step"},
              {"rule": "unreachable-group", "severity": "medium", "node": "omwonenden", "name": "Omwonenden", "kind": "group", "message": "Omwonenden (group) cannot be reached from anyone involved inside — make an involved colleague its contact, or link it to someone who is"},
              {"rule": "vacant-role", "severity": "medium", "node": "projectleider", "name": "Projectleider", "kind": "role", "message": "Projectleider (role) is required but nobody holds it — assign it to a colleague"},
              {"rule": "isolated", "severity": "low", "node": "projectleider", "name": "Projectleider", "kind": "role", "message": "Projectleider (role) has no links at all — assign it to a colleague, or remove it"},
              {"rule": "tool-without-plan", "severity": "low", "node": "omwonenden", "name": "Omwonenden", "kind": "group", "message": "Omwonenden (group) has tools (OpenStad) but no participation level — decide the level in the plan step first"}
            ], "counts": {"high": 7, "medium": 4, "low": 2}, "accepted": 0}

            """
        XCTAssertEqual(report.json(), expected)
        XCTAssertEqual(report.counts, [.high: 7, .medium: 4, .low: 2])
    }

    func testJSONIsValidAndEscapesUserText() throws {
        let store = try F.store([F.person("p\"1", name: "Back\\slash \"quoted\"\nline\ttab\u{1}")])
        let json = try GapFinder.run(store, rules: ["isolated"]).json()
        XCTAssertTrue(json.contains(#""node": "p\"1", "name": "Back\\slash \"quoted\"\nline\ttab\u0001""#), json)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let gaps = decoded?["gaps"] as? [[String: String]]
        XCTAssertEqual(gaps?.first?["name"], "Back\\slash \"quoted\"\nline\ttab\u{1}")
        XCTAssertEqual(decoded?["counts"] as? [String: Int], ["high": 0, "medium": 0, "low": 1])
    }

    func testEmptyReport() throws {
        let report = try GapFinder.run(Self.allRulesStore(), rules: ["isolated"], minimum: .medium)
        XCTAssertEqual(report.gaps, [])
        XCTAssertEqual(report.json(), #"{"gaps": [], "counts": {"high": 0, "medium": 0, "low": 0}, "accepted": 0}"# + "\n")
        XCTAssertEqual(report.csv(), "rule,severity,node,name,kind,message\n")
        XCTAssertEqual(report.table(), "No gaps found.\n")
        XCTAssertNil(report.highestSeverity)
    }

    // MARK: sorting and filtering

    func testSortedBySeverityThenRuleThenNodeIdInByteOrder() throws {
        let store = try F.store([
            F.person("b"), F.person("B"), F.person("a"), F.group("Z"), F.group("y"), F.role("r", required: true),
        ])
        let report = try GapFinder.run(store)
        let keys = report.gaps.map { "\($0.severity.rawValue) \($0.rule) \($0.node)" }
        XCTAssertEqual(
            keys,
            [
                "high step-without-internal frame", "high step-without-internal goals",
                "high step-without-internal plan", "high step-without-internal start",
                "high unowned-group Z", "high unowned-group y",
                "medium unengaged-group Z", "medium unengaged-group y",
                "medium unreachable-group Z", "medium unreachable-group y",
                "medium vacant-role r",
                "low isolated B", "low isolated Z", "low isolated a", "low isolated b", "low isolated r",
                "low isolated y",
            ])
    }

    func testFilterByRule() throws {
        let report = try GapFinder.run(Self.allRulesStore(), rules: ["isolated", "unowned-group", "isolated"])
        XCTAssertEqual(report.gaps.map(\.rule), ["unowned-group", "isolated"])
        XCTAssertEqual(report.counts, [.high: 1, .medium: 0, .low: 1])
    }

    func testFilterByMinimumSeverity() throws {
        let medium = try GapFinder.run(Self.allRulesStore(), minimum: .medium)
        XCTAssertEqual(medium.gaps.count, 11)
        XCTAssertFalse(medium.gaps.contains { $0.severity == .low })
        XCTAssertEqual(medium.counts, [.high: 7, .medium: 4, .low: 0])
        let high = try GapFinder.run(Self.allRulesStore(), minimum: .high)
        XCTAssertEqual(high.counts, [.high: 7, .medium: 0, .low: 0])
        XCTAssertEqual(high.highestSeverity, .high)
        let low = try GapFinder.run(Self.allRulesStore(), minimum: .low)
        XCTAssertEqual(low.gaps.count, 13)
    }

    func testFilterByRuleAndSeverityTogether() throws {
        let report = try GapFinder.run(Self.allRulesStore(), rules: ["vacant-role", "isolated"], minimum: .medium)
        XCTAssertEqual(report.gaps.map(\.rule), ["vacant-role"])
        XCTAssertEqual(report.counts, [.high: 0, .medium: 1, .low: 0])
        XCTAssertEqual(report.highestSeverity, .medium)
    }

    func testUnknownRuleIsAnError() throws {
        XCTAssertThrowsError(try GapFinder.run(Self.allRulesStore(), rules: ["uninvolved-units"])) { error in
            XCTAssertEqual(error as? StakeMapError, .unknownRule("uninvolved-units"))
            XCTAssertTrue((error as? StakeMapError)?.description.contains("uninvolved-unit,") ?? false)
        }
    }

    func testRuleIDsAndSeverities() {
        XCTAssertEqual(
            GapFinder.ruleIDs,
            [
                "step-without-internal", "unengaged-definitive", "uninvolved-influencer", "uninvolved-unit",
                "unowned-group", "underengaged-key-stakeholder", "unengaged-group", "unreachable-group", "vacant-role",
                "isolated", "tool-without-plan",
            ])
        XCTAssertEqual(GapFinder.severities["unreachable-group"], .medium)
        XCTAssertEqual(Severity.allCases.sorted(), [.low, .medium, .high])
        XCTAssertTrue(Severity.high > .medium && Severity.medium > .low)
    }

    // MARK: csv and table

    func testCSVQuotesAsRFC4180() throws {
        let store = try F.store([
            F.person("p1", name: "Jansen, Piet"), F.person("p2", name: "De \"Baas\""), F.person("p3", name: "Twee\nregels"),
        ])
        let csv = try GapFinder.run(store, rules: ["isolated"]).csv()
        XCTAssertEqual(
            csv,
            #"""
            rule,severity,node,name,kind,message
            isolated,low,p1,"Jansen, Piet",person,"Jansen, Piet (person) has no links at all — add their unit, groups or influence, or remove them"
            isolated,low,p2,"De ""Baas""",person,"De ""Baas"" (person) has no links at all — add their unit, groups or influence, or remove them"
            isolated,low,p3,"Twee
            regels",person,"Twee
            regels (person) has no links at all — add their unit, groups or influence, or remove them"

            """#)
    }

    func testTableGroupsBySeverityWithCounts() throws {
        let report = try GapFinder.run(Self.allRulesStore(), rules: ["uninvolved-unit", "vacant-role", "unowned-group"])
        XCTAssertEqual(
            report.table(),
            """
            HIGH (2)
              uninvolved-unit  Verkeer (unit) has nobody involved in any step — invite
                               someone to the frame step
              unowned-group    Omwonenden (group) has no internal contact — make a colleague
                               or unit contact_for it

            MEDIUM (1)
              vacant-role      Projectleider (role) is required but nobody holds it — assign
                               it to a colleague

            3 gaps: 2 high, 1 medium, 0 low

            """)
    }

    func testTableFitsTheWidth() throws {
        let report = try GapFinder.run(Self.allRulesStore())
        for width in [80, 60, 40, 120] {
            let table = report.table(width: width)
            for line in table.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.count, width, "\(width): \(line)")
            }
            XCTAssertTrue(table.hasPrefix("HIGH (7)\n"))
            XCTAssertTrue(table.contains("\nMEDIUM (4)\n"))
            XCTAssertTrue(table.contains("\nLOW (2)\n"))
            XCTAssertTrue(table.hasSuffix("\n13 gaps: 7 high, 4 medium, 2 low\n"))
            // every word of every message is there, wrapped or not
            let words = table.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for gap in report.gaps where width >= 40 {
                XCTAssertTrue(words.contains(gap.message), "\(width): \(gap.message)")
            }
        }
    }
}
