extension ReferenceMessage {
    public var english: String {
        switch self {
        case .wrongKind(let id, let kind, let wanted):
            "\"\(id)\" is a \(kind.rawValue), and this needs a \(Self.kinds(wanted, .en, or: "or"))"
        case .ambiguousName(let text, let ids):
            "\"\(text)\" is the name of \(ids.count) nodes: \(ids.map { "\"\($0)\"" }.joined(separator: ", ")); give the id instead"
        case .noSuchNode(let text, let kinds, let near):
            "there is no \(kinds.isEmpty ? "node" : Self.kinds(kinds, .en, or: "or")) with id or name \"\(text)\"; "
                + (near.isEmpty ? "see `stakemap list` for the ids" : "did you mean \(near.joined(separator: ", "))?")
        case .noSuchChangeSet(let number, let latest):
            "there is no change set #\(number): the latest is #\(latest) (see `stakemap history`)"
        case .notADate(let text): "\"\(text)\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12"
        case .notAState(let text, let snapshots):
            "\"\(text)\" is not a snapshot, a change-set number, a date (YYYY-MM-DD) or now; "
                + (snapshots.isEmpty ? "there are no snapshots yet" : "the snapshots are " + snapshots.joined(separator: ", "))
        }
    }
}
