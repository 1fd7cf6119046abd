/// Why a reference to a node or a state of the graph names nothing (or too much).
public enum ReferenceMessage: CatalogueText, Equatable {
    case wrongKind(id: String, kind: NodeKind, wanted: [NodeKind])
    case ambiguousName(String, ids: [String])
    /// No node of `kinds` (any kind when empty) by that id or name, with close ids to suggest.
    case noSuchNode(String, kinds: [NodeKind], suggestions: [String])
    case noSuchChangeSet(Int64, latest: Int64)
    case notADate(String)
    case notAState(String, snapshots: [String])
}

extension ReferenceMessage {
    public static var examples: [ReferenceMessage] {
        [
            .wrongKind(id: "verkeer", kind: .unit, wanted: [.person, .group]),
            .ambiguousName("Jan Smit", ids: ["jan-smit", "jan@oss.nl"]),
            .noSuchNode("Erik Wilems", kinds: [.person], suggestions: ["erik (Erik Willems)"]),
            .noSuchNode("Erik Wilems", kinds: [], suggestions: []), .noSuchChangeSet(14, latest: 9),
            .notADate("2026-13-45"), .notAState("sessie", snapshots: ["sessie-1"]), .notAState("sessie", snapshots: []),
        ]
    }

    /// `person, unit or group` in the language.
    static func kinds(_ kinds: [NodeKind], _ language: Language, or: String) -> String {
        let names = kinds.map { language == .en ? $0.rawValue : $0.name(on: .internal, in: language) }
        return spelledList(names, or: or)
    }
}
