extension StoredExpectation {
    public var english: String {
        switch self {
        case .integer: "an integer"
        case .text: "text"
        case .nodeKey: "a node key"
        case .words(let words): spelledList(words, or: "or")
        case .codes(let codes): codes.joined(separator: ", ")
        case .optional(let expected): "empty or " + expected.english
        case .flag: "empty, 0 or 1"
        case .score: "empty or a whole number from 1 to 5"
        case .column: "the column"
        }
    }
}
