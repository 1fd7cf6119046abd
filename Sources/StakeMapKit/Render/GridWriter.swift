/// Writes the grid's DOT text: pinned background boxes first (they are drawn first),
/// then the labels, then the nodes.
struct GridWriter {
    let graph: AnalysisGraph
    let red: [Bool]
    let geometry: PowerInterestGrid.Geometry
    let options: GridOptions
    var dot = DOTWriter(name: "power interest grid")
    var counter = 0

    init(graph: AnalysisGraph, red: [Bool], geometry: PowerInterestGrid.Geometry, options: GridOptions) {
        self.graph = graph
        self.red = red
        self.geometry = geometry
        self.options = options
    }

    private func say(_ text: PictureText) -> String { text.text(in: options.language) }

    private func html(_ text: PictureText) -> String { DOTWriter.htmlEscape(say(text)) }

    /// The title, the date and counts, who has no scores, and the quadrants, cells and axes.
    mutating func begin(scored: Int, unscored: (names: [String], more: Int)) {
        let project = MapStyle.shortened(options.project, 60)
        var lines = [
            "<FONT POINT-SIZE=\"22\"><B>\(html(.gridTitle(project: project)))</B></FONT>",
            html(.gridFacts(date: options.date, scored: scored)),
        ]
        if !unscored.names.isEmpty { lines.append(html(.withoutScores(names: unscored.names, more: unscored.more))) }
        let title = lines.joined(separator: "<BR ALIGN=\"LEFT\"/>") + "<BR ALIGN=\"LEFT\"/>"
        var attributes: [String: DOTValue] = [
            "label": .html(title), "labelloc": "t", "labeljust": "l", "fontname": .text(MapStyle.font), "fontsize": 12,
            "bgcolor": "white", "pad": 0.3, "dpi": 96, "notranslate": "true", "splines": "false",
        ]
        if let page = options.page {
            attributes["size"] = .text(page.size)
            attributes["dpi"] = .number(PageFit.dpi(for: .png))
        }
        dot.graphAttributes(attributes)
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
                    "label": .html("<B>\(html(.quadrant(quadrant)))</B>"), "labelloc": "t", "fontsize": 15,
                    "fontcolor": .text(quadrant.ink), "tooltip": .text(say(.quadrantTooltip(quadrant))),
                ])
        }
        for power in 1...5 {
            for interest in 1...5 {
                let bottom = g.cellBottom(power)
                let top = g.cellBottom(power) + g.cellHeight(power)
                box(
                    "cell:\(power),\(interest)", (g.cellLeft(interest), bottom, g.cellLeft(interest + 1), top),
                    ["style": "dotted", "color": "#c4c4c4", "label": "", "tooltip": .text(say(.cellTooltip(power: power, interest: interest)))])
            }
        }
        for value in 1...5 {
            text("tick:interest:\(value)", "\(value)", x: g.cellLeft(value) + g.cellWidth / 2, y: PowerInterestGrid.bottom - 0.2)
            text(
                "tick:power:\(value)", "\(value)", x: PowerInterestGrid.left - 0.2,
                y: g.cellBottom(value) + g.cellHeight(value) / 2)
        }
        text(
            "axis:interest", say(.interestAxis), x: (PowerInterestGrid.left + g.right) / 2,
            y: PowerInterestGrid.bottom - 0.55, size: 13, width: 4)
        text(
            "axis:power", say(.powerAxis), x: PowerInterestGrid.left - 0.65,
            y: (PowerInterestGrid.bottom + g.top) / 2, size: 13, width: 0.8, height: 1.6)
        let legend = "<FONT COLOR=\"\(MapStyle.attentionText)\">\(html(.gridLegendAttention))</FONT>"
            + "   <FONT COLOR=\"#2e7d32\">\(html(.gridLegendInvolved))</FONT>   \(html(.gridLegendNotInvolved))"
            + "   ·   \(html(.legendShapes))"
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
                "tooltip": .text(
                    say(
                        .gridTooltip(
                            name: graph.name(node), kind: kind, side: graph.sides[node], power: Int(graph.power[node]),
                            interest: Int(graph.interest[node]), id: graph.id(node)))),
            ])
    }

    mutating func more(_ count: Int, power: Int, interest: Int, x: Double, y: Double) {
        text("more:\(power),\(interest)", say(.moreInCell(count)), x: x, y: y, size: 10, width: 1.6)
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

    /// `"x,y!"` in inches: a pinned position for neato.
    static func pos(_ x: Double, _ y: Double) -> String { "\(rounded(x)),\(rounded(y))!" }

    static func rounded(_ value: Double) -> Double { (value * 1_000).rounded() / 1_000 }
}
