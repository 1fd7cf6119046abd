/// What the report's template shows, every text already in the report's language.
/// The template (Resources/report.mustache) reads these by their property names;
/// every value is escaped there except the pictures, the style and the script.
struct ReportPage {
    var language: String
    var title: String
    var made: String
    var contents: String
    var style: String
    var script: String
    var footer: String
    /// The table of contents: one entry per section, in order.
    var sections: [SectionLink]
    var steps: StepsSection
    var gaps: GapsSection
    var map: PictureSection
    var grid: PictureSection
    var groups: TableSection
    var units: TableSection
    var roles: TableSection
    var accepted: TableSection
    var changes: ChangesSection
    var overview: TableSection
}

struct SectionLink {
    var id: String
    var heading: String
}

/// The frame step first and prominent, then the four steps side by side.
struct StepsSection {
    var heading: String
    var intro: String
    var frameText: String
    var frameCovered: Bool
    var table: ReportTable
}

struct GapsSection {
    var heading: String
    var intro: String
    var counts: String
    /// How many gaps each rule found, most severe first: what the wall shows first.
    var summary: ReportTable?
    var severities: [SeverityGaps]
    var empty: String?
}

/// The gaps of one severity, a table per rule (so that a rule with a thousand
/// gaps cannot push the others off the page).
struct SeverityGaps {
    /// `high`, `medium`, `low`: the CSS class.
    var severity: String
    /// `High (3)`.
    var heading: String
    var count: Int
    var rules: [RuleGaps]
}

struct RuleGaps {
    /// `unowned-group (2)`.
    var heading: String
    var table: ReportTable
}

/// The map or the grid: an inline SVG, or a sentence when there is nothing to draw.
struct PictureSection {
    var heading: String
    var intro: String
    var svg: String?
    var note: String?
    var empty: String?
    /// The map's search and zoom, as the script labels them; nil for the grid.
    var controls: MapControls?
}

struct MapControls {
    var search, zoomIn, zoomOut, fit, found, notFound: String
}

struct TableSection {
    var id: String
    var heading: String
    var intro: String
    var table: ReportTable?
    var empty: String?
    var note: String?
}

struct ChangesSection {
    var heading: String
    var intro: String
    var since: String?
    /// Every change, by kind (`diff`'s parts).
    var parts: [ChangePart]
    /// On a large graph: the change sets instead, and a sentence that says so.
    var table: ReportTable?
    var note: String?
    var empty: String?
}

/// One part of the changes: its heading (`Nodes added (3)`) and its lines.
struct ChangePart {
    var heading: String
    var lines: [String]
    var more: MoreRows?
}

/// A table: headings, rows, and when rows were left out, how to see them all.
struct ReportTable {
    var columns: [String]
    var rows: [ReportRow]
    var more: MoreRows?
}

struct ReportRow {
    var cells: [ReportCell]
    /// A CSS class for the row: `attention` (red), `good` (green), or nil.
    var mark: String?
}

struct ReportCell {
    var text: String
    /// Shown under the text, smaller (a unit's path, a group's notes).
    var detail: String?
    var mark: String?

    init(_ text: String, detail: String? = nil, mark: String? = nil) {
        self.text = text
        self.detail = detail?.isEmpty == true ? nil : detail
        self.mark = mark
    }
}

/// `and 1200 more — all of them: stakemap list groups`.
struct MoreRows {
    var text: String
    var command: String
}

extension ReportTable {
    /// The rows at most a table shows; the rest is counted, with the command that lists them.
    static let rowLimit = 200

    /// A table of the first ``rowLimit`` of `items`, with `more` naming `command` when some are left out.
    init<Item>(
        columns: [String], _ items: [Item], command: String, language: Language, limit: Int = rowLimit,
        row: (Item) -> ReportRow
    ) {
        self.columns = columns
        rows = items.prefix(limit).map(row)
        more = items.count > limit ? MoreRows(text: ReportText.more(items.count - limit).text(in: language), command: command) : nil
    }
}
