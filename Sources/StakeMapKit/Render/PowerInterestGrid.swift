import Foundation

/// Mendelow's four ways of treating a stakeholder, by power and interest
/// (high = 4 or 5).
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
    /// The language of every word on the grid.
    public var language: Language
    /// The paper to fit the grid to; nil: as large as it comes out.
    public var page: PageFit?

    public init(project: String, date: String, perCell: Int? = nil, language: Language = .en, page: PageFit? = nil) {
        self.project = project
        self.date = date
        self.perCell = perCell.map { max(2, $0) }
        self.language = language
        self.page = page
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
    /// Their names as the grid lists them, most important first (at most ``unscoredListed``).
    public let unscoredNames: [String]
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

    /// `red`: the nodes the high-severity rules found, when the caller ran them already.
    static func make(_ graph: AnalysisGraph, options: GridOptions, red: [Bool]? = nil) -> PowerInterestGrid {
        let red = red ?? MapSelection.needingAttention(graph).nodes
        // cells[power - 1][interest - 1]: the nodes with those scores, most important first.
        var cells = [[[Int32]]](repeating: [[Int32]](repeating: [], count: 5), count: 5)
        var unscored: [Int32] = []
        var quadrantCounts = Dictionary(uniqueKeysWithValues: Quadrant.allCases.map { ($0, 0) })
        for node in 0..<graph.count where graph.kinds[node] != .role {
            let power = Int(graph.power[node])
            let interest = Int(graph.interest[node])
            guard power > 0, interest > 0 else {
                unscored.append(Int32(node))
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
        func important(_ a: Int32, _ b: Int32) -> Bool {
            let (x, y) = (rank(a), rank(b))
            if x.0 != y.0 { return x.0 }
            if x.1 != y.1 { return x.1 < y.1 }
            if x.2 != y.2 { return x.2 }
            return x.3 < y.3
        }
        for power in 0..<5 {
            for interest in 0..<5 { cells[power][interest].sort(by: important) }
        }
        // The first few by importance, without sorting them all (600,000 at 1M people).
        var first: [Int32] = []
        for node in unscored where first.count < unscoredListed || important(node, first[first.count - 1]) {
            first.insert(node, at: first.firstIndex { important(node, $0) } ?? first.count)
            if first.count > unscoredListed { first.removeLast() }
        }

        let scored = quadrantCounts.values.reduce(0, +)
        let slots = options.perCell ?? (scored <= 150 ? 20 : 12)
        let fullest = cells.joined().map(\.count).max() ?? 0
        let columns = min(slots, fullest) <= 3 ? 1 : 2
        // Each row of cells is as tall as its fullest cell needs.
        let rows = cells.map { row in max(1, (min(slots, row.map(\.count).max() ?? 0) + columns - 1) / columns) }
        let geometry = Geometry(columns: columns, rows: rows)
        let unscoredNames = unscoredList(first.map { graph.name(Int($0)) }, width: geometry.right)

        var writer = GridWriter(graph: graph, red: red, geometry: geometry, options: options)
        writer.begin(scored: scored, unscored: (unscoredNames, unscored.count - unscoredNames.count))
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
            unscoredCount: unscored.count, unscoredNames: unscoredNames,
            quadrantCounts: quadrantCounts)
    }

    /// At most this many of those without scores are named under the title.
    public static let unscoredListed = 12
    /// The first names that fit on one line of the title across a grid `width` inches
    /// wide (12 pt Helvetica: about 11 characters an inch, less the line's own words);
    /// a long name is cut, the rest are counted.
    static func unscoredList(_ names: some Sequence<String>, width: Double) -> [String] {
        let characters = Int(width * 11) - 50
        var listed: [String] = []
        var used = 0
        for name in names {
            let short = MapStyle.shortened(name, 30)
            guard listed.count < unscoredListed, used + short.count + 2 <= characters || listed.isEmpty else { break }
            listed.append(short)
            used += short.count + 2
        }
        return listed
    }

    /// The grid as PNG, SVG or PDF bytes (or the DOT text), drawn by neato with every
    /// position pinned.
    public func render(_ format: RenderFormat) throws -> [UInt8] {
        let overriding = PageFit.renderAttributes(for: format)
        do {
            return try Graphviz.render(dot: dot, layout: .neato, format: format, overriding: overriding)
        } catch let error as GraphvizError {
            throw StakeMapError.rendering(error.problem)
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

