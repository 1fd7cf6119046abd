extension StoredExpectation {
    public var dutch: String {
        switch self {
        case .integer: "een geheel getal"
        case .text: "tekst"
        case .nodeKey: "een knoopsleutel"
        case .words(let words): spelledList(words, or: "of")
        case .codes(let codes): "een van " + codes.joined(separator: ", ")
        case .optional(let expected): "leeg of " + expected.dutch
        case .flag: "leeg, 0 of 1"
        case .score: "leeg of een heel getal van 1 tot 5"
        case .column: "de kolom"
        }
    }
}
