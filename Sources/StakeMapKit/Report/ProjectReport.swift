import Foundation

/// What `stakemap report` writes.
public struct ReportOptions: Equatable, Sendable {
    /// The project's name in the title, e.g. the database file's name.
    public var project: String
    /// The database's file name, said under the title.
    public var database: String
    /// The date under the title, as it should read (`2026-03-12`).
    public var date: String
    /// The state the changes are counted from (as `diff` takes it); nil: the latest snapshot, when there is one.
    public var since: String?
    public var language: Language
    /// Up to this many nodes the changes section lists every change; past it, the change sets.
    public var fullDiffUpToNodes: Int

    public init(
        project: String, database: String, date: String, since: String? = nil, language: Language = .en,
        fullDiffUpToNodes: Int = ReportChanges.fullDiffUpToNodes
    ) {
        self.project = project
        self.database = database
        self.date = date
        self.since = since
        self.language = language
        self.fullDiffUpToNodes = fullDiffUpToNodes
    }
}

/// The report for the team session and the alderman (SPEC §9): one self-contained
/// HTML5 page with the four steps, the gaps, the map and the grid as inline SVG, the
/// target groups, units and roles, the accepted gaps, the changes since the last
/// snapshot and the participation overview per target group. It loads nothing
/// from elsewhere, reads without its small script and prints on A4.
public struct ProjectReport: Sendable {
    /// The page, UTF-8.
    public let html: String
    /// The gaps listed (accepted ones left out).
    public let gapCount: Int
    /// Whether the map folds people into their units.
    public let mapFolded: Bool

    /// Reads the project once and writes its report; `--since` is resolved as `diff` resolves FROM.
    public static func make(_ store: StakeMapStore, options: ReportOptions) throws -> ProjectReport {
        let clock = PhaseClock()
        let accepted = try store.acceptedGaps()
        // The graph on two connections at once, as `gaps` and `map` read it; the groups' notes apart.
        let graph = try AnalysisGraph.load(store)
        var notes: [Int: String] = [:]
        for (id, text) in try store.notes(of: .group) {
            if let node = graph.index(ofID: id) { notes[node] = text }
        }
        clock.phase("report: load")
        let changes = try ReportChanges.compute(
            store, since: options.since, nodes: graph.count, limit: options.fullDiffUpToNodes)
        clock.phase("report: changes")
        let page = try ReportBuilder(graph: graph, notes: notes, options: options).page(
            accepted: accepted, changes: changes, clock: clock)
        let html = try ReportTemplate.render(page)
        clock.phase("report: template")
        return ProjectReport(html: html, gapCount: page.gaps.severities.reduce(0) { $0 + $1.count }, mapFolded: page.map.note != nil)
    }
}

/// What the report's changes section shows: every change (`diff`), or past
/// ``fullDiffUpToNodes`` the change sets since the state, or nothing when there is
/// no snapshot to count from.
public enum ReportChanges: Sendable {
    case noSnapshot
    case diff(GraphDiff)
    case changeSets(from: GraphState, [ChangeSetRecord])

    /// `diff` rebuilds both states in memory: 12 s at 100,000 people (160,000 nodes)
    /// and about 3 minutes at a million, measured on this project's 2-core machine;
    /// up to 25,000 nodes it takes 2 s or less, the journal's list 0.03 s at any size.
    public static let fullDiffUpToNodes = 25_000

    static func compute(_ store: StakeMapStore, since: String?, nodes: Int, limit: Int) throws -> ReportChanges {
        let from: GraphState
        if let since {
            from = try store.state(since)
        } else {
            guard try store.latestSnapshot() != nil else { return .noSnapshot }
            from = try store.defaultFromState()
        }
        guard nodes <= limit else {
            return .changeSets(from: from, try store.history().filter { $0.number > from.changeSet })
        }
        var to = try store.state("now")
        to.reference = "now"
        return .diff(try GraphDiff.compute(store, from: from, to: to))
    }
}
