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
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// Where a field's bytes are in the reader's buffer: for a quoted field, between the quotes.
struct FieldSpan {
    var start: Int
    var end: Int
    /// Holds doubled quotes that stand for one.
    var escaped: Bool
}

/// A byte as the messages show it: `0x0A`.
func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "0x" + (digits.count == 1 ? "0" + digits : digits)
}
