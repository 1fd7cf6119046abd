/// The value of one DOT attribute.
public enum DOTValue: Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral
{
    /// Text shown as written, whatever it holds: backslashes, quotes, `\N`,
    /// `&amp;`, line breaks (which become centred line breaks).
    case text(String)
    /// Several lines of literal text, each aligned as asked.
    case lines([String], LineAlignment)
    /// A number, written unquoted.
    case number(Double)
    /// The body of an HTML-like label, written between `<` and `>` unchanged;
    /// build it from ``DOTWriter/htmlEscape(_:)``-escaped text.
    case html(String)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }

    /// How the lines of a label are aligned in their box.
    public enum LineAlignment: Sendable {
        case left, center, right
    }

    /// The value as it appears after `name=` in DOT.
    public var dot: String {
        switch self {
        case .text(let text):
            return DOTWriter.quote(Self.literal(DOTWriter.capped(text)))
        case .lines(let lines, let alignment):
            // Graphviz's line ends: `\n` centres the line before it, `\l`/`\r` push it left/right.
            let separator: String
            switch alignment {
            case .center: separator = "\\n"
            case .left: separator = "\\l"
            case .right: separator = "\\r"
            }
            let body = lines.map { DOTWriter.quote(Self.literal(DOTWriter.capped($0))).dropFirst().dropLast() }
                .joined(separator: separator)
            return "\"" + body + (alignment == .center ? "" : separator) + "\""
        case .number(let value):
            if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
                return String(Int64(value))
            }
            return value.isFinite ? String(value) : "0"
        case .html(let body):
            return "<" + body + ">"
        }
    }

    /// Graphviz turns entities such as `&amp;` in labels into characters, so a
    /// name that contains one literally needs its `&` escaped.
    static func literal(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
    }
}

/// Writes DOT text deterministically: statements in the order they are
/// written, attributes sorted by name, every ID and text quoted.
///
/// ```swift
/// var dot = DOTWriter(name: "map")
/// dot.graphAttributes(["rankdir": "LR"])
/// dot.cluster("org", ["label": "Organisation"]) { org in
///     org.node("p1", ["label": .text(person.name)])
/// }
/// dot.edge("p1", "g1", ["style": "dashed"])
/// let text = dot.finished()
/// ```
public struct DOTWriter: Sendable {
    private var text: String
    private var depth = 1
    private let edgeOperator: String

    public init(name: String = "map", directed: Bool = true, strict: Bool = false) {
        let keyword = (strict ? "strict " : "") + (directed ? "digraph" : "graph")
        text = "\(keyword) \(Self.quote(name)) {\n"
        edgeOperator = directed ? "->" : "--"
    }

    /// The DOT text, closed.
    public func finished() -> String {
        text + "}\n"
    }

    /// The statements written so far, without the opening `digraph … {` line and the
    /// closing brace: to add them to another graph's text.
    public var statements: String {
        // The opening line is the first: `quote` writes line breaks in the name as `\n`.
        guard let end = text.firstIndex(of: "\n") else { return "" }
        return String(text[text.index(after: end)...])
    }

    /// `graph [...]` for the graph or subgraph being written.
    public mutating func graphAttributes(_ attributes: [String: DOTValue]) {
        statement("graph", attributes, always: false)
    }

    /// `node [...]`: defaults for the nodes written after it in this (sub)graph.
    public mutating func nodeDefaults(_ attributes: [String: DOTValue]) {
        statement("node", attributes, always: false)
    }

    /// `edge [...]`: defaults for the edges written after it in this (sub)graph.
    public mutating func edgeDefaults(_ attributes: [String: DOTValue]) {
        statement("edge", attributes, always: false)
    }

    /// A node. The ID is only quoted; give what people read as a `label`,
    /// because Graphviz decodes entities such as `&amp;` in the default label.
    public mutating func node(_ id: String, _ attributes: [String: DOTValue] = [:]) {
        statement(Self.quote(Self.name(id)), attributes, always: true)
    }

    /// An edge `from -> to` (or `--` in an undirected graph).
    public mutating func edge(_ from: String, _ to: String, _ attributes: [String: DOTValue] = [:]) {
        statement("\(Self.quote(Self.name(from))) \(edgeOperator) \(Self.quote(Self.name(to)))", attributes, always: true)
    }

    /// `subgraph "cluster_<id>" { ... }`: a box drawn around what `body` writes
    /// (by `dot` and `fdp`; the other layouts ignore clusters).
    public mutating func cluster(
        _ id: String, _ attributes: [String: DOTValue] = [:], body: (inout DOTWriter) throws -> Void
    ) rethrows {
        try subgraph("cluster_" + id, attributes, body: body)
    }

    /// `subgraph "<name>" { ... }`, e.g. to hold nodes with `rank=same`.
    public mutating func subgraph(
        _ name: String, _ attributes: [String: DOTValue] = [:], body: (inout DOTWriter) throws -> Void
    ) rethrows {
        line("subgraph \(Self.quote(Self.name(name))) {")
        depth += 1
        graphAttributes(attributes)
        try body(&self)
        depth -= 1
        line("}")
    }

    // MARK: - Length

    /// Graphviz's lexer rejects a quoted string of more than 16,384 bytes
    /// ("longer than 16384?"); a longer one is cut to ``cutText`` characters,
    /// which stay below that however they are escaped (`&` as `&amp;`, 5 bytes).
    static let maximumQuotedBytes = 16_000
    static let cutText = 3_000

    /// `text`, cut with "…" when it would be too long for Graphviz (a tooltip
    /// with a 100,000-character name, say).
    public static func capped(_ text: String) -> String {
        guard text.utf8.count * 5 + 2 > maximumQuotedBytes,  // no need to measure
            quote(DOTValue.literal(text)).utf8.count > maximumQuotedBytes
        else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(cutText - 1))) + "…"
    }

    /// The DOT name for a node, edge end or subgraph named `id`: the id itself, or
    /// when too long for Graphviz its first characters, "…" and a hash of the
    /// whole id, so that two long ids stay two names.
    public static func name(_ id: String) -> String {
        guard id.utf8.count * 2 + 2 > maximumQuotedBytes, quote(id).utf8.count > maximumQuotedBytes else { return id }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64 bits
        for byte in id.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return String(String.UnicodeScalarView(id.unicodeScalars.prefix(cutText - 20))) + "…" + String(hash, radix: 16)
    }

    // MARK: - Escaping

    /// A DOT double-quoted string whose content Graphviz reads back literally:
    /// `\` and `"` are escaped (so a trailing `\` or `\N` stays as written),
    /// line breaks become `\n`, carriage returns are dropped, tabs become spaces,
    /// and characters that cannot appear in SVG/XML (other control characters,
    /// U+FFFE, U+FFFF) are dropped.
    public static func quote(_ string: String) -> String {
        var quoted = "\""
        quoted.unicodeScalars.reserveCapacity(string.unicodeScalars.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\r": continue
            case "\t": quoted += " "
            default:
                if isLineBreak(scalar) {
                    quoted += "\\n"
                } else if !isForbidden(scalar) {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        quoted += "\""
        return quoted
    }

    /// Text for an HTML-like label: `& < > " '` become entities, line breaks
    /// become `<br/>`, `\` is doubled, and characters XML forbids are dropped as
    /// in ``quote(_:)``.
    ///
    /// Graphviz 2.43 treats backslashes in HTML text as in other labels (`\N`
    /// becomes the node's name) and reads past the end of a text that ends in one,
    /// so a literal backslash must be written `\\` there too.
    public static func htmlEscape(_ string: String) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(string.unicodeScalars.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\\": escaped += "\\\\"
            case "\r": continue
            case "\t": escaped += " "
            default:
                if isLineBreak(scalar) {
                    escaped += "<br/>"
                } else if !isForbidden(scalar) {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    // MARK: - Writing

    private mutating func statement(_ head: String, _ attributes: [String: DOTValue], always: Bool) {
        if attributes.isEmpty {
            if always { line(head + ";") }
            return
        }
        let list = attributes.sorted { $0.key < $1.key }
            .map { Self.attributeName($0.key) + "=" + $0.value.dot }
            .joined(separator: ", ")
        line("\(head) [\(list)];")
    }

    private mutating func line(_ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    /// Attribute names are plain identifiers; anything else is quoted.
    private static func attributeName(_ name: String) -> String {
        let isIdentifier = !name.isEmpty && name.unicodeScalars.enumerated().allSatisfy { index, scalar in
            scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || (index > 0 && ("0"..."9").contains(scalar))
        }
        return isIdentifier ? name : quote(name)
    }
}
