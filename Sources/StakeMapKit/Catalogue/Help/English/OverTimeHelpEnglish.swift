extension OverTimeHelp {
    public var english: String {
        switch self {
        case .tableOrJSON: "table or json."
        case .undoAbstract: "Take back the latest change (an import, an edit), recorded as a change of its own."
        case .undoDiscussion:
            """
            Reverts the latest change set that is not an undo and has not been undone; a second undo reverts \
            the one before. `stakemap history` lists the change sets; --dry-run lists what would change.
            """
        case .snapshotAbstract: "Name the current state of the graph, e.g. after a team session; --list lists the names."
        case .snapshotDiscussion:
            """
            A snapshot records no change; `stakemap diff` compares with the latest snapshot by default.

            Examples:
              stakemap snapshot sessie-2026-03-12 --note "Na de eerste teamsessie"
              stakemap snapshot --list
            """
        case .snapshotName: "A name of your choice (unique)."
        case .snapshotNote: "What the state is, in a few words."
        case .snapshotList: "List the snapshots, oldest first."
        case .snapshotFormat: "With --list: table or json."
        case .diffAbstract:
            "What changed between two states: nodes, links, who joined each step, gaps opened and closed."
        case .diffDiscussion:
            """
            A state is a snapshot name, a change-set number (12 or #12), a date YYYY-MM-DD (the end of that day, \
            local time) or now. FROM defaults to the latest snapshot (the empty graph when there is none), TO to now.

            Examples:
              stakemap diff
              stakemap diff sessie-2026-03-12
              stakemap diff 2026-03-01 2026-03-31 --format json
            """
        case .diffFrom: "The earlier state."
        case .diffTo: "The later state."
        case .acceptAbstract:
            "Leave a gap the team decided on: it no longer counts in gaps, status and --fail-on."
        case .acceptDiscussion:
            """
            RULE is a gap rule (see `stakemap gaps`), REF the node (id or name; a step for step-without-internal). \
            `stakemap gaps --accepted` lists the accepted gaps with their reasons; `stakemap unaccept` takes one back.

            Example:
              stakemap accept uninvolved-unit "Juridische Zaken" --reason "Sluit pas aan bij het verkeersbesluit"
            """
        case .acceptRule: "The gap rule, e.g. uninvolved-unit."
        case .acceptReason: "Why the team leaves this gap."
        case .unacceptAbstract: "Take an accepted gap back: it counts again."
        case .unacceptDiscussion:
            """
            Example:
              stakemap unaccept uninvolved-unit "Juridische Zaken"
            """
        case .unacceptRule: "The gap rule."
        case .historyAbstract: "List the changes made to the graph, newest first."
        case .historyDiscussion:
            """
            Every command that changed the graph (import and the edit commands) is one change set: its number, time (UTC), user, the command and how many nodes and links it added (+), changed (~) and removed (-). With a node, only the change sets that touched it.

            Examples:
              stakemap history --limit 10
              stakemap history "Ingrid van 't Hof"
            """
        case .historyNode: "Only the changes to this node (id or name)."
        case .historyLimit: "Show at most this many change sets."
        }
    }
}
