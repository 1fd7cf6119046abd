import Foundation
import GRDB
import XCTest

@testable import StakeMapKit

/// The salience classes (Mitchell, Agle & Wood 1997), the report of
/// `stakemap salience`, and the gap rule `unengaged-definitive` with its near misses.
final class SalienceTests: XCTestCase {
    private typealias F = Fixture

    func testEveryClassAndNone() {
        let cases: [(Int?, Int?, Int?, Salience?)] = [
            (nil, nil, nil, nil),
            (5, nil, nil, .dormant), (nil, 4, nil, .discretionary), (nil, nil, 4, .demanding),
            (4, 5, nil, .dominant), (5, nil, 4, .dangerous), (nil, 4, 4, .dependent), (4, 4, 4, .definitive),
            (3, nil, nil, .nonStakeholder), (1, 2, 3, .nonStakeholder), (nil, 3, nil, .nonStakeholder),
            // Set but low scores do not change a class: only 4 and 5 are high.
            (5, 3, 3, .dormant), (2, 5, 1, .discretionary), (3, 3, 5, .demanding),
            (5, 5, 3, .dominant), (4, 1, 5, .dangerous), (3, 4, 5, .dependent), (5, 5, 5, .definitive),
        ]
        for (power, legitimacy, urgency, expected) in cases {
            XCTAssertEqual(
                Salience(power: power, legitimacy: legitimacy, urgency: urgency), expected,
                "power \(String(describing: power)), legitimacy \(String(describing: legitimacy)), urgency \(String(describing: urgency))")
        }
        XCTAssertEqual(
            Salience.allCases.map(\.rawValue),
            ["definitive", "dominant", "dangerous", "dependent", "dormant", "discretionary", "demanding", "non-stakeholder"])
        XCTAssertEqual(Node(id: "a", kind: .group, side: .external, name: "A", power: 4, legitimacy: 4, urgency: 5).salience, .definitive)
        XCTAssertNil(Node(id: "a", kind: .group, side: .external, name: "A", interest: 5).salience)
    }

    func testTheReportGroupsMostSalientFirstAndCountsTheUnclassed() throws {
        let store = try F.store([
            Node(id: "b", kind: .group, side: .external, name: "B", power: 4, legitimacy: 4, urgency: 4),
            Node(id: "a", kind: .person, side: .internal, name: "A", power: 5, level: .codecide, legitimacy: 5, urgency: 5),
            Node(id: "c", kind: .unit, side: .external, name: "C", power: 4, path: "C"),
            Node(id: "d", kind: .group, side: .external, name: "D", power: 2, legitimacy: 1),
            Node(id: "e", kind: .group, side: .external, name: "E", interest: 5),
            Node(id: "r", kind: .role, side: .internal, name: "R", required: true),
        ])
        let report = try SalienceReport.compute(store)
        XCTAssertEqual(report.classes.map(\.salience), Salience.allCases)
        XCTAssertEqual(report.members(.definitive).map(\.id), ["a", "b"])
        XCTAssertEqual(report.members(.dormant).map(\.id), ["c"])
        XCTAssertEqual(report.members(.nonStakeholder).map(\.id), ["d"])
        XCTAssertEqual(report.unclassified, 1)  // e; the role is not counted
        XCTAssertEqual(
            report.json(),
            """
            {"classes": [
              {"class": "definitive", "members": [
                {"id": "a", "name": "A", "kind": "person", "side": "internal", "power": 5, "legitimacy": 5, "urgency": 5, "level": "codecide"},
                {"id": "b", "name": "B", "kind": "group", "side": "external", "power": 4, "legitimacy": 4, "urgency": 4, "level": null}
              ]},
              {"class": "dominant", "members": []},
              {"class": "dangerous", "members": []},
              {"class": "dependent", "members": []},
              {"class": "dormant", "members": [
                {"id": "c", "name": "C", "kind": "unit", "side": "external", "power": 4, "legitimacy": null, "urgency": null, "level": null}
              ]},
              {"class": "discretionary", "members": []},
              {"class": "demanding", "members": []},
              {"class": "non-stakeholder", "members": [
                {"id": "d", "name": "D", "kind": "group", "side": "external", "power": 2, "legitimacy": 1, "urgency": null, "level": null}
              ]}
            ], "unclassified": 1}

            """)
        XCTAssertEqual(
            report.table(in: .nl),
            """
            Saillantie (Mitchell, Agle & Wood 1997): welke van macht, legitimiteit en
            urgentie hoog zijn (4 of 5), meest saillant eerst

            definitief (macht, legitimiteit, urgentie): 2
              A [a], persoon: macht 5, legitimiteit 5, urgentie 5, niveau meebeslissen
              B [b], doelgroep: macht 4, legitimiteit 4, urgentie 4, geen niveau

            slapend (macht): 1
              C [c], organisatie: macht 4, geen niveau

            geen stakeholder (niets hoog): 1
              D [d], doelgroep: macht 2, legitimiteit 1, geen niveau

            1 persoon, afdeling of doelgroep heeft geen macht, legitimiteit of urgentie:
            geen klasse

            """)
        XCTAssertEqual(
            try SalienceReport.compute(F.store([F.group("e", interest: 5)])).table(in: .en),
            "Nobody has power, legitimacy or urgency yet: set them with --power, --legitimacy, --urgency.\n")
    }

    // MARK: unengaged-definitive

    func testUnengagedDefinitiveAndItsNearMisses() throws {
        func node(_ id: String, _ kind: NodeKind, _ side: Side, legitimacy: Int = 4, level: Level? = nil) -> Node {
            Node(
                id: id, kind: kind, side: side, name: id, power: 5, level: level, path: kind == .unit ? id : nil,
                required: kind == .role ? false : nil, legitimacy: legitimacy, urgency: 4)
        }
        let nodes = [
            node("bewoner", .person, .external),  // no level: gap
            node("bedrijf", .unit, .external, level: .consult),  // consult: gap
            node("buurt", .group, .external, level: .inform),  // inform: gap
            node("raad", .group, .external, level: .advise),  // advise: no gap
            node("club", .group, .external, level: .codecide),  // codecide: no gap
            node("krant", .group, .external, legitimacy: 3),  // legitimacy 3: dangerous, not definitive
            node("wethouder", .person, .internal),  // internal: no gap
            node("afdeling", .unit, .internal),  // internal: no gap
            Node(id: "rol", kind: .role, side: .internal, name: "rol", required: true),  // a role: never
        ]
        XCTAssertEqual(try F.found("unengaged-definitive", nodes), ["bedrijf", "bewoner", "buurt"])
        let gaps = try GapFinder.run(F.store(nodes), rules: ["unengaged-definitive"]).gaps
        XCTAssertEqual(gaps.map(\.severity), [.high, .high, .high])
        XCTAssertEqual(
            gaps.map(\.message),
            [
                "bedrijf (unit) is definitive — high power (5), legitimacy (4) and urgency (4) — but only level consult — give them advise or higher now",
                "bewoner (person) is definitive — high power (5), legitimacy (4) and urgency (4) — but no participation level — give them advise or higher now",
                "buurt (group) is definitive — high power (5), legitimacy (4) and urgency (4) — but only level inform — give them advise or higher now",
            ])
        XCTAssertEqual(GapFinder.severities["unengaged-definitive"], .high)
    }

    // MARK: the columns through the store

    func testUpdateAndUndoKeepLegitimacyAndUrgency() throws {
        let store = try F.store([F.group("buurt", power: 5)])
        let set = try GraphEditor.set(store, "buurt", [("legitimacy", "4"), ("urgency", "5")])
        XCTAssertEqual(set.text(in: .en), "changed buurt (group): legitimacy (unset) → 4; urgency (unset) → 5")
        XCTAssertEqual(try store.loadGraph().nodes[0].salience, .definitive)
        _ = try GraphEditor.set(store, "buurt", [], unset: ["urgency"])
        XCTAssertEqual(try store.loadGraph().nodes[0].urgency, nil)
        XCTAssertEqual(try store.loadGraph().nodes[0].salience, .dominant)
        _ = try GraphEditor.undo(store)
        XCTAssertEqual(try store.loadGraph().nodes[0].urgency, 5)
        _ = try GraphEditor.undo(store)
        let node = try store.loadGraph().nodes[0]
        XCTAssertEqual([node.power, node.legitimacy, node.urgency], [5, nil, nil])
    }
}
