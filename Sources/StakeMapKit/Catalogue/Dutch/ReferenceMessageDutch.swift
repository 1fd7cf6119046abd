extension ReferenceMessage {
    public var dutch: String {
        switch self {
        case .wrongKind(let id, let kind, let wanted):
            "\"\(id)\" is een \(kind.name(on: .internal, in: .nl)), en hier is een \(Self.kinds(wanted, .nl, or: "of")) nodig"
        case .ambiguousName(let text, let ids):
            "\"\(text)\" is de naam van \(ids.count) knopen: \(ids.map { "\"\($0)\"" }.joined(separator: ", ")); geef de id"
        case .noSuchNode(let text, let kinds, let near):
            "er is geen \(kinds.isEmpty ? "knoop" : Self.kinds(kinds, .nl, or: "of")) met id of naam \"\(text)\"; "
                + (near.isEmpty ? "`stakemap list` toont de ids" : "bedoelde u \(near.joined(separator: ", "))?")
        case .noSuchChangeSet(let number, let latest):
            "er is geen wijziging #\(number): de laatste is #\(latest) (zie `stakemap history`)"
        case .notADate(let text): "\"\(text)\" is geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2026-03-12"
        case .notAState(let text, let snapshots):
            "\"\(text)\" is geen momentopname, wijzigingsnummer, datum (JJJJ-MM-DD) of now; "
                + (snapshots.isEmpty ? "er zijn nog geen momentopnamen" : "de momentopnamen zijn " + snapshots.joined(separator: ", "))
        }
    }
}
