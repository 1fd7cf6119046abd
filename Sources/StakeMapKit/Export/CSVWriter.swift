/// Writes CSV lines (RFC 4180) that `CSVReader` reads back as the same fields,
/// for exports and for round trips of imported data.
public enum CSVWriter {
    /// One record ending in `\n`. A field is quoted when it holds the delimiter,
    /// a quote, CR or LF, or starts or ends with a space or tab (spreadsheets
    /// tend to trim those); quotes inside are doubled.
    ///
    /// No fields and one empty field both give an empty line, which reads back as one empty field.
    public static func line(_ fields: [String], delimiter: UInt8 = UInt8(ascii: ",")) -> String {
        line(fields, delimiter: delimiter, ending: "\n")
    }

    /// One record in `dialect`: its delimiter and its line ending.
    public static func line(_ fields: [String], in dialect: CSVDialect) -> String {
        line(fields, delimiter: dialect.delimiter, ending: dialect.lineEnd)
    }

    private static func line(_ fields: [String], delimiter: UInt8, ending: String) -> String {
        let separator = String(UnicodeScalar(delimiter))
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += separator }
            if needsQuotes(field, delimiter: delimiter) {
                line += "\""
                line += field.replacingQuotes()
                line += "\""
            } else {
                line += field
            }
        }
        line += ending
        return line
    }

    private static func needsQuotes(_ field: String, delimiter: UInt8) -> Bool {
        let utf8 = field.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { return true }
        if last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { return true }
        return utf8.contains { byte in
            byte == delimiter || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        }
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        guard utf8.contains(UInt8(ascii: "\"")) else { return self }
        var doubled = ""
        for character in unicodeScalars {
            if character == "\"" { doubled.unicodeScalars.append("\"") }
            doubled.unicodeScalars.append(character)
        }
        return doubled
    }
}
