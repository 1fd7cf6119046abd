extension TimelineMessage {
    public var english: String {
        switch self {
        case .noChanges: "No changes recorded yet."
        case .historyHeading(let column):
            switch column {
            case .change: "change"
            case .time: "time (UTC)"
            case .user: "user"
            case .nodes: "nodes"
            case .links: "links"
            case .command: "command"
            }
        case .undoneBy(let number): "(undone by #\(number))"
        case .snapshotNames(let names): "(snapshot \(names.joined(separator: ", ")))"
        case .noSnapshots: "No snapshots yet; take one with `stakemap snapshot NAME`."
        case .snapshotHeading(let column):
            switch column {
            case .name: "name"
            case .after: "after"
            case .time: "time (UTC)"
            case .user: "user"
            case .note: "note"
            }
        case .diffTitle(let from, let to): "diff \(from) → \(to)"
        case .state(let reference, let changeSet, let time):
            time.map { "\(reference) (#\(changeSet), \($0))" } ?? "\(reference) (the empty graph)"
        case .nothingChanged: "Nothing changed."
        case .diffSection(let section, let count):
            {
                switch section {
                case .nodesAdded: "Nodes added"
                case .nodesRemoved: "Nodes removed"
                case .nodesChanged: "Nodes changed"
                case .linksAdded: "Links added"
                case .linksRemoved: "Links removed"
                case .linksChanged: "Links changed"
                case .involvement: "Involvement per step"
                case .gapsOpened: "Gaps opened"
                case .gapsClosed: "Gaps closed"
                }
            }() + " (\(count))"
        case .joined(let names): "joined " + names.joined(separator: ", ")
        case .left(let names): "left " + names.joined(separator: ", ")
        case .unset: "(unset)"
        case .noValues: "(none)"
        }
    }
}
