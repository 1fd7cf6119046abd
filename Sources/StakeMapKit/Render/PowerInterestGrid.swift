import Foundation

/// Mendelow's power/interest grid: every node with both scores placed in its
/// cell, in four quadrants that say how to treat it (SPEC §4 `grid`).
///
/// Drawn with neato and pinned positions: each score pair (power, interest) is
/// a cell of the 5 × 5 grid, nodes with equal scores are spread over a small
/// lattice inside their cell, and a cell shows at most ``cellLimit`` names
/// (the most powerful, then by name) and a "+ N more" line for the rest.
public struct PowerInterestGrid: Sendable {
    /// One placed node.
    public struct Entry: Equatable, Sendable {
        public var id: String
        public var name: String
        public var kind: NodeKind
        public var side: Side
        public var power: Int
        public var interest: Int
        public var involved: Bool
        public var flagged: Bool
    }

    /// The quadrant names, as on Mendelow's grid.
    public enum Quadrant: String, CaseIterable, Sendable {
        case manageClosely = "manage closely"
        case keepSatisfied = "keep satisfied"
        case keepInformed = "keep informed"
        case monitor

        /// High power or interest is 4 or 5 (SPEC §1).
        public init(power: Int, interest: Int) {
            switch (power >= 4, interest >= 4) {
            case (true, true): self = .manageClosely
            case (true, false): self = .keepSatisfied
            case (false, true): self = .keepInformed
            case (false, false): self = .monitor
            }
        }
    }

    public static let cellLimit = 6

    public var title: String
    public var entries: [Entry]

    public init(title: String, entries: [Entry]) {
        self.title = title
        self.entries = entries.sorted { ($0.power, $0.interest, $0.name, $0.id) > ($1.power, $1.interest, $1.name, $1.id) }
    }

    /// The grid of a project: nodes with power and interest, coloured as on the
    /// map (red: found by a high-severity gap rule; green: involved).
    public static func make(_ store: StakeMapStore, title: String) throws -> PowerInterestGrid {
        let graph = try AnalysisGraph.load(store)
        let high = GapFinder.run(GapFinder.rules.filter { $0.severity == .high }, on: graph)
        let flagged = Set(high.gaps.map(\.node))
        var entries: [Entry] = []
        for node in 0..<graph.count where graph.power[node] > 0 && graph.interest[node] > 0 {
            let id = graph.id(node)
            entries.append(
                Entry(
                    id: id, name: graph.name(node), kind: graph.kinds[node], side: graph.sides[node],
                    power: Int(graph.power[node]), interest: Int(graph.interest[node]),
                    involved: graph.involved[node], flagged: flagged.contains(id)))
        }
        return PowerInterestGrid(title: title, entries: entries)
    }

    /// Entries by quadrant, for listings and tests.
    public func quadrants() -> [Quadrant: [Entry]] {
        Dictionary(grouping: entries) { Quadrant(power: $0.power, interest: $0.interest) }
    }

    // Layout in points: a cell per score, the quadrant line between 3 and 4.
    static let cellWidth = 200.0
    static let cellHeight = 150.0
    static let origin = (x: 120.0, y: 90.0)

    static func cellOrigin(power: Int, interest: Int) -> (x: Double, y: Double) {
        (origin.x + Double(interest - 1) * cellWidth, origin.y + Double(power - 1) * cellHeight)
    }

    /// The DOT text (neato, every position pinned).
    public func dot() -> String {
        var dot = DOTWriter(name: "grid", directed: false)
        dot.graphAttributes([
            "layout": "neato", "outputorder": "nodesfirst", "bgcolor": "white", "pad": 0.3,
            "fontname": "Helvetica", "notranslate": "true", "inputscale": 72,
        ])
        dot.nodeDefaults(["fontname": "Helvetica", "fontsize": 10])
        let width = 5 * Self.cellWidth
        let height = 5 * Self.cellHeight
        // Quadrant backgrounds, drawn first.
        let quadrantBoxes: [(Quadrant, Double, Double, Double, Double, String)] = [
            (.monitor, 0, 0, 3, 3, "#f4f4f4"), (.keepInformed, 3, 0, 2, 3, "#eaf2fb"),
            (.keepSatisfied, 0, 3, 3, 2, "#fdf3e6"), (.manageClosely, 3, 3, 2, 2, "#fbe9e9"),
        ]
        for (quadrant, column, row, columns, rows, colour) in quadrantBoxes {
            let x = Self.origin.x + column * Self.cellWidth
            let y = Self.origin.y + row * Self.cellHeight
            let boxWidth = columns * Self.cellWidth
            let boxHeight = rows * Self.cellHeight
            dot.node("quadrant \(quadrant.rawValue)", [
                "shape": "box", "style": "filled", "color": "#999999", "fillcolor": .text(colour), "label": "",
                "fixedsize": "true", "width": .number(boxWidth / 72), "height": .number(boxHeight / 72),
                "pos": .text(Self.pin(x + boxWidth / 2, y + boxHeight / 2)),
            ])
            dot.node("quadrant label \(quadrant.rawValue)", [
                "shape": "plaintext", "fontsize": 14, "fontcolor": "#555555", "height": 0.3,
                "label": .text(quadrant.rawValue.uppercased()),
                "pos": .text(Self.pin(x + boxWidth / 2, y + boxHeight - 13)),
            ])
        }
        // Axes: ticks and names.
        for score in 1...5 {
            dot.node("interest tick \(score)", [
                "shape": "plaintext", "label": .text(String(score)), "fontsize": 12,
                "pos": .text(Self.pin(Self.origin.x + (Double(score) - 0.5) * Self.cellWidth, Self.origin.y - 16)),
            ])
            dot.node("power tick \(score)", [
                "shape": "plaintext", "label": .text(String(score)), "fontsize": 12,
                "pos": .text(Self.pin(Self.origin.x - 16, Self.origin.y + (Double(score) - 0.5) * Self.cellHeight)),
            ])
        }
        dot.node("axis interest", [
            "shape": "plaintext", "fontsize": 14, "label": "interest (belang) →",
            "pos": .text(Self.pin(Self.origin.x + width / 2, Self.origin.y - 44)),
        ])
        dot.node("axis power", [
            "shape": "plaintext", "fontsize": 14, "label": .lines(["power", "(macht)", "↑"], .center),
            "pos": .text(Self.pin(Self.origin.x - 70, Self.origin.y + height / 2)),
        ])
        dot.node("title", [
            "shape": "plaintext", "fontsize": 20, "label": .text(title),
            "pos": .text(Self.pin(Self.origin.x + width / 2, Self.origin.y + height + 40)),
        ])
        dot.node("legend", [
            "shape": "plaintext", "fontsize": 11,
            "label": "red: needs attention (high-severity gap)   green: involved   white: not involved   box: person   folder: unit   ellipse: target group",
            "pos": .text(Self.pin(Self.origin.x + width / 2, Self.origin.y - 70)),
        ])
        // Nodes, spread over a 2 × 3 lattice in their cell.
        let cells = Dictionary(grouping: entries) { "\($0.power),\($0.interest)" }
        for key in cells.keys.sorted() {
            let members = cells[key]!
            let (x0, y0) = Self.cellOrigin(power: members[0].power, interest: members[0].interest)
            let shown = members.prefix(Self.cellLimit)
            for (position, entry) in shown.enumerated() {
                let column = Double(position % 2)
                let row = Double(position / 2)
                let x = x0 + 52 + column * 96
                // below the quadrant's name, which sits at the top of its cells
                let y = y0 + Self.cellHeight - 44 - row * 34
                dot.node("node \(entry.id)", Self.style(entry).merging([
                    "label": .text(Self.shortName(entry.name)), "tooltip": .text(entry.id),
                    "pos": .text(Self.pin(x, y)),
                ]) { _, new in new })
            }
            if members.count > shown.count {
                dot.node("more \(key)", [
                    "shape": "plaintext", "fontsize": 9, "fontcolor": "#555555",
                    "label": .text("+ \(members.count - shown.count) more"),
                    "pos": .text(Self.pin(x0 + Self.cellWidth / 2, y0 + 8)),
                ])
            }
        }
        return dot.finished()
    }

    /// Renders the grid (png, svg, pdf, or the DOT text).
    public func render(format: RenderFormat) throws -> [UInt8] {
        do {
            return try Graphviz.render(dot: dot(), layout: .neato, format: format)
        } catch let error as GraphvizError {
            throw StakeMapError.rendering(error.message)
        }
    }

    static func pin(_ x: Double, _ y: Double) -> String {
        String(format: "%.1f,%.1f!", x, y)
    }

    static func shortName(_ name: String) -> String {
        let line = name.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 18 ? String(line.prefix(17)) + "…" : line
    }

    static func style(_ entry: Entry) -> [String: DOTValue] {
        let fill: String = entry.flagged ? "#f4b6b6" : entry.involved ? "#cdebc5" : "#ffffff"
        let border: String = entry.flagged ? "#b22222" : entry.side == .internal ? "#2c5d8f" : "#b8732e"
        let shape: String
        switch entry.kind {
        case .person: shape = "box"
        case .unit: shape = "folder"
        case .group: shape = "ellipse"
        case .role: shape = "hexagon"
        }
        return [
            "shape": .text(shape), "style": entry.kind == .person ? "rounded,filled" : "filled",
            "fillcolor": .text(fill), "color": .text(border), "penwidth": entry.flagged ? 2 : 1,
            "fixedsize": "true", "width": 1.25, "height": 0.4, "fontsize": 9,
        ]
    }
}
