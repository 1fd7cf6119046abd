/// One record of a CSV file: a header or a data row.
public struct CSVRecord: Equatable, Sendable {
    /// The physical line (1-based) where the record starts.
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A CSV file that cannot be read, at the physical line (1-based) where the problem is.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let problem: CSVProblem

    public init(line: Int, problem: CSVProblem) {
        self.line = line
        self.problem = problem
    }

    /// The problem in English; `problem.text(in:)` gives it in the user's language.
    public var message: String { problem.english }

    public var description: String { "line \(line): \(message)" }
}

/// Where a field's bytes are in the reader's buffer: for a quoted field, between the quotes.
struct FieldSpan {
    var start: Int
    var end: Int
    /// Holds doubled quotes that stand for one.
    var escaped: Bool
}
