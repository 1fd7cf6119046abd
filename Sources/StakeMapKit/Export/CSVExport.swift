import Foundation

extension GraphListing {
    /// The header of each section's CSV file, in the import's formats; `salience` is
    /// derived from power, legitimacy and urgency, and the import passes over it.
    static func csvHeader(_ section: Section) -> [String] {
        switch section {
        case .people:
            [
                "id", "name", "side", "unit", "roles", "groups", "contact_for", "power", "interest", "legitimacy",
                "urgency", "salience", "steps", "level", "influences", "reports_to", "email", "notes",
            ]
        case .units:
            [
                "unit", "side", "power", "interest", "legitimacy", "urgency", "salience", "level", "steps", "tools",
                "contact_for", "notes",
            ]
        case .groups:
            [
                "id", "name", "power", "interest", "legitimacy", "urgency", "salience", "level", "steps", "tools",
                "contact", "notes",
            ]
        case .roles: ["id", "name", "required", "notes"]
        case .links: ["source", "target", "kind", "weight", "note"]
        }
    }

    /// A section as a CSV file in `dialect` that `stakemap import` reads back
    /// into the same graph; returns the number of rows written.
    ///
    /// Edges that a node file's columns cannot carry (a weight other than 3, a
    /// note, influence on a unit or group, a second manager) go to links.csv;
    /// importing people, units, groups, roles and links in that order restores all.
    @discardableResult
    func writeCSV(_ section: Section, to output: BufferedOutput, dialect: CSVDialect = .standard) throws -> Int {
        let header = Self.csvHeader(section)
        try output.write(dialect.start + CSVWriter.line(header, in: dialect))
        var rows = 0
        guard let kind = section.nodeKind else {
            try forEachLink { link in
                guard !isInNodeFile(link) else { return }
                try output.write(
                    CSVWriter.line(
                        [
                            graph.id(Int(link.source)), graph.id(Int(link.target)), link.kind.rawValue,
                            link.weight.map(String.init) ?? "", link.note ?? "",
                        ], in: dialect))
                rows += 1
            }
            return rows
        }
        try snapshot.forEachNode(of: kind) { number, node in
            guard passes(number) else { return }
            let record = record(number, node)
            try output.write(CSVWriter.line(header.map { csvCell(record, number, column: $0) }, in: dialect))
            rows += 1
        }
        return rows
    }

    private func csvCell(_ record: ListedRecord, _ number: Int, column: String) -> String {
        switch column {
        case "unit":
            if graph.kinds[number] == .unit { return record["path"]?.cell ?? "" }
            guard graph.kinds[number] == .person, let unit = firstUnit(of: number) else { return "" }
            return graph.paths[unit] ?? graph.id(Int(unit))
        case "influences":
            return links(from: number).filter(isInPeopleFile).map { graph.id(Int($0.target)) }.sorted()
                .joined(separator: "|")
        default:
            return record[column]?.cell ?? ""
        }
    }

    /// The unit a person or unit is listed in: the first of its units by id.
    private func firstUnit(of node: Int) -> Int32? {
        graph.out(.memberOf).neighbours(node).filter { graph.kinds[Int($0)] == .unit }
            .min { graph.id(Int($0)) < graph.id(Int($1)) }
    }

    /// Influence between two people at the default weight, without a note,
    /// is carried by the people file's `influences` column.
    private func isInPeopleFile(_ link: ListedLink) -> Bool {
        link.kind == .influences && graph.kinds[Int(link.source)] == .person
            && graph.kinds[Int(link.target)] == .person
            && (link.weight ?? EdgeKind.defaultWeight) == EdgeKind.defaultWeight && link.note == nil
    }

    /// Whether a column of a node file already makes this link.
    private func isInNodeFile(_ link: ListedLink) -> Bool {
        guard link.note == nil else { return false }
        let source = graph.kinds[Int(link.source)]
        let target = graph.kinds[Int(link.target)]
        switch link.kind {
        case .influences:
            return isInPeopleFile(link)
        case .memberOf:
            guard link.weight == nil else { return false }
            if source == .unit && target == .unit { return true }
            if source == .person && target == .group { return true }
            return source == .person && target == .unit && firstUnit(of: Int(link.source)) == link.target
        case .hasRole, .contactFor:
            return link.weight == nil
        case .reportsTo:
            return link.weight == nil
                && targets(of: Int(link.source), .reportsTo).first == graph.id(Int(link.target))
        }
    }
}

/// Writes the whole graph as files (`stakemap export`).
public enum Exporter {
    /// people.csv, units.csv, groups.csv, roles.csv, links.csv in `directory`
    /// (created when missing), each written atomically in `dialect`. Returns the
    /// file names and their row counts.
    @discardableResult
    public static func writeCSV(
        _ store: StakeMapStore, to directory: String, dialect: CSVDialect = .standard
    ) throws -> [(String, Int)] {
        try store.withSnapshot { snapshot in
            let listing = GraphListing(snapshot)
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw StakeMapError.cannotWrite(path: directory, reason: error.localizedDescription)
            }
            var written: [(String, Int)] = []
            for section in GraphListing.Section.allCases {
                let name = "\(section.rawValue).csv"
                var rows = 0
                try BufferedOutput.writingFile((directory as NSString).appendingPathComponent(name)) { output in
                    rows = try listing.writeCSV(section, to: output, dialect: dialect)
                }
                written.append((name, rows))
            }
            return written
        }
    }

    /// `{"people": [...], "units": [...], "groups": [...], "roles": [...], "links": [...]}`,
    /// written to `output` as it is read.
    public static func writeJSON(_ store: StakeMapStore, to output: BufferedOutput) throws {
        try store.withSnapshot { snapshot in
            let listing = GraphListing(snapshot)
            try output.write("{\n")
            let sections = GraphListing.Section.allCases
            for (position, section) in sections.enumerated() {
                try output.write("  \(JSONValue.quote(section.rawValue)): [")
                var first = true
                try listing.forEachRecord(section) { record in
                    try output.write((first ? "\n    " : ",\n    ") + record.json)
                    first = false
                }
                try output.write(first ? "]" : "\n  ]")
                try output.write(position == sections.count - 1 ? "\n" : ",\n")
            }
            try output.write("}\n")
        }
        try output.flush()
    }

    /// The JSON export as one string (tests, small graphs).
    public static func json(_ store: StakeMapStore) throws -> String {
        try BufferedOutput.collecting { try writeJSON(store, to: $0) }
    }
}
