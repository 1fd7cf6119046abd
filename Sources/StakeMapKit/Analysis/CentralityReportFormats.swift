import Foundation

/// The two ways `stakemap centrality` prints its report; each returns complete
/// text ending in a newline, the same bytes for the same graph.
extension CentralityReport {
    /// An array, one node per line: `id`, `name`, `kind`, `side`, `involved`,
    /// the degrees, `betweenness` (null unless `--measure betweenness`),
    /// `betweenness_estimated` (true when counted from a sample of sources; null
    /// when betweenness was not computed) and `brokerage` (null unless `--measure
    /// brokerage`; all five 0 for a node outside every unit).
    public func json() -> String {
        var out = "["
        out.reserveCapacity(rows.count * 320)
        for (position, row) in rows.enumerated() {
            out += position == 0 ? "\n  " : ",\n  "
            out += "{\"id\": "
            JSONValue.appendQuoted(row.id, to: &out)
            out += ", \"name\": "
            JSONValue.appendQuoted(row.name, to: &out)
            out += ", \"kind\": \"\(row.kind.rawValue)\", \"side\": \"\(row.side.rawValue)\""
            out += ", \"involved\": \(row.involved), \"in_degree\": \(row.inDegree), \"out_degree\": \(row.outDegree)"
            out += ", \"weighted_in\": \(row.weightedIn), \"weighted_out\": \(row.weightedOut)"
            out += ", \"betweenness\": " + (row.betweenness.map { "\($0)" } ?? "null")
            out += ", \"betweenness_estimated\": " + (betweennessEstimated.map { "\($0)" } ?? "null")
            out += ", \"brokerage\": "
            if let counts = row.brokerage {
                out += "{\"coordinator\": \(counts.coordinator), \"itinerant\": \(counts.itinerant)"
                out += ", \"representative\": \(counts.representative), \"gatekeeper\": \(counts.gatekeeper)"
                out += ", \"liaison\": \(counts.liaison)}"
            } else {
                out += "null"
            }
            out += "}"
        }
        out += rows.isEmpty ? "]\n" : "\n]\n"
        return out
    }

    /// For people: one node per line with its involved flag beside its name and
    /// the measure's columns (side and degrees beside degree and betweenness), numbers right-aligned; names are cut
    /// to fit `width` columns. Under the table, what the columns mean, whether
    /// betweenness was estimated, and how many of the matching nodes are shown.
    public func table(in language: Language = .en, width: Int = 80) -> String {
        func say(_ message: CentralityMessage) -> String { message.text(in: language) }
        guard !rows.isEmpty else { return say(.noNodes) + "\n" }
        var columns: [CentralityColumn] = [.name, .involved, .kind]
        switch measure {
        case .degree: columns += [.side, .inDegree, .outDegree, .weightedIn, .weightedOut]
        case .betweenness: columns += [.side, .inDegree, .outDegree, .betweenness]
        // The five roles fill the line; side and degrees are in the JSON, and an
        // external person's unit is an organisation.
        case .brokerage: columns += [.coordinator, .itinerant, .representative, .gatekeeper, .liaison]
        }
        let cells = rows.map { row in columns.map { cell($0, of: row, in: language) } }
        let headings = columns.map { say(.heading($0)) }
        var widths = columns.indices.map { column in
            ([headings[column]] + cells.map { $0[column] }).map(\.count).max()!
        }
        let others = widths.dropFirst().reduce(0, +) + 2 * (columns.count - 1)
        widths[0] = max(min(widths[0], width - others), 12)
        func line(_ values: [String]) -> String {
            var text = ""
            for (column, value) in values.enumerated() {
                if column > 0 { text += "  " }
                let fitted = TextTable.fit(value, widths[column])
                text += columns[column].isNumber
                    ? TextLayout.padLeft(fitted, widths[column])
                    : column == values.count - 1 ? fitted : TextLayout.pad(fitted, widths[column])
            }
            return text + "\n"
        }
        var out = line(headings)
        for row in cells { out += line(row) }
        out += "\n"
        for note in [say(.legend(measure))] + (betweennessEstimated == true
            ? [say(.estimated(sources: betweennessSources ?? 0, nodes: nodeCount))] : [])
            + (rows.contains { !$0.involved && $0.kind != .role } ? [say(.uninvolvedLegend)] : [])
            + [say(.shown(rows: rows.count, matching: matching))]
        {
            for text in TextLayout.wrap(note, width: width) { out += text + "\n" }
        }
        return out
    }

    private func cell(_ column: CentralityColumn, of row: CentralityRow, in language: Language) -> String {
        switch column {
        case .name: row.name
        case .involved: row.kind == .role ? "-" : Word.yes(row.involved).text(in: language)
        case .kind: row.kind.name(on: row.side, in: language)
        case .side: row.side.name(in: language)
        case .inDegree: "\(row.inDegree)"
        case .outDegree: "\(row.outDegree)"
        case .weightedIn: "\(row.weightedIn)"
        case .weightedOut: "\(row.weightedOut)"
        case .betweenness: String(format: "%.6f", row.betweenness ?? 0)
        case .coordinator: "\(row.brokerage?.coordinator ?? 0)"
        case .itinerant: "\(row.brokerage?.itinerant ?? 0)"
        case .representative: "\(row.brokerage?.representative ?? 0)"
        case .gatekeeper: "\(row.brokerage?.gatekeeper ?? 0)"
        case .liaison: "\(row.brokerage?.liaison ?? 0)"
        }
    }
}

extension CentralityColumn {
    var isNumber: Bool { ![.name, .involved, .kind, .side].contains(self) }
}
