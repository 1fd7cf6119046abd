/// What keeps a file from being read as CSV text: found by the reader, before
/// any row is checked. Shown after `FILE:LINE: `.
public enum CSVProblem: CatalogueText, Equatable {
    /// `--delimiter` was given a quote or a line break.
    case delimiterNotAllowed
    /// The operating system could not read the input; its reason, as it gives it.
    case readFailed(reason: String)
    /// A NUL byte at the start: an image, a zip, an .xlsx.
    case binaryFile
    /// A UTF-16 byte-order mark: Excel's "Unicode text".
    case utf16
    /// A quoted field that never ends (the line is where it starts).
    case unclosedQuote
    case textAfterClosingQuote
    /// A control byte that no text holds.
    case binaryByte(UInt8)
    /// With `--encoding utf-8`: bytes that are not UTF-8.
    case notUTF8
    /// A byte neither UTF-8 nor Windows-1252 can read (`fallback`: the encoding
    /// was detected), or one that `--encoding windows-1252` has no character for.
    case undecodableByte(UInt8, fallback: Bool)
    /// An Excel workbook that cannot be read, or a cell of its sheet that cannot be taken.
    case workbook(WorkbookMessage)
}

extension CSVProblem {
    /// Every case with representative values, for the test that walks the catalogue.
    public static var examples: [CSVProblem] {
        [
            .delimiterNotAllowed, .readFailed(reason: "Input/output error"), .binaryFile, .utf16, .unclosedQuote,
            .textAfterClosingQuote, .binaryByte(0x1A), .notUTF8, .undecodableByte(0x81, fallback: true),
            .undecodableByte(0x9D, fallback: false), .workbook(.oldExcel),
        ]
    }
}

/// A byte as the messages show it: `0x0A`.
func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "0x" + (digits.count == 1 ? "0" + digits : digits)
}
