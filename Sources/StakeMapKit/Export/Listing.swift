import Foundation

/// What `list` and `export` show of one node or link: the attribute names of
/// the import files (docs/formats.md), lists as ids, unset values as null.
public struct ListedRecord: Sendable {
    /// Keys and values in output order; JSON sorts the keys.
    public var fields: [(String, JSONValue)]

    public subscript(key: String) -> JSONValue? { fields.first { $0.0 == key }?.1 }
}

/// A minimal JSON value with deterministic, sorted-key output.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])

    init(_ value: String?) { self = value.map(JSONValue.string) ?? .null }
    init(_ value: Int?) { self = value.map(JSONValue.int) ?? .null }
    init(_ values: [String]) { self = .array(values.map(JSONValue.string)) }

    public var json: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .string(let value): JSONValue.quote(value)
        case .array(let values): "[" + values.map(\.json).joined(separator: ", ") + "]"
        }
    }

    /// A JSON object with its keys in the order given (where the output has a fixed
    /// order; ``ListedRecord`` sorts its keys instead).
    static func object(_ fields: KeyValuePairs<String, JSONValue>) -> String {
        "{" + fields.map { quote($0.key) + ": " + $0.value.json }.joined(separator: ", ") + "}"
    }

    /// The value as a CSV cell: lists joined by `|`, null empty, booleans yes/no.
    var cell: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "yes" : "no"
        case .int(let value): String(value)
        case .string(let value): value
        case .array(let values): values.map(\.cell).joined(separator: "|")
        }
    }

    /// A JSON string literal. Most text needs no escaping: that is checked on
    /// the bytes first (a report of 300,000 gaps spent most of its time here).
    static func quote(_ text: String) -> String {
        var out = ""
        appendQuoted(text, to: &out)
        return out
    }

    /// Appends `text` as a JSON string literal to `out` (no temporary strings: the
    /// gap report writes 300,000 gaps at a million people).
    static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                out += String(format: "\\u%04x", c.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

extension ListedRecord {
    /// `{"a": 1, "b": …}` with keys sorted, so that two exports are byte-identical.
    public var json: String {
        "{" + fields.sorted { $0.0 < $1.0 }.map { JSONValue.quote($0.0) + ": " + $0.1.json }
            .joined(separator: ", ") + "}"
    }
}

/// The listings of the graph per kind, as `list` and `export` print them,
/// written record by record as the nodes are read.
public struct GraphListing {
    let snapshot: GraphSnapshot
    var graph: AnalysisGraph { snapshot.graph }
    /// The nodes `list`'s filters let through, by number; nil: all.
    let passing: [Bool]?

    init(_ snapshot: GraphSnapshot, filter: ListingFilter = ListingFilter()) {
        self.snapshot = snapshot
        passing = filter.isEmpty ? nil : filter.passing(snapshot.graph)
    }

    func passes(_ node: Int) -> Bool { passing?[node] ?? true }

    /// How `list` prints a section.
    public enum Format: Sendable {
        case table(Language), json, csv
    }

    public enum Section: String, CaseIterable, Sendable {
        case people, units, groups, roles, links

        var nodeKind: NodeKind? {
            switch self {
            case .people: .person
            case .units: .unit
            case .groups: .group
            case .roles: .role
            case .links: nil
            }
        }
    }

    /// The ids `node` links to by `kind` (only nodes of `targetKind` when given), sorted.
    func targets(of node: Int, _ kind: EdgeKind, to targetKind: NodeKind? = nil) -> [String] {
        graph.out(kind).neighbours(node).filter { targetKind == nil || graph.kinds[Int($0)] == targetKind }
            .map { graph.id(Int($0)) }.sorted()
    }

    /// The ids of the nodes that link to `node` by `kind` (a kind the graph keeps incoming links of), sorted.
    func sources(of node: Int, _ kind: EdgeKind) -> [String] {
        graph.into(kind).neighbours(node).map { graph.id(Int($0)) }.sorted()
    }

    /// The links leaving `node`, every kind, in the order of the adjacency.
    func links(from node: Int) -> [ListedLink] {
        var links: [ListedLink] = []
        for kind in EdgeKind.allCases {
            let adjacency = graph.out(kind)
            let weights = graph.storedWeights[kind] ?? []
            for position in Int(adjacency.offsets[node])..<Int(adjacency.offsets[node + 1]) {
                let target = adjacency.targets[position]
                links.append(
                    ListedLink(
                        source: Int32(node), target: target, kind: kind,
                        weight: weights[position] == 0 ? nil : Int(weights[position]),
                        note: graph.linkNotes[LinkEnds(source: Int32(node), kind: kind, target: target)]))
            }
        }
        return links
    }

    /// Calls `body` with every link of the graph sorted by source, target and kind.
    func forEachLink(_ body: (ListedLink) throws -> Void) rethrows {
        for source in 0..<graph.count {
            let targetIDs = links(from: source).map { ($0, graph.id(Int($0.target))) }
            for (link, _) in targetIDs.sorted(by: { ($0.1, $0.0.kind.rawValue) < ($1.1, $1.0.kind.rawValue) }) {
                try body(link)
            }
        }
    }

    func record(_ link: ListedLink) -> ListedRecord {
        ListedRecord(fields: [
            ("source", .string(graph.id(Int(link.source)))), ("target", .string(graph.id(Int(link.target)))),
            ("kind", .string(link.kind.rawValue)), ("weight", JSONValue(link.weight)), ("note", JSONValue(link.note)),
        ])
    }

    /// Calls `body` with the records of one section in order: nodes by id, links
    /// by source, target and kind.
    func forEachRecord(_ section: Section, _ body: (ListedRecord) throws -> Void) throws {
        guard let kind = section.nodeKind else {
            try forEachLink { try body(record($0)) }
            return
        }
        try snapshot.forEachNode(of: kind) { number, node in
            if passes(number) { try body(record(number, node)) }
        }
    }

    func record(_ number: Int, _ node: NodeRecord) -> ListedRecord {
        var fields: [(String, JSONValue)] = [
            ("id", .string(node.id)), ("kind", .string(node.kind.rawValue)), ("side", .string(node.side.rawValue)),
            ("name", .string(node.name)),
        ]
        let units = node.kind == .person || node.kind == .unit ? targets(of: number, .memberOf, to: .unit) : []
        fields.append(("unit", JSONValue(node.kind == .person ? units.first : nil)))
        let steps = graph.steps[number]
        fields += [
            ("roles", JSONValue(targets(of: number, .hasRole))),
            ("groups", JSONValue(targets(of: number, .memberOf, to: .group))),
            ("contact_for", JSONValue(targets(of: number, .contactFor))),
            ("power", JSONValue(node.power)), ("interest", JSONValue(node.interest)),
            ("legitimacy", JSONValue(node.legitimacy)), ("urgency", JSONValue(node.urgency)),
            ("salience", JSONValue(Salience(power: node.power, legitimacy: node.legitimacy, urgency: node.urgency)?.rawValue)),
            ("level", JSONValue(node.level?.rawValue)),
            ("steps", JSONValue(InvolvementStep.allCases.filter { steps.contains(StepSet($0)) }.map(\.rawValue))),
            ("tools", JSONValue((graph.tools[Int32(number)] ?? []).sorted())), ("email", JSONValue(node.email)),
            ("notes", JSONValue(node.notes)),
        ]
        switch node.kind {
        case .person:
            fields.append(("influences", JSONValue(targets(of: number, .influences))))
            fields.append(("reports_to", JSONValue(targets(of: number, .reportsTo).first)))
        case .unit:
            fields.append(("path", JSONValue(node.path)))
            fields.append(("parent", JSONValue(units.first)))
        case .group:
            fields.append(("contact", JSONValue(sources(of: number, .contactFor))))
        case .role:
            fields.append(("required", .bool(node.required ?? false)))
        }
        return ListedRecord(fields: fields)
    }

    /// A JSON array, one record per line.
    func writeJSON(_ section: Section, to output: BufferedOutput) throws {
        var first = true
        try forEachRecord(section) { record in
            try output.write((first ? "[\n  " : ",\n  ") + record.json)
            first = false
        }
        try output.write(first ? "[]\n" : "\n]\n")
    }
}

/// A link as a listing shows it: its ends by node number, its stored weight and note.
struct ListedLink {
    var source: Int32
    var target: Int32
    var kind: EdgeKind
    var weight: Int?
    var note: String?
}

extension StakeMapStore {
    /// `list`: one section of the graph as a table, JSON or CSV, written to `output` as it is read.
    public func writeList(
        _ section: GraphListing.Section, format: GraphListing.Format, filter: ListingFilter = ListingFilter(),
        to output: BufferedOutput
    ) throws {
        try withSnapshot { snapshot in
            let listing = GraphListing(snapshot, filter: filter)
            switch format {
            case .table(let language): try output.write(listing.table(section, in: language))
            case .json: try listing.writeJSON(section, to: output)
            case .csv: try listing.writeCSV(section, to: output)
            }
        }
        try output.flush()
    }
}
