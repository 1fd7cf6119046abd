import Foundation

/// Mendelow's four ways of treating a stakeholder, by power and interest
/// (high = 4 or 5, SPEC §1).
public enum Quadrant: String, CaseIterable, Sendable {
    /// High power, high interest.
    case manageClosely = "manage closely"
    /// High power, low interest.
    case keepSatisfied = "keep satisfied"
    /// Low power, high interest.
    case keepInformed = "keep informed"
    /// Low power, low interest.
    case monitor

    public init(power: Int, interest: Int) {
        switch (power >= 4, interest >= 4) {
        case (true, true): self = .manageClosely
        case (true, false): self = .keepSatisfied
        case (false, true): self = .keepInformed
        case (false, false): self = .monitor
        }
    }

    var title: String {
        switch self {
        case .manageClosely: "Manage closely"
        case .keepSatisfied: "Keep satisfied"
        case .keepInformed: "Keep informed"
        case .monitor: "Monitor"
        }
    }

    var fill: String {
        switch self {
        case .manageClosely: "#fde3da"
        case .keepSatisfied: "#fff2cf"
        case .keepInformed: "#e2eef9"
        case .monitor: "#f1f1f1"
        }
    }

    var ink: String {
        switch self {
        case .manageClosely: "#a8452a"
        case .keepSatisfied: "#8a6d12"
        case .keepInformed: "#2f5f8f"
        case .monitor: "#666666"
        }
    }
}

/// What `stakemap grid` draws.
public struct GridOptions: Equatable, Sendable {
    public var project: String
    public var date: String
    /// How many nodes each of the 25 cells shows by name at most; the rest is "+ N
    /// more". Nil: 20 for up to 150 scored stakeholders, else 12.
    public var perCell: Int?

    public init(project: String, date: String, perCell: Int? = nil) {
        self.project = project
        self.date = date
        self.perCell = perCell.map { max(2, $0) }
    }
}

/// The power/interest grid of a project (Mendelow): every person, unit and target
/// group that has both a power and an interest score, placed in its cell of the
/// 5 × 5 grid and coloured as on the map, with the four quadrants named. Nodes
/// with equal scores are spread over their cell; a crowded cell shows the most
/// important ones by name and says how many more there are.
public struct PowerInterestGrid: Sendable {
    /// One node placed on the grid, with its position (inches from the lower left).
    public struct Placement: Equatable, Sendable {
        public var id: String
        public var power: Int
        public var interest: Int
        public var quadrant: Quadrant
        public var x: Double
        public var y: Double
    }

    public let dot: String
    /// The nodes drawn by name, in drawing order.
    public let placements: [Placement]
    /// Nodes with both scores (drawn by name or counted in a "+ N more").
    public let scoredCount: Int
    /// Persons, units and groups without a power or an interest score.
    public let unscoredCount: Int
    /// Scored nodes per quadrant.
    public let quadrantCounts: [Quadrant: Int]

    // Sizes in inches.
    static let slotWidth = 1.9
    static let slotHeight = 0.44
    static let padding = 0.12
    /// Room at the top of a quadrant for its name.
    static let band = 0.42
    static let left = 1.1
    static let bottom = 0.9

    public static func make(_ store: StakeMapStore, options: GridOptions) throws -> PowerInterestGrid {
        make(try AnalysisGraph.load(store), options: options)
    }

    static func make(_ graph: AnalysisGraph, options: GridOptions) -> PowerInterestGrid {
        let (red, _) = MapSelection.needingAttention(graph)
        // cells[power - 1][interest - 1]: the nodes with those scores, most important first.
        var cells = [[[Int32]]](repeating: [[Int32]](repeating: [], count: 5), count: 5)
        var unscored = 0
        var quadrantCounts = Dictionary(uniqueKeysWithValues: Quadrant.allCases.map { ($0, 0) })
        for node in 0..<graph.count where graph.kinds[node] != .role {
            let power = Int(graph.power[node])
            let interest = Int(graph.interest[node])
            guard power > 0, interest > 0 else {
                unscored += 1
                continue
            }
            cells[power - 1][interest - 1].append(Int32(node))
            quadrantCounts[Quadrant(power: power, interest: interest), default: 0] += 1
        }
        func rank(_ node: Int32) -> (Bool, Int, Bool, Int32) {
            let kindOrder = switch graph.kinds[Int(node)] {
            case .group: 0
            case .unit: 1
            default: 2
            }
            return (red[Int(node)], kindOrder, graph.involved[Int(node)], node)
        }
        for power in 0..<5 {
            for interest in 0..<5 {
                cells[power][interest].sort { a, b in
                    let (x, y) = (rank(a), rank(b))
                    if x.0 != y.0 { return x.0 }
                    if x.1 != y.1 { return x.1 < y.1 }
                    if x.2 != y.2 { return x.2 }
                    return x.3 < y.3
                }
            }
        }

        let scored = quadrantCounts.values.reduce(0, +)
        let slots = options.perCell ?? (scored <= 150 ? 20 : 12)
        let fullest = cells.joined().map(\.count).max() ?? 0
        let columns = min(slots, fullest) <= 3 ? 1 : 2
        // Each row of cells is as tall as its fullest cell needs.
        let rows = cells.map { row in max(1, (min(slots, row.map(\.count).max() ?? 0) + columns - 1) / columns) }
        let geometry = Geometry(columns: columns, rows: rows)

        var writer = GridWriter(graph: graph, red: red, geometry: geometry)
        writer.begin(options: options, scored: scored, unscored: unscored)
        var placements: [Placement] = []
        for power in 1...5 {
            for interest in 1...5 {
                let members = cells[power - 1][interest - 1]
                let shown = members.count <= slots ? members.count : slots - 1
                for (slot, node) in members.prefix(shown).enumerated() {
                    let (x, y) = geometry.slot(slot, power: power, interest: interest)
                    writer.node(Int(node), x: x, y: y)
                    placements.append(
                        Placement(
                            id: graph.id(Int(node)), power: power, interest: interest,
                            quadrant: Quadrant(power: power, interest: interest), x: x, y: y))
                }
                if shown < members.count {
                    let (x, y) = geometry.slot(shown, power: power, interest: interest)
                    writer.more(members.count - shown, power: power, interest: interest, x: x, y: y)
                }
            }
        }
        return PowerInterestGrid(
            dot: writer.dot.finished(), placements: placements, scoredCount: scored,
            unscoredCount: unscored, quadrantCounts: quadrantCounts)
    }

    /// The grid as PNG, SVG or PDF bytes (or the DOT text), drawn by neato with every
    /// position pinned.
    public func render(_ format: RenderFormat) throws -> [UInt8] {
        do {
            return try Graphviz.render(dot: dot, layout: .neato, format: format)
        } catch let error as GraphvizError {
            throw StakeMapError.rendering(error.message)
        }
    }

    /// Where the cells are: columns by interest, rows by power, 1 at the lower left.
    /// Each row of cells is as tall as its fullest cell needs; the top row of each
    /// quadrant is taller by `band`, for the quadrant's name.
    struct Geometry {
        let columns: Int
        /// Slot rows per power value (index 0 is power 1).
        let rows: [Int]
        private let bottoms: [Double]

        init(columns: Int, rows: [Int]) {
            self.columns = columns
            self.rows = rows
            var bottoms: [Double] = []
            var next = bottom
            for power in 1...5 {
                bottoms.append(next)
                next += Double(rows[power - 1]) * slotHeight + 2 * padding + (power == 3 || power == 5 ? band : 0)
            }
            self.bottoms = bottoms
        }

        var cellWidth: Double { Double(columns) * slotWidth + 2 * padding }

        func cellHeight(_ power: Int) -> Double { Double(rows[power - 1]) * slotHeight + 2 * padding }

        func cellLeft(_ interest: Int) -> Double { left + Double(interest - 1) * cellWidth }

        func cellBottom(_ power: Int) -> Double { bottoms[power - 1] }

        /// The top of the cell's row, including the quadrant's band above rows 3 and 5.
        func cellTop(_ power: Int) -> Double {
            cellBottom(power) + cellHeight(power) + (power == 3 || power == 5 ? band : 0)
        }

        var right: Double { cellLeft(6) }
        var top: Double { cellTop(5) }

        /// The centre of slot `slot` of a cell, filled from the top left, row by row.
        func slot(_ slot: Int, power: Int, interest: Int) -> (x: Double, y: Double) {
            let column = slot % columns
            let row = slot / columns
            let x = cellLeft(interest) + padding + (Double(column) + 0.5) * slotWidth
            let top = cellBottom(power) + cellHeight(power) - padding
            return (x, top - (Double(row) + 0.5) * slotHeight)
        }
    }
}

/// Writes the grid's DOT text: pinned background boxes first (they are drawn first),
/// then the labels, then the nodes.
private struct GridWriter {
    let graph: AnalysisGraph
    let red: [Bool]
    let geometry: PowerInterestGrid.Geometry
    var dot = DOTWriter(name: "power interest grid")
    var counter = 0

    init(graph: AnalysisGraph, red: [Bool], geometry: PowerInterestGrid.Geometry) {
        self.graph = graph
        self.red = red
        self.geometry = geometry
    }

    mutating func begin(options: GridOptions, scored: Int, unscored: Int) {
        var facts = [
            DOTWriter.htmlEscape(options.date), "\(MapStyle.count(scored, "stakeholder", "stakeholders")) with power and interest",
        ]
        if unscored > 0 { facts.append("\(MapStyle.grouped(unscored)) without (not shown)") }
        let title = "<FONT POINT-SIZE=\"22\"><B>Power/interest grid — \(DOTWriter.htmlEscape(MapStyle.shortened(options.project, 60)))</B></FONT>"
            + "<BR ALIGN=\"LEFT\"/>" + facts.joined(separator: " · ") + "<BR ALIGN=\"LEFT\"/>"
        dot.graphAttributes([
            "label": .html(title), "labelloc": "t", "labeljust": "l", "fontname": .text(MapStyle.font), "fontsize": 12,
            "bgcolor": "white", "pad": 0.3, "dpi": 96, "notranslate": "true", "splines": "false",
        ])
        dot.nodeDefaults([
            "fontname": .text(MapStyle.font), "fontsize": 10, "fixedsize": "true", "margin": 0.02,
        ])

        let g = geometry
        let (x0, y0, x3, y3) = (PowerInterestGrid.left, PowerInterestGrid.bottom, g.cellLeft(4), g.cellTop(3))
        for (quadrant, rect) in [
            (Quadrant.keepSatisfied, (x0, y3, x3, g.top)), (.manageClosely, (x3, y3, g.right, g.top)),
            (.monitor, (x0, y0, x3, y3)), (.keepInformed, (x3, y0, g.right, y3)),
        ] {
            box(
                "quadrant:\(quadrant.rawValue)", rect,
                [
                    "style": "filled", "fillcolor": .text(quadrant.fill), "color": "#ffffff", "penwidth": 3,
                    "label": .html("<B>\(quadrant.title)</B>"), "labelloc": "t", "fontsize": 15,
                    "fontcolor": .text(quadrant.ink), "tooltip": .text("\(quadrant.title): \(Self.meaning(quadrant))"),
                ])
        }
        for power in 1...5 {
            for interest in 1...5 {
                let bottom = g.cellBottom(power)
                let top = g.cellBottom(power) + g.cellHeight(power)
                box(
                    "cell:\(power),\(interest)", (g.cellLeft(interest), bottom, g.cellLeft(interest + 1), top),
                    ["style": "dotted", "color": "#c4c4c4", "label": "", "tooltip": .text("power \(power), interest \(interest)")])
            }
        }
        for value in 1...5 {
            text("tick:interest:\(value)", "\(value)", x: g.cellLeft(value) + g.cellWidth / 2, y: PowerInterestGrid.bottom - 0.2)
            text(
                "tick:power:\(value)", "\(value)", x: PowerInterestGrid.left - 0.2,
                y: g.cellBottom(value) + g.cellHeight(value) / 2)
        }
        text(
            "axis:interest", "Interest (belang) →   high = 4 or 5", x: (PowerInterestGrid.left + g.right) / 2,
            y: PowerInterestGrid.bottom - 0.55, size: 13, width: 4)
        text(
            "axis:power", "Power\n(macht)\n↑\nhigh =\n4 or 5", x: PowerInterestGrid.left - 0.65,
            y: (PowerInterestGrid.bottom + g.top) / 2, size: 13, width: 0.8, height: 1.6)
        let legend = "<FONT COLOR=\"\(MapStyle.attentionText)\">red: needs attention (a high-severity gap)</FONT>"
            + "   <FONT COLOR=\"#2e7d32\">green: involved</FONT>   white: not (yet) involved"
            + "   ·   rounded box: person · folder: unit · ellipse: target group"
        dot.node(
            "legend",
            [
                "label": .html(legend), "shape": "plaintext", "pos": .text(Self.pos((PowerInterestGrid.left + g.right) / 2, 0.15)),
                // As wide as its text needs (about 10.7 in): a fixed 9 in made Graphviz warn.
                "width": 9, "height": 0.3, "fontsize": 10, "fixedsize": "false",
            ])
    }

    mutating func node(_ node: Int, x: Double, y: Double) {
        let kind = graph.kinds[node]
        let status = MapStyle.Status(node, graph, red: red)
        let (shape, style) = MapStyle.shape(kind, graph.sides[node])
        // A long name takes two lines, a size smaller, rather than losing its end.
        let lines = MapStyle.twoLines(graph.name(node), 24)
        dot.node(
            graph.id(node),
            [
                "label": .lines(lines, .center), "shape": .text(shape), "style": .text(style),
                "fontsize": lines.count == 1 ? 9 : 8,
                "fillcolor": .text(status.fill),
                "color": .text(status == .attention ? MapStyle.attentionBorder : MapStyle.border(graph.sides[node])),
                "penwidth": status == .attention ? 2.2 : 1, "pos": .text(Self.pos(x, y)),
                "width": .number(PowerInterestGrid.slotWidth - 0.12), "height": .number(PowerInterestGrid.slotHeight - 0.1),
                "tooltip": .text("\(graph.name(node)) — \(kind.rawValue) · power \(graph.power[node]), interest \(graph.interest[node]) · id: \(graph.id(node))"),
            ])
    }

    mutating func more(_ count: Int, power: Int, interest: Int, x: Double, y: Double) {
        text("more:\(power),\(interest)", "+ \(MapStyle.grouped(count)) more", x: x, y: y, size: 10, width: 1.6)
    }

    private mutating func box(_ id: String, _ rect: (Double, Double, Double, Double), _ attributes: [String: DOTValue]) {
        var attributes = attributes
        attributes["shape"] = "box"
        attributes["pos"] = .text(Self.pos((rect.0 + rect.2) / 2, (rect.1 + rect.3) / 2))
        attributes["width"] = .number(Self.rounded(rect.2 - rect.0))
        attributes["height"] = .number(Self.rounded(rect.3 - rect.1))
        dot.node(id, attributes)
    }

    private mutating func text(
        _ id: String, _ label: String, x: Double, y: Double, size: Double = 11, width: Double = 0.4, height: Double = 0.3
    ) {
        dot.node(
            id,
            [
                "label": .text(label), "shape": "plaintext", "pos": .text(Self.pos(x, y)), "fontsize": .number(size),
                "width": .number(width), "height": .number(height), "fontcolor": "#444444",
            ])
    }

    private static func meaning(_ quadrant: Quadrant) -> String {
        switch quadrant {
        case .manageClosely: "high power, high interest: involve them fully"
        case .keepSatisfied: "high power, low interest: keep them satisfied, do not overload"
        case .keepInformed: "low power, high interest: keep them informed, listen"
        case .monitor: "low power, low interest: keep an eye on them"
        }
    }

    /// `"x,y!"` in inches: a pinned position for neato.
    static func pos(_ x: Double, _ y: Double) -> String { "\(rounded(x)),\(rounded(y))!" }

    static func rounded(_ value: Double) -> Double { (value * 1_000).rounded() / 1_000 }
}
