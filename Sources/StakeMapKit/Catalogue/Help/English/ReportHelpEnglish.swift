extension ReportHelp {
    public var english: String {
        switch self {
        case .abstract: "Write the report for the team session and the alderman: one HTML file."
        case .discussion:
            """
            One self-contained page: the four steps and where each stands (frame first), the gaps by severity with what to do, the stakeholder map (search by name, zoom) and the power/interest grid, the target groups, the internal units by step, the roles, the accepted gaps, the changes since the latest snapshot (or --since) and the participation overview per target group. It loads nothing from elsewhere, reads without JavaScript and prints on A4, a section per page (the browser's Print, or Save as PDF). Long tables show their first 200 rows and name the command that lists them all; past 150 people the map is the folded one.

            Examples:
              stakemap report --out rapport.html
              stakemap report --out rapport.html --since sessie-1 --lang nl
              chromium --headless --no-sandbox --print-to-pdf=rapport.pdf rapport.html
            """
        case .out: "The HTML file to write."
        case .since: "Show the changes since this state: a snapshot, a change set (12 or #12), a date YYYY-MM-DD (default: the latest snapshot)."
        case .title: "The project's name in the title (default: the database file's name)."
        case .date: "The date under the title (default: today)."
        }
    }
}
