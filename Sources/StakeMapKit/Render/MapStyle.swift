/// The look shared by the stakeholder map and the power/interest grid: what colour
/// and shape each kind of node gets, so the two pictures read the same way.
enum MapStyle {
    /// DejaVu Sans first, named: Graphviz measures the labels in whatever
    /// font this resolves to, and "Helvetica" resolved to DejaVu on one
    /// machine and to Liberation Sans on another once LibreOffice or Chromium
    /// had brought that in, so the same graph gave pictures of other sizes.
    /// scripts/install-deps.sh installs fonts-dejavu-core. Verdana, of the
    /// same widths, is there for an inline SVG opened where DejaVu is not.
    static let font = "DejaVu Sans,Verdana,sans-serif"

    /// What the fill colour of a node says.
    enum Status {
        /// A high-severity gap rule names it.
        case attention
        /// Involved in a step, itself or through its members.
        case involved
        case neutral

        init(_ node: Int, _ graph: AnalysisGraph, red: [Bool]) {
            self = red[node] ? .attention : graph.involved[node] ? .involved : .neutral
        }

        var fill: String {
            switch self {
            case .attention: "#f6c1bb"
            case .involved: "#c7e9c0"
            case .neutral: "#ffffff"
            }
        }

        /// The lighter fill of an opened unit's box.
        var boxFill: String {
            switch self {
            case .attention: "#fbe4e1"
            case .involved: "#edf7ea"
            case .neutral: "#ffffff"
            }
        }

        var boxBorder: String {
            switch self {
            case .attention: attentionBorder
            case .involved: "#4c9a4f"
            case .neutral: "#9aa5b1"
            }
        }
    }

    static let attentionBorder = "#b22222"
    static let attentionText = "#a31515"
    static let mutedText = "#555555"

    /// Node borders tell the sides apart where no boxes do (neato, sfdp, circo).
    static func border(_ side: Side) -> String { side == .internal ? "#2f5f8f" : "#b0661d" }

    static let organisationFill = "#eef4fa"
    static let outsideFill = "#fdf5ec"
    static let groupsFill = "#fbe9d6"

    static let influenceColour = "#333333"
    static let contactColour = "#1f6fb2"
    static let reportsColour = "#a0a0a0"
    static let memberColour = "#8c8c8c"

    /// A node's shape and the style words that go with it.
    static func shape(_ kind: NodeKind, _ side: Side) -> (shape: String, style: String) {
        switch (kind, side) {
        case (.person, .internal): ("box", "rounded,filled")
        case (.person, .external): ("box", "filled")
        case (.unit, .internal): ("folder", "filled")
        case (.unit, .external): ("box3d", "filled")
        case (.group, _): ("ellipse", "filled")
        case (.role, _): ("plaintext", "")
        }
    }

    /// A name cut to `limit` characters (the whole name stays in the tooltip).
    static func shortened(_ text: String, _ limit: Int = 40) -> String {
        let flat = flattened(text)
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }

    /// The text on one line: line breaks become spaces.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// A name on one line, or on two split at a space when it is longer than
    /// `limit` characters; only what still does not fit is cut with "…".
    static func twoLines(_ text: String, _ limit: Int) -> [String] {
        let flat = flattened(text)
        guard flat.count > limit else { return [flat] }
        let words = flat.split(separator: " ", omittingEmptySubsequences: true)
        var first = ""
        var used = 0
        for word in words {
            let next = first.isEmpty ? String(word) : first + " " + word
            guard next.count <= limit else { break }
            first = next
            used += 1
        }
        guard used > 0, used < words.count else { return [shortened(flat, limit)] }
        return [first, shortened(words[used...].joined(separator: " "), limit)]
    }

    /// `12 345` — digits grouped by threes with a space, readable in Dutch and English.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += " " }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `1 person`, `12 people`.
    static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(grouped(value)) \(value == 1 ? singular : plural)"
    }
}
