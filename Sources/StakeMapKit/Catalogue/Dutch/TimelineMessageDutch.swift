extension TimelineMessage {
    public var dutch: String {
        switch self {
        case .noChanges: "Nog geen wijzigingen vastgelegd."
        case .historyHeading(let column):
            switch column {
            case .change: "wijziging"
            case .time: "tijd (UTC)"
            case .user: "gebruiker"
            case .nodes: "knopen"
            case .links: "relaties"
            case .command: "opdracht"
            }
        case .undoneBy(let number): "(teruggedraaid door #\(number))"
        case .snapshotNames(let names): "(momentopname \(names.joined(separator: ", ")))"
        case .noSnapshots: "Nog geen momentopnamen; maak er een met `stakemap snapshot NAAM`."
        case .snapshotHeading(let column):
            switch column {
            case .name: "naam"
            case .after: "na"
            case .time: "tijd (UTC)"
            case .user: "gebruiker"
            case .note: "toelichting"
            }
        case .diffTitle(let from, let to): "verschil \(from) → \(to)"
        case .state(let reference, let changeSet, let time):
            time.map { "\(reference) (#\(changeSet), \($0))" } ?? "\(reference) (de lege graaf)"
        case .nothingChanged: "Niets veranderd."
        case .diffSection(let section, let count):
            {
                switch section {
                case .nodesAdded: "Knopen toegevoegd"
                case .nodesRemoved: "Knopen verwijderd"
                case .nodesChanged: "Knopen gewijzigd"
                case .linksAdded: "Relaties toegevoegd"
                case .linksRemoved: "Relaties verwijderd"
                case .linksChanged: "Relaties gewijzigd"
                case .involvement: "Betrokkenheid per stap"
                case .gapsOpened: "Nieuwe knelpunten"
                case .gapsClosed: "Opgeloste knelpunten"
                }
            }() + " (\(count))"
        case .joined(let names): "erbij " + names.joined(separator: ", ")
        case .left(let names): "eraf " + names.joined(separator: ", ")
        case .unset: "(leeg)"
        case .noValues: "(geen)"
        }
    }
}
