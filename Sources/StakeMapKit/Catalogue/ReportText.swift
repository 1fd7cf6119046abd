/// The words of `stakemap report`: headings, explanations, table headings and
/// the sentences around the tables. Names and values come from the graph.
public enum ReportText: CatalogueText, Equatable {
    /// The page's title: `Participation report — Stationsplein`.
    case title(project: String)
    /// Under the title: when and from which database.
    case made(date: String, database: String)
    case contents
    case heading(ReportSection)
    /// What a section shows and why, in a sentence or two.
    case intro(ReportSection)
    case column(ReportColumn)
    /// The frame step has people or units inside.
    case frameInvolved(people: Int, units: Int)
    case frameMissing
    /// What happens in a step.
    case stepPurpose(InvolvementStep)
    /// Who takes part in a step, inside and outside.
    case stepInside(people: Int, units: Int)
    case stepOutside(groups: Int, others: Int)
    /// A step's state: somebody inside takes part, or nobody does.
    case stepState(covered: Bool)
    case gapCounts(high: Int, medium: Int, low: Int, accepted: Int)
    /// A table cut short: `and 1,200 more — ` before the command that lists them all.
    case more(Int)
    /// A section with nothing to show.
    case empty(ReportSection)
    /// The map folds people into units past this many people.
    case mapFolded(people: Int)
    /// The map's search box and zoom buttons (added by the script).
    case mapControl(MapControl)
    /// `3 found` / `not found`, written by the script.
    case mapFound
    case mapNotFound
    case noLevel
    /// Under the one finding the gaps summary shows of a rule that found several.
    case forExample
    case nobody
    /// A target group that the involved inside can reach, or cannot.
    case reachable(Bool)
    /// Members or representatives of a target group.
    case members(Int)
    /// Influenced by these.
    case influencedBy([String])
    /// A unit's own steps, as the cell of its step names it.
    case unitItself
    /// `4 of 12`: involved members of a unit.
    case involvedOf(involved: Int, people: Int)
    case held
    case vacant
    case noSnapshot
    /// The changes table of `diff`, from one state to the other.
    case changesFrom(String)
    /// On a large graph the report lists the change sets; `command` shows every change.
    case changeSetsOnly(command: String)
    /// What the participation overview is, and is not.
    case overviewNote
    /// The last line of the page.
    case footer
    /// What `report` says on stderr when it wrote the file.
    case written(file: String, kilobytes: Int, gaps: Int)
}

/// The report's sections, in order.
public enum ReportSection: String, CaseIterable, Sendable {
    case steps, gaps, map, grid, groups, units, roles, accepted, changes, overview
}

/// The headings of the report's tables.
public enum ReportColumn: CaseIterable, Sendable {
    case step, purpose, inside, outside, state
    case severity, name, kind, rule, count, finding
    case group, level, steps, tools, contacts, reachedBy
    case unit, involved
    case role, required, heldBy
    case reason, acceptedBy, time
    case whom, subject, when, participationRole, means, ourContact
}

/// The controls the script puts above the map.
public enum MapControl: CaseIterable, Sendable { case search, zoomIn, zoomOut, fit }

extension ReportText {
    public static var examples: [ReportText] {
        [.title(project: "stationsplein"), .made(date: "2026-03-12", database: "stationsplein.db"), .contents]
            + ReportSection.allCases.map(ReportText.heading) + ReportSection.allCases.map(ReportText.intro)
            + ReportColumn.allCases.map(ReportText.column)
            + [.frameInvolved(people: 3, units: 2), .frameInvolved(people: 1, units: 0), .frameMissing]
            + InvolvementStep.allCases.map(ReportText.stepPurpose)
            + [
                .stepInside(people: 3, units: 2), .stepInside(people: 0, units: 0), .stepOutside(groups: 4, others: 7),
                .stepState(covered: true), .stepState(covered: false),
                .gapCounts(high: 3, medium: 4, low: 5, accepted: 0), .gapCounts(high: 3, medium: 4, low: 5, accepted: 2),
                .more(1200),
            ] + ReportSection.allCases.map(ReportText.empty)
            + [.mapFolded(people: 3000)] + MapControl.allCases.map(ReportText.mapControl)
            + [
                .mapFound, .mapNotFound, .noLevel, .forExample, .nobody, .reachable(true), .reachable(false), .members(12),
                .influencedBy(["Erik Willems", "Verkeer"]), .unitItself, .involvedOf(involved: 4, people: 12), .held,
                .vacant, .noSnapshot, .changesFrom("sessie-1"), .changeSetsOnly(command: "stakemap diff sessie-1"), .overviewNote, .footer,
                .written(file: "demo/rapport.html", kilobytes: 412, gaps: 14),
            ]
    }
}
