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
        let gap = 2
        var widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map { Self.oneLine($0).count }.max() ?? 0
        }
        let budget = width - gap * (headers.count - 1)
        while widths.reduce(0, +) > budget, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
            widths[widest] > 4
        {
            widths[widest] -= 1
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                let value = Self.fit(Self.oneLine(cell), widths[column])
                let isLast = column == cells.count - 1
                text += isLast ? value : value + String(repeating: " ", count: widths[column] - value.count + gap)
            }
            return text
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    static func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(width - 1, 0))) + "…"
    }
}
