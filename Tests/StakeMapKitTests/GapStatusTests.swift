import StakeMapKit
import XCTest

/// `stakemap status`: counts, involvement per step, gap counts, and the screen.
final class GapStatusTests: XCTestCase {
    typealias F = Fixture

    func testCountsInvolvementPerStepAndGaps() throws {
        let status = try ProjectStatus.compute(GapReportTests.allRulesStore())
        XCTAssertEqual(status.nodes[.person], NodeCount(internal: 2, external: 1, involved: 1))
        XCTAssertEqual(status.nodes[.unit], NodeCount(internal: 2, external: 0, involved: 1))
        XCTAssertEqual(status.nodes[.role], NodeCount(internal: 1, external: 0, involved: 0))
        XCTAssertEqual(status.nodes[.group], NodeCount(internal: 0, external: 2, involved: 1))
        XCTAssertEqual(status.links, 5)
        XCTAssertEqual(
            status.steps,
            [
                StepInvolvement(step: .frame, internalPeople: 1, internalUnits: 0, groups: 0, externalOthers: 0),
                StepInvolvement(step: .goals, internalPeople: 0, internalUnits: 0, groups: 0, externalOthers: 0),
                StepInvolvement(step: .plan, internalPeople: 0, internalUnits: 0, groups: 0, externalOthers: 0),
                StepInvolvement(step: .start, internalPeople: 0, internalUnits: 0, groups: 0, externalOthers: 0),
            ])
        XCTAssertEqual(status.gapCounts, [.high: 7, .medium: 4, .low: 2])
    }

    func testStepCountsSplitInsideAndOutside() throws {
        let store = try F.store([
            F.person("a", steps: [.frame, .goals]), F.person("b", steps: [.goals]), F.unit("t", steps: [.frame]),
            F.unit("u", .external, steps: [.start]), F.person("x", .external, steps: [.start]),
            F.group("g", steps: [.start, .goals]),
        ])
        let steps = try ProjectStatus.compute(store).steps
        XCTAssertEqual(steps[0], StepInvolvement(step: .frame, internalPeople: 1, internalUnits: 1, groups: 0, externalOthers: 0))
        XCTAssertEqual(steps[1], StepInvolvement(step: .goals, internalPeople: 2, internalUnits: 0, groups: 1, externalOthers: 0))
        XCTAssertEqual(steps[3], StepInvolvement(step: .start, internalPeople: 0, internalUnits: 0, groups: 1, externalOthers: 2))
    }

    func testRenderMakesTheFrameStepProminent() throws {
        let store = try F.store([F.person("a", steps: [.frame]), F.unit("t", steps: [.frame, .plan])])
        let screen = try ProjectStatus.compute(store).render()
        XCTAssertTrue(
            screen.hasPrefix(
                "frame (kaders): 1 internal person and 1 unit involved — good, 9 out of 10\n  trajectories skip this step\n"),
            screen)
    }

    func testRenderWarnsWhenNobodyInsideIsInTheFrameStep() throws {
        let store = try F.store([F.person("a", steps: [.goals]), F.person("x", .external, steps: [.frame])])
        let screen = try ProjectStatus.compute(store).render()
        XCTAssertTrue(screen.hasPrefix("WARNING frame (kaders): nobody internal is involved"), screen)
        XCTAssertTrue(screen.contains("\n! frame (kaders)  "), screen)
    }

    func testRenderExactScreen() throws {
        let screen = try ProjectStatus.compute(GapReportTests.allRulesStore()).render()
        XCTAssertEqual(
            screen,
            """
            frame (kaders): 1 internal person involved — good, 9 out of 10 trajectories skip
              this step

                        total  internal  external  involved
              people        3         2         1         1
              units         2         2         0         1
              roles         1         1         0         -
              groups        2         0         2         1
              links         5

              step               internal people  internal units  groups  external others
              frame (kaders)                   1               0       0                0
            ! goals (doelen)                   0               0       0                0
            ! plan                             0               0       0                0
            ! start (starten)                  0               0       0                0
              (! = nobody internal is involved in this step)

            Gaps: 7 high, 4 medium, 2 low — run `stakemap gaps` to see them and what to do

            """)
        for line in screen.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 80, String(line)) }
    }
}
