extension ReportText {
    public var english: String {
        switch self {
        case .title(let project): "Participation report — \(project)"
        case .made(let date, let database): "Made on \(date) by stakemap from \(database)."
        case .contents: "Contents"
        case .heading(let section):
            switch section {
            case .steps: "The four steps"
            case .gaps: "Gaps and what to do"
            case .map: "Stakeholder map"
            case .grid: "Power/interest grid"
            case .groups: "Target groups"
            case .units: "Internal units by step"
            case .roles: "Roles"
            case .accepted: "Accepted gaps"
            case .changes: "Changes since the last snapshot"
            case .overview: "Participation overview per target group"
            }
        case .intro(let section):
            switch section {
            case .steps:
                "Frame, goals, plan, start: where each step stands, inside the organisation and outside. A step counts as covered when somebody inside takes part in it."
            case .gaps:
                "What stakemap found missing in who is involved, most urgent first, each with what to do."
            case .map:
                "The organisation and the outside world, two sides of one hand. Red needs attention, green is involved; the legend is in the picture."
            case .grid:
                "Everyone with a power and an interest score (1–5; high is 4 or 5), in the quadrant that says how to treat them."
            case .groups:
                "Each target group with its participation level, steps, tools, its contacts inside and who else reaches it."
            case .units:
                "Each unit inside, how many of its people are involved, and who takes part in which step."
            case .roles: "The roles of the trajectory, who holds them, and which are vacant."
            case .accepted: "Gaps the team decided to leave, with the reason given."
            case .changes: "What changed in the graph since the snapshot of the last session."
            case .overview:
                "Whom the trajectory involves, on what, when, in which role and with which tools: the facts for the account of participation that the Omgevingswet asks for."
            }
        case .column(let column):
            switch column {
            case .step: "Step"
            case .purpose: "What happens"
            case .inside: "Inside"
            case .outside: "Outside"
            case .state: "State"
            case .severity: "Severity"
            case .name: "Name"
            case .kind: "Kind"
            case .rule: "Rule"
            case .count: "Found"
            case .finding: "Finding and what to do"
            case .group: "Target group"
            case .level: "Level"
            case .steps: "Steps"
            case .tools: "Tools"
            case .contacts: "Contacts"
            case .reachedBy: "Reached by"
            case .unit: "Unit"
            case .involved: "Involved"
            case .role: "Role"
            case .required: "Required"
            case .heldBy: "Held by"
            case .reason: "Reason"
            case .acceptedBy: "Accepted by"
            case .time: "When"
            case .whom: "Whom"
            case .subject: "On what"
            case .when: "When (steps)"
            case .participationRole: "In which role (level)"
            case .means: "With which tools"
            case .ourContact: "Our contact"
            }
        case .frameInvolved(let people, let units):
            "Frame: \(StatusMessage.englishInside(people: people, units: units)) involved. Good: 9 out of 10 trajectories skip this step."
        case .frameMissing:
            "Frame: nobody inside is involved. 9 out of 10 trajectories skip this step; involve colleagues and units before going outside."
        case .stepPurpose(let step):
            switch step {
            case .frame: "Inside: who is involved, in which role, how much room is there?"
            case .goals: "What do we want to achieve outside? What must others know, what do we want to learn from them?"
            case .plan: "The plan of approach, with its participation tools."
            case .start: "Involve the target groups, early."
            }
        case .stepInside(let people, let units):
            "\(people) \(people == 1 ? "person" : "people"), \(units) unit\(units == 1 ? "" : "s")"
        case .stepOutside(let groups, let others):
            "\(groups) target group\(groups == 1 ? "" : "s"), \(others) other\(others == 1 ? "" : "s")"
        case .stepState(let covered): covered ? "covered" : "nobody inside"
        case .gapCounts(let high, let medium, let low, let accepted):
            "\(high) high, \(medium) medium, \(low) low"
                + (accepted == 0 ? "" : "; \(accepted) more accepted (see Accepted gaps)") + "."
        case .more(let count): "and \(count) more — all of them:"
        case .empty(let section):
            switch section {
            case .steps: "No steps."
            case .gaps: "No gaps found."
            case .map: "Nothing to draw yet."
            case .grid: "Nobody has both a power and an interest score yet."
            case .groups: "No target groups yet."
            case .units: "No internal units yet."
            case .roles: "No roles yet."
            case .accepted: "No gap has been accepted."
            case .changes: "Nothing changed."
            case .overview: "No target groups yet."
            }
        case .mapFolded(let people):
            "With \(people) people the map folds people into their units (a unit says how many it holds and how many are involved); stakemap map --focus draws the detail around one node."
        case .mapControl(let control):
            switch control {
            case .search: "Find by name"
            case .zoomIn: "Zoom in"
            case .zoomOut: "Zoom out"
            case .fit: "Fit"
            }
        case .mapFound: "found"
        case .mapNotFound: "not on the map"
        case .forExample: "the first of them; the table below lists more"
        case .noLevel: "no level yet"
        case .nobody: "nobody"
        case .reachable(let reachable):
            reachable ? "reachable from the involved inside" : "no involved colleague reaches it"
        case .members(let count): "\(count) member\(count == 1 ? "" : "s") or representative\(count == 1 ? "" : "s")"
        case .influencedBy(let names): "influenced by " + spelledList(names, or: "and")
        case .unitItself: "the unit itself"
        case .involvedOf(let involved, let people): "\(involved) of \(people)"
        case .held: "held"
        case .vacant: "vacant"
        case .noSnapshot:
            "No snapshot yet. After a team session, stakemap snapshot NAME records where the graph stands; the next report shows what changed since."
        case .changesFrom(let state): "Since \(state):"
        case .changeSetsOnly(let command):
            "At this size the report lists the change sets since then, with how many nodes and links each added (+), changed (~) and removed (-); \(command) shows every change, but takes minutes at a million people."
        case .overviewNote:
            "stakemap lists the facts as they are in the graph; the municipality writes the account itself: what it did with what it heard, and why."
        case .footer: "Made with stakemap. Print it or save it as PDF from the browser (A4)."
        case .written(let file, let kilobytes, let gaps):
            "Wrote \(file) (\(kilobytes) kB): the four steps, \(gaps) gap\(gaps == 1 ? "" : "s"), the map and the grid, the tables; open it in a browser."
        }
    }
}
