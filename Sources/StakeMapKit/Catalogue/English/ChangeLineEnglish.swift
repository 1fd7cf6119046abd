extension ChangeLine {
    public var english: String {
        switch self {
        case .nodeAdded(let kind, _, let label, let steps):
            "+ \(kind.rawValue) \(label)" + (steps.isEmpty ? "" : ", steps " + steps.map(\.rawValue).joined(separator: ", "))
        case .nodeRemoved(let kind, _, let label): "- \(kind.rawValue) \(label)"
        case .nodeChanged(let kind, _, let label, let changes): "~ \(kind.rawValue) \(label): " + Self.english(changes)
        case .linkAdded(let source, let kind, let target, let weight, let note):
            "+ link \(source) —\(kind.rawValue)→ \(target)" + (weight.map { " (weight \($0))" } ?? "")
                + (note.map { ", note \"\($0)\"" } ?? "")
        case .linkChanged(let source, let kind, let target, let changes):
            "~ link \(source) —\(kind.rawValue)→ \(target): " + Self.english(changes)
        case .linkRemoved(let source, let kind, let target): "- link \(source) —\(kind.rawValue)→ \(target)"
        }
    }

    /// `level "inform" → "advise"; steps +plan -start`.
    static func english(_ changes: [AttributeChange]) -> String {
        func shown(_ value: StoredText?) -> String {
            switch value {
            case nil: "(unset)"
            case .text(let text): "\"\(text)\""
            case .number(let number): number
            }
        }
        return changes.map { change in
            switch change {
            case .value(let attribute, let from, let to): "\(attribute) \(shown(from)) → \(shown(to))"
            case .members(let attribute, let added, let removed):
                "\(attribute) " + (added.map { "+" + $0 } + removed.map { "-" + $0 }).joined(separator: " ")
            }
        }.joined(separator: "; ")
    }
}
