extension ReadingHelp {
    public var english: String {
        switch self {
        case .tableJSONOrCSV: "table, json or csv."
        case .listAbstract: "List the people, units, roles, groups or links."
        case .listDiscussion:
            """
            JSON gives one object per node (or link) with the attribute names of the import files; CSV gives the import format, so a list can be edited and imported again.

            Examples:
              stakemap list people
              stakemap list groups --format json
              stakemap list links --format csv > relaties.csv
            """
        case .listWhat: "people, units, roles, groups or links (or in Dutch: mensen, afdelingen, rollen, doelgroepen, relaties)."
        case .showAbstract: "Show one node: its attributes and its links in both directions."
        case .showDiscussion:
            """
            Example:
              stakemap show p.hoekstra@veldhoven-noord.nl
            """
        case .showNode: "A person, unit, role or group: its id or its name."
        case .statusAbstract: "The project at a glance: counts, involvement per step, gaps per severity."
        case .statusDiscussion:
            """
            The frame step (kaders: who is involved inside, in which role) comes first: it is the step that 9 out of 10 trajectories skip.

            Example:
              stakemap status
            """
        case .gapsAbstract: "Find who is missing: uninvolved units and influencers, target groups nobody owns, …"
        case .gapsDiscussion:
            """
            Rules, by severity. High: uninvolved-unit, uninvolved-influencer, unowned-group, step-without-internal, unengaged-definitive. Medium: unengaged-group, underengaged-key-stakeholder, vacant-role, unreachable-group. Low: tool-without-plan, isolated.

            --severity shows gaps of that severity and above; --rule (repeatable) only the rules named. With --fail-on the exit status is 1 when a gap at or above that severity is shown, for scripts and CI. Gaps the team accepted (`stakemap accept`) are left out and counted; --accepted lists them.

            Examples:
              stakemap gaps
              stakemap gaps --severity high
              stakemap gaps --rule unowned-group --rule unreachable-group --format csv
              stakemap gaps --format json --fail-on high
            """
        case .gapsRule: "Only this rule (repeatable)."
        case .gapsSeverity: "Show gaps of this severity and above: low, medium or high."
        case .gapsFailOn: "Exit 1 when a gap at or above this severity is shown: low, medium or high."
        case .gapsAccepted: "List the accepted gaps that exist now, with reason, user and time."
        }
    }
}
