/// How the tool writes a CSV file: the delimiter, the line ending, and whether
/// a UTF-8 byte-order mark comes first. Both dialects read back through
/// `stakemap import` as the same fields.
public struct CSVDialect: Sendable, Equatable {
    public let delimiter: UInt8
    public let lineEnd: String
    public let byteOrderMark: Bool

    /// `,`, LF, no byte-order mark: RFC 4180 as scripts read it.
    public static let standard = CSVDialect(delimiter: UInt8(ascii: ","), lineEnd: "\n", byteOrderMark: false)

    /// `--excel`: `;`, CRLF and a UTF-8 byte-order mark, which Excel on a Dutch
    /// Windows (where `,` is the decimal sign) opens in columns with accents intact.
    public static let excel = CSVDialect(delimiter: UInt8(ascii: ";"), lineEnd: "\r\n", byteOrderMark: true)

    /// What comes before the header line: the byte-order mark, or nothing.
    public var start: String { byteOrderMark ? "\u{FEFF}" : "" }
}
