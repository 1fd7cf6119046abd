import StakeMapKit
import XCTest

/// Every gap rule: a case where it fires and the near misses where it must not.
final class GapRuleTests: XCTestCase {
    typealias F = Fixture

    // MARK: uninvolved-unit

    func testUninvolvedUnitFiresForInternalUnitWithNobodyInvolved() throws {
        let nodes = [
            F.unit("gemeente"), F.unit("ruimte"), F.unit("verkeer"), F.unit("groen"),
            F.person("piet"),  // in groen, but in no step
        ]
        let links = [
            F.link("ruimte", .memberOf, "gemeente"), F.link("verkeer", .memberOf, "ruimte"),
            F.link("groen", .memberOf, "ruimte"), F.link("piet", .memberOf, "groen"),
        ]
        XCTAssertEqual(try F.found("uninvolved-unit", nodes, links), ["gemeente", "groen", "ruimte", "verkeer"])
    }

    func testUnitInvolvedOnlyThroughPersonInNestedSubUnitIsNoGapNorAreItsParents() throws {
        let nodes = [
            F.unit("gemeente"), F.unit("ruimte"), F.unit("verkeer"), F.unit("groen"),
            F.person("anna", steps: [.goals]),
        ]
        let links = [
            F.link("ruimte", .memberOf, "gemeente"), F.link("verkeer", .memberOf, "ruimte"),
            F.link("groen", .memberOf, "ruimte"), F.link("anna", .memberOf, "verkeer"),
        ]
        // groen, the sibling, has nobody: only it is a gap.
        XCTAssertEqual(try F.found("uninvolved-unit", nodes, links), ["groen"])
    }

    func testUnitInvolvedByItsOwnStepsOrANestedUnitsSteps() throws {
        let nodes = [F.unit("gemeente"), F.unit("ruimte", steps: [.frame]), F.unit("dienst", steps: [.plan])]
        let links = [F.link("ruimte", .memberOf, "gemeente")]
        XCTAssertEqual(try F.found("uninvolved-unit", nodes, links), [])
    }

    func testUninvolvedUnitIgnoresExternalUnitsAndInvolvementThroughGroups() throws {
        let nodes = [
            F.unit("bedrijf", .external), F.unit("team"), F.group("buurt", steps: [.start]),
            F.person("kees", .external, steps: [.start]),
        ]
        // a member_of edge from the unit to a group does not make it involved
        let links = [F.link("team", .memberOf, "buurt"), F.link("kees", .memberOf, "buurt")]
        XCTAssertEqual(try F.found("uninvolved-unit", nodes, links), ["team"])
    }

    func testUninvolvedUnitSurvivesACycleOfUnits() throws {
        let nodes = [F.unit("a"), F.unit("b"), F.unit("c"), F.person("p", steps: [.frame])]
        let links = [F.link("a", .memberOf, "b"), F.link("b", .memberOf, "a"), F.link("p", .memberOf, "a")]
        XCTAssertEqual(try F.found("uninvolved-unit", nodes, links), ["c"])
    }

    // MARK: uninvolved-influencer

    func testUninvolvedInfluencerFiresOnHighPowerOrInfluenceOnInvolvedOrOnGroup() throws {
        let nodes = [
            F.person("wethouder", power: 5),
            F.person("adviseur", power: 2),  // influences someone involved
            F.person("ambtenaar"),  // influences a group
            F.person("chef"),  // influences an involved unit
            F.person("betrokken", steps: [.frame]),
            F.unit("team"), F.person("teamlid", steps: [.goals]),
            F.group("buurt"),
        ]
        let links = [
            F.link("adviseur", .influences, "betrokken"), F.link("ambtenaar", .influences, "buurt"),
            F.link("chef", .influences, "team"), F.link("teamlid", .memberOf, "team"),
        ]
        XCTAssertEqual(
            try F.found("uninvolved-influencer", nodes, links), ["adviseur", "ambtenaar", "chef", "wethouder"])
    }

    func testInfluenceOnlyOnAnUninvolvedPersonIsNoInfluencerGap() throws {
        let nodes = [F.person("jan", power: 3), F.person("els")]
        let links = [F.link("jan", .influences, "els")]
        XCTAssertEqual(try F.found("uninvolved-influencer", nodes, links), [])
    }

    func testInfluencerRuleSkipsInvolvedPeopleExternalPeopleAndOtherLinks() throws {
        let nodes = [
            F.person("betrokken", power: 5, steps: [.plan]),
            F.person("bewoner", .external, power: 5),
            F.person("collega", power: 3),  // reports to someone involved: not influence
            F.group("buurt"),
        ]
        let links = [
            F.link("betrokken", .influences, "buurt"), F.link("bewoner", .influences, "buurt"),
            F.link("collega", .reportsTo, "betrokken"),
        ]
        XCTAssertEqual(try F.found("uninvolved-influencer", nodes, links), [])
    }

    func testInfluencerMessageSaysWhyAndWhatToDo() throws {
        let store = try F.store(
            [F.person("w", name: "Wethouder De Vries", power: 5), F.group("buurt", name: "Omwonenden")],
            [F.link("w", .influences, "buurt")])
        let gap = try GapFinder.run(store, rules: ["uninvolved-influencer"]).gaps.first
        XCTAssertEqual(
            gap?.message,
            "Wethouder De Vries (person) has high power (5) and influences Omwonenden (group) but is in no step — involve them from the frame step"
        )
    }

    // MARK: unowned-group

    func testUnownedGroupFiresWithoutAnInternalContact() throws {
        let nodes = [
            F.group("buurt"), F.group("ondernemers"), F.group("scholen"), F.group("sportclubs"),
            F.person("pl"), F.unit("team"), F.unit("vereniging", .external), F.person("bewoner", .external),
        ]
        let links = [
            F.link("pl", .contactFor, "buurt"),  // internal person: owned
            F.link("team", .contactFor, "ondernemers"),  // internal unit: owned
            F.link("vereniging", .contactFor, "scholen"),  // external unit: not an owner
            F.link("bewoner", .memberOf, "sportclubs"),  // a member is not a contact
        ]
        XCTAssertEqual(try F.found("unowned-group", nodes, links), ["scholen", "sportclubs"])
    }

    // MARK: step-without-internal

    func testStepWithOnlyExternalPartiesInvolvedHasNoInternal() throws {
        let nodes = [
            F.person("pl", steps: [.frame]),
            F.unit("team", steps: [.plan]),
            F.person("bewoner", .external, steps: [.goals]),
            F.unit("bedrijf", .external, steps: [.goals]),
            F.group("buurt", steps: [.goals, .start]),
        ]
        let report = try GapFinder.run(F.store(nodes), rules: ["step-without-internal"])
        XCTAssertEqual(report.gaps.map(\.node), ["goals", "start"])
        XCTAssertEqual(report.gaps.map(\.name), ["goals (doelen)", "start (starten)"])
        XCTAssertEqual(report.gaps.map(\.kind), ["step", "step"])
    }

    func testStepCoveredByTheOwnStepsOfAnInternalPersonOrUnit() throws {
        let nodes = [F.unit("team"), F.person("anna", steps: [.frame, .goals, .plan, .start])]
        XCTAssertEqual(try F.found("step-without-internal", nodes, [F.link("anna", .memberOf, "team")]), [])
        XCTAssertEqual(
            try F.found("step-without-internal", [F.unit("team", steps: [.frame])]), ["goals", "plan", "start"])
    }

    func testAnEmptyGraphMissesEveryStep() throws {
        XCTAssertEqual(try F.found("step-without-internal", []), ["frame", "goals", "plan", "start"])
    }

    // MARK: unengaged-group

    func testUnengagedGroupFiresWithoutLevelOrSteps() throws {
        let nodes = [F.group("a"), F.group("b", level: .inform), F.group("c", steps: [.start])]
        XCTAssertEqual(try F.found("unengaged-group", nodes), ["a"])
    }

    // MARK: underengaged-key-stakeholder

    func testUnderengagedKeyStakeholderFiresBelowAdvise() throws {
        let nodes = [
            F.person("bewoner", .external, power: 5, interest: 4),  // no level
            F.unit("bedrijf", .external, power: 4, interest: 5, level: .consult),
            F.group("buurt", power: 5, interest: 5, level: .inform),
            F.group("raad", power: 4, interest: 4, level: .advise),  // advise: fine
            F.group("club", power: 5, interest: 3),  // interest not high
            F.group("krant", power: 3, interest: 5),  // power not high
            F.person("wethouder", power: 5, interest: 5),  // internal
            F.unit("afdeling", power: 5, interest: 5),  // internal
        ]
        XCTAssertEqual(try F.found("underengaged-key-stakeholder", nodes), ["bedrijf", "bewoner", "buurt"])
    }

    // MARK: vacant-role

    func testVacantRoleFiresForRequiredRoleNobodyHolds() throws {
        let nodes = [
            F.role("projectleider", required: true), F.role("communicatie", required: true),
            F.role("notulist", required: false), F.person("pl"),
        ]
        let links = [F.link("pl", .hasRole, "communicatie")]
        XCTAssertEqual(try F.found("vacant-role", nodes, links), ["projectleider"])
    }

    func testRequiredRoleWithOnlyOtherLinksIsStillVacant() throws {
        let nodes = [F.role("projectleider", required: true), F.person("pl")]
        XCTAssertEqual(try F.found("vacant-role", nodes, [F.link("pl", .influences, "projectleider")]), ["projectleider"])
    }

    // MARK: unreachable-group

    func testGroupReachedOnlyThroughExternalMemberIsReachable() throws {
        let nodes = [
            F.person("pl", steps: [.frame]), F.person("voorzitter", .external), F.group("buurt"),
            F.group("scholen"),
        ]
        let links = [F.link("pl", .influences, "voorzitter"), F.link("voorzitter", .memberOf, "buurt")]
        XCTAssertEqual(try F.found("unreachable-group", nodes, links), ["scholen"])
    }

    func testReachabilityFollowsMembershipAndLineBothWaysInfluenceAndContactForwards() throws {
        let nodes = [
            F.unit("team"), F.person("anna", steps: [.goals]), F.person("bert"), F.person("chef"),
            F.person("dirk"),
            F.group("via-collega"), F.group("via-chef"), F.group("omgekeerd"), F.group("los"),
        ]
        let links = [
            F.link("anna", .memberOf, "team"), F.link("bert", .memberOf, "team"),
            F.link("bert", .contactFor, "via-collega"),  // anna → team ← bert → group
            F.link("anna", .reportsTo, "chef"), F.link("dirk", .reportsTo, "chef"),
            F.link("dirk", .influences, "via-chef"),  // anna → chef ← dirk → group
            F.link("omgekeerd", .influences, "anna"),  // influence against its direction: no path
            F.link("los", .contactFor, "dirk"),
        ]
        XCTAssertEqual(try F.found("unreachable-group", nodes, links), ["los", "omgekeerd"])
    }

    func testOnlyInvolvedInternalNodesStartPaths() throws {
        let nodes = [
            F.person("pl"),  // internal, not involved
            F.person("bewoner", .external, steps: [.start]),  // involved, but outside
            F.role("rol", required: false), F.person("houder", steps: [.plan]),
            F.group("a"), F.group("b"), F.group("c"),
        ]
        let links = [
            F.link("pl", .contactFor, "a"), F.link("bewoner", .memberOf, "b"),
            F.link("houder", .hasRole, "rol"), F.link("rol", .influences, "c"),  // has_role is no path
        ]
        XCTAssertEqual(try F.found("unreachable-group", nodes, links), ["a", "b", "c"])
    }

    func testAnInvolvedUnitStartsPaths() throws {
        let nodes = [F.unit("team", steps: [.frame]), F.group("buurt")]
        XCTAssertEqual(try F.found("unreachable-group", nodes, [F.link("team", .contactFor, "buurt")]), [])
    }

    // MARK: tool-without-plan

    func testToolWithoutPlanFiresForToolsWithoutLevel() throws {
        let nodes = [
            F.group("buurt", tools: ["OpenStad"]),
            F.group("ondernemers", level: .consult, tools: ["OpenStad", "enquête"]),  // has a level
            F.person("pl", tools: ["Mentimeter"]),
            F.group("scholen"),  // no tools
        ]
        XCTAssertEqual(try F.found("tool-without-plan", nodes), ["buurt", "pl"])
    }

    func testToolWithoutPlanNamesTheTools() throws {
        let store = try F.store([F.group("buurt", name: "Omwonenden", tools: ["OpenStad", "Enquête"])])
        XCTAssertEqual(
            try GapFinder.run(store, rules: ["tool-without-plan"]).gaps.first?.message,
            "Omwonenden (group) has tools (Enquête, OpenStad) but no participation level — decide the level in the plan step first"
        )
    }

    // MARK: isolated

    func testIsolatedFiresForNodesWithoutAnyLink() throws {
        let nodes = [
            F.person("alleen"), F.person("bron"), F.person("doel"), F.unit("leeg"),
            F.role("vacant", required: true), F.group("buurt"),
        ]
        let links = [F.link("bron", .influences, "doel")]  // both ends are linked
        XCTAssertEqual(try F.found("isolated", nodes, links), ["alleen", "buurt", "leeg", "vacant"])
    }

    func testRequiredRoleWithoutLinksIsBothVacantAndIsolated() throws {
        let report = try GapFinder.run(F.store([F.role("projectleider", required: true)]), rules: ["vacant-role", "isolated"])
        XCTAssertEqual(report.gaps.map(\.rule), ["vacant-role", "isolated"])
    }
}
