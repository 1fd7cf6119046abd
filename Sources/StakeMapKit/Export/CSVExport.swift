import Foundation

extension GraphListing {
    /// The header of each section's CSV file, in the formats of SPEC §2.
    static func csvHeader(_ section: Section) -> [String] {
        switch section {
        case .people:
            [
                "id", "name", "side", "unit", "roles", "groups", "contact_for", "power", "interest", "steps", "level",
                "influences", "reports_to", "email", "notes",
            ]
        case .units: ["unit", "side", "power", "interest", "level", "steps", "tools", "contact_for", "notes"]
        case .groups: ["id", "name", "power", "interest", "level", "steps", "tools", "contact", "notes"]
        case .roles: ["id", "name", "required", "notes"]
        case .links: ["source", "target", "kind", "weight", "note"]
        }
    }

    /// A section as a CSV file that `stakemap import` reads back into the same graph.
    ///
    /// Edges that a node file's columns cannot carry (a weight other than 3, a
    /// note, influence on a unit or group, a second manager) go to links.csv;
    /// importing people, units, groups, roles and links in that order restores all.
    public func csv(_ section: Section) -> String {
        var out = CSVWriter.line(Self.csvHeader(section))
        switch section {
        case .links:
            for edge in linkFileEdges() {
                out += CSVWriter.line([
                    edge.source, edge.target, edge.kind.rawValue, edge.weight.map(String.init) ?? "", edge.note ?? "",
                ])
            }
        default:
            for record in records(section) {
                out += CSVWriter.line(Self.csvHeader(section).map { csvCell(record, column: $0) })
            }
        }
        return out
    }

    private func csvCell(_ record: ListedRecord, column: String) -> String {
        switch column {
        case "unit":
            if record["kind"] == .string("unit") { return record["path"]?.cell ?? "" }
            guard case .string(let id)? = record["unit"] else { return "" }
            return node(id)?.path ?? id
        case "influences":
            guard case .string(let id)? = record["id"] else { return "" }
            return (outgoingEdges(id)).filter { isInPeopleFile($0) && $0.kind == .influences }.map(\.target)
                .sorted().joined(separator: "|")
        default:
            return record[column]?.cell ?? ""
        }
    }

    private func outgoingEdges(_ id: String) -> [Edge] {
        outgoing[id] ?? []
    }

    /// Influence between two people at the default weight, without a note,
    /// is carried by the people file's `influences` column.
    private func isInPeopleFile(_ edge: Edge) -> Bool {
        edge.kind == .influences && node(edge.source)?.kind == .person && node(edge.target)?.kind == .person
            && (edge.weight ?? EdgeKind.defaultWeight) == EdgeKind.defaultWeight && edge.note == nil
    }

    /// Whether a column of a node file already makes this edge.
    private func isInNodeFile(_ edge: Edge) -> Bool {
        guard edge.note == nil, let source = node(edge.source), let target = node(edge.target) else { return false }
        switch edge.kind {
        case .influences:
            return isInPeopleFile(edge)
        case .memberOf:
            guard edge.weight == nil else { return false }
            if source.kind == .unit && target.kind == .unit { return true }
            if source.kind == .person && target.kind == .group { return true }
            return source.kind == .person && target.kind == .unit
                && targets(of: source.id, .memberOf, to: .unit).first == target.id
        case .hasRole, .contactFor:
            return edge.weight == nil
        case .reportsTo:
            return edge.weight == nil && targets(of: source.id, .reportsTo).first == target.id
        }
    }

    func linkFileEdges() -> [Edge] {
        graph.edges.filter { !isInNodeFile($0) }
            .sorted { ($0.source, $0.target, $0.kind.rawValue) < ($1.source, $1.target, $1.kind.rawValue) }
    }
}

/// Writes the whole graph as files (SPEC §5 `export`).
public enum Exporter {
    /// people.csv, units.csv, groups.csv, roles.csv, links.csv in `directory`
    /// (created when missing). Returns the file names and their row counts.
    @discardableResult
    public static func writeCSV(_ store: StakeMapStore, to directory: String) throws -> [(String, Int)] {
        let listing = GraphListing(try store.loadGraph())
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StakeMapError.cannotWrite(path: directory, reason: error.localizedDescription)
        }
        var written: [(String, Int)] = []
        for section in GraphListing.Section.allCases {
            let name = "\(section.rawValue).csv"
            let text = listing.csv(section)
            let path = (directory as NSString).appendingPathComponent(name)
            try OutputFile.write(Data(text.utf8), to: path)
            written.append(
                (name, section == .links ? listing.linkFileEdges().count : listing.records(section).count))
        }
        return written
    }

    /// `{"people": [...], "units": [...], "groups": [...], "roles": [...], "links": [...]}`.
    public static func json(_ store: StakeMapStore) throws -> String {
        let listing = GraphListing(try store.loadGraph())
        var out = "{\n"
        let sections = GraphListing.Section.allCases
        for (position, section) in sections.enumerated() {
            let records = listing.records(section)
            out += "  \(JSONValue.quote(section.rawValue)): ["
            out += records.isEmpty ? "]" : "\n" + records.map { "    " + $0.json }.joined(separator: ",\n") + "\n  ]"
            out += position == sections.count - 1 ? "\n" : ",\n"
        }
        return out + "}\n"
    }
}
