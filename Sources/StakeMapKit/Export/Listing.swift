import Foundation

/// What `list` and `export` show of one node or link: the attribute names of
/// SPEC §1–§2, lists as ids, unset values as null.
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

/// The listings of the graph per kind, as `list` and `export` print them.
public struct GraphListing: Sendable {
    public let graph: StakeholderGraph
    private let byID: [String: Node]
    let outgoing: [String: [Edge]]
    let incoming: [String: [Edge]]

    public init(_ graph: StakeholderGraph) {
        self.graph = graph
        byID = Dictionary(graph.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        outgoing = Dictionary(grouping: graph.edges, by: \.source)
        incoming = Dictionary(grouping: graph.edges, by: \.target)
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

    func node(_ id: String) -> Node? { byID[id] }

    func targets(of id: String, _ kind: EdgeKind, to targetKind: NodeKind? = nil) -> [String] {
        (outgoing[id] ?? []).filter { $0.kind == kind && (targetKind == nil || byID[$0.target]?.kind == targetKind) }
            .map(\.target).sorted()
    }

    func sources(of id: String, _ kind: EdgeKind) -> [String] {
        (incoming[id] ?? []).filter { $0.kind == kind }.map(\.source).sorted()
    }

    /// The records of one section, sorted by id (links by source, target, kind).
    public func records(_ section: Section) -> [ListedRecord] {
        guard let kind = section.nodeKind else {
            return graph.edges.sorted { ($0.source, $0.target, $0.kind.rawValue) < ($1.source, $1.target, $1.kind.rawValue) }
                .map { edge in
                    ListedRecord(fields: [
                        ("source", .string(edge.source)), ("target", .string(edge.target)),
                        ("kind", .string(edge.kind.rawValue)), ("weight", JSONValue(edge.weight)),
                        ("note", JSONValue(edge.note)),
                    ])
                }
        }
        return graph.nodes.filter { $0.kind == kind }.map(record)
    }

    func record(_ node: Node) -> ListedRecord {
        var fields: [(String, JSONValue)] = [
            ("id", .string(node.id)), ("kind", .string(node.kind.rawValue)), ("side", .string(node.side.rawValue)),
            ("name", .string(node.name)),
        ]
        let units = targets(of: node.id, .memberOf, to: .unit)
        switch node.kind {
        case .person, .unit:
            fields.append(("unit", JSONValue(node.kind == .person ? units.first : nil)))
        case .group, .role:
            fields.append(("unit", .null))
        }
        fields += [
            ("roles", JSONValue(targets(of: node.id, .hasRole))),
            ("groups", JSONValue(targets(of: node.id, .memberOf, to: .group))),
            ("contact_for", JSONValue(targets(of: node.id, .contactFor))),
            ("power", JSONValue(node.power)), ("interest", JSONValue(node.interest)),
            ("level", JSONValue(node.level?.rawValue)),
            ("steps", JSONValue(InvolvementStep.allCases.filter(node.steps.contains).map(\.rawValue))),
            ("tools", JSONValue(node.tools.sorted())), ("email", JSONValue(node.email)),
            ("notes", JSONValue(node.notes)),
        ]
        switch node.kind {
        case .person:
            fields.append(("influences", JSONValue(targets(of: node.id, .influences))))
            fields.append(("reports_to", JSONValue(targets(of: node.id, .reportsTo).first)))
        case .unit:
            fields.append(("path", JSONValue(node.path)))
            fields.append(("parent", JSONValue(units.first)))
        case .group:
            fields.append(("contact", JSONValue(sources(of: node.id, .contactFor))))
        case .role:
            fields.append(("required", .bool(node.required ?? false)))
        }
        return ListedRecord(fields: fields)
    }

    /// A JSON array, one record per line.
    public func json(_ section: Section) -> String {
        let records = records(section)
        if records.isEmpty { return "[]\n" }
        return "[\n" + records.map { "  " + $0.json }.joined(separator: ",\n") + "\n]\n"
    }
}
