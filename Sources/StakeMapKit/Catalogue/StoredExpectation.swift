/// What a column of the database may hold, for the error about a value it does not.
public indirect enum StoredExpectation: CatalogueText, Equatable {
    case integer
    case text
    case nodeKey
    /// One of the stored words, as they are stored (`internal`, `external`).
    case words([String])
    /// The codes a column may hold, each with its meaning: `1 (member_of), 2 (has_role)`.
    case codes([String])
    case optional(StoredExpectation)
    case flag
    case score
    case column
}

extension StoredExpectation {
    public static var examples: [StoredExpectation] {
        [.integer, .text, .nodeKey, .words(["internal", "external"]), .codes(["1 (member_of)", "2 (has_role)"]), .optional(.text), .flag, .score, .column]
    }
}
