/// A plain-text table that fits a terminal width: columns shrink (widest first)
/// and cut values end in `…`.
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows
    }

    public func render(width: Int = 80) -> String {
        var lines: [String] = []
        self.lines(width: width) { lines.append($0) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The header line, then a line per row, each without its newline: what
    /// ``render(width:)`` joins, for a caller that writes them as they come.
    public func lines(width: Int = 80, _ emit: (String) throws -> Void) rethrows {
        let gap = 2
        let budget = width - gap * (headers.count - 1)
        let last = headers.count - 1
        // The last column is never padded: its width counts only when the
        // table is too wide, and its bytes are never fewer than its characters.
        var widths = headers.map(Self.width)
        for row in rows {
            for column in 0..<last { widths[column] = max(widths[column], Self.width(row[column])) }
            widths[last] = max(widths[last], row[last].utf8.count)
        }
        if widths.reduce(0, +) > budget {
            widths[last] = ([headers[last]] + rows.map { $0[last] }).map(Self.width).max() ?? 0
        }
        while widths.reduce(0, +) > budget, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
            widths[widest] > 4
        {
            widths[widest] -= 1
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                let oneLine = Self.oneLine(cell)
                let value = oneLine.utf8.count <= widths[column] ? oneLine : Self.fit(oneLine, widths[column])
                if column == last {
                    text += value
                } else {
                    text += value + String(repeating: " ", count: widths[column] - Self.width(value) + gap)
                }
            }
            return text
        }
        try emit(line(headers))
        for row in rows { try emit(line(row)) }
    }

    /// The characters `text` takes on one line. Most cells are plain ASCII,
    /// where that is the byte count: counting characters one by one made a
    /// table of a million `reach` rows take 75 s (release build).
    static func width(_ text: String) -> Int {
        isPlainASCII(text) ? text.utf8.count : oneLine(text).count
    }

    /// Only ASCII and no line breaks: one byte, one character, as it is on one line.
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && ($0 < 0x0A || $0 > 0x0D) }
    }

    static func oneLine(_ text: String) -> String {
        text.utf8.contains(where: mayBreakLine) ? String(text.map { $0.isNewline ? " " : $0 }) : text
    }

    /// False for every byte of a text without line breaks: the ASCII breaks
    /// (LF, VT, FF, CR) and the last bytes of U+0085, U+2028 and U+2029.
    private static func mayBreakLine(_ byte: UInt8) -> Bool {
        (0x0A...0x0D).contains(byte) || byte == 0x85 || byte == 0xA8 || byte == 0xA9
    }

    static func fit(_ text: String, _ width: Int) -> String {
        Self.width(text) <= width ? text : String(text.prefix(max(width - 1, 0))) + "…"
    }
}
