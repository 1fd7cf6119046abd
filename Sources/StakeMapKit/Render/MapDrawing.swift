/// Writes the DOT text of a stakeholder map from its folding and links: the two
/// sides as boxes (with `dot` and `fdp`), units as boxes inside them, people and
/// target groups as nodes coloured by status, the links styled by kind, a legend
/// and a title.
///
/// With `dot`, the links take no part in the layout: invisible edges from the top of
/// each box (an opened unit's own node, or a side's invisible anchor) put its members
/// in rows, so that the boxes fill a page instead of one endless rank; the links are
/// drawn afterwards on the fixed positions (``Graphviz/render(dot:layout:addingAfterLayout:format:)``).
struct MapDrawing {
    let graph: AnalysisGraph
    let hierarchy: UnitHierarchy
    let folding: MapFolding
    let links: MapLinks
    let red: [Bool]
    let stepsWithoutInternal: [InvolvementStep]
    /// Roles on the map that nobody holds, required ones first.
    let vacantRoles: [Int]
    let options: MapOptions
    let focus: Int?

    /// The DOT text and how many nodes and edges Graphviz will read in it.
    struct Output {
        /// Everything but the links (with `dot`), or everything.
        var layoutText: String
        /// The links' statements, to add after the layout (with `dot`); else empty.
        var linkStatements: String
        var nodes: Int
        var edges: Int
    }

    /// Boxes only with `dot`. (`fdp` can draw clusters too, but Graphviz 2.43's fdp
    /// crashed in-process on these maps now and then; it gets the map without boxes.)
    var clustered: Bool { options.layout == .dot }

    func write() -> Output {
        var writer = Writer(drawing: self)
        let (text, links) = writer.writeAll()
        return Output(layoutText: text, linkStatements: links, nodes: writer.nodes, edges: writer.edges)
    }

    // MARK: - Names in the DOT text

    static let legendID = "stakemap:legend"
    static let vacantRolesID = "stakemap:vacant-roles"

    static func anchorID(_ place: Int32) -> String {
        switch place {
        case MapTree.organisation: "stakemap:organisation"
        case MapTree.outside: "stakemap:outside"
        default: "stakemap:target-groups"
        }
    }

    func id(of drawn: Int32) -> String {
        switch folding.drawn[Int(drawn)] {
        case .leaf(let node): graph.id(Int(node))
        case .unit(let place, _): graph.id(Int(folding.tree.unitOfPlace[Int(place)]))
        case .more(let place): "stakemap:more:" + Self.anchorID(place).dropFirst("stakemap:".count)
        }
    }

    func clusterName(_ place: Int32) -> String {
        place < MapTree.virtualPlaces
            ? "side:" + Self.anchorID(place).dropFirst("stakemap:".count)
            : "unit:" + graph.id(Int(folding.tree.unitOfPlace[Int(place)]))
    }

    // MARK: - Writing

    private struct Writer {
        let drawing: MapDrawing
        var nodes = 0
        var edges = 0
        /// Rank-grid edges (dot only): from a box's head to the first row of its members
        /// and to its boxes, `minlen` = their row; from each member to the one below it.
        var gridEdges: [(from: String, to: String, minlen: Int, weight: Int)] = []
        /// Non-clustered layouts: each member of an opened unit to the unit's node.
        var structureEdges: [(from: String, to: String)] = []
        var moreOfPlace: [Int32: Int32] = [:]

        init(drawing: MapDrawing) {
            self.drawing = drawing
            for (index, node) in drawing.folding.drawn.enumerated() {
                if case .more(let place) = node { moreOfPlace[place] = Int32(index) }
            }
        }

        var graph: AnalysisGraph { drawing.graph }
        var folding: MapFolding { drawing.folding }

        mutating func writeAll() -> (text: String, links: String) {
            var dot = DOTWriter(name: "stakeholder map")
            writeGraphAttributes(into: &dot)
            if drawing.clustered {
                for side in [MapTree.organisation, MapTree.outside] where hasContent(side) {
                    writeBox(side, into: &dot)
                }
            } else {
                for index in folding.drawn.indices { writeNode(Int32(index), into: &dot) }
                writeVacantRoles(into: &dot)
            }
            dot.node(MapDrawing.legendID, drawing.legend())
            nodes += 1
            writeLayoutEdges(into: &dot)
            if drawing.options.layout == .dot {
                var links = DOTWriter()
                writeLinks(into: &links)
                return (dot.finished(), links.statements)
            }
            writeLinks(into: &dot)
            return (dot.finished(), "")
        }

        private func hasContent(_ place: Int32) -> Bool {
            !folding.visible[Int(place)].isEmpty || moreOfPlace[place] != nil
                || (place == MapTree.organisation && !drawing.vacantRoles.isEmpty)
        }

        private func writeGraphAttributes(into dot: inout DOTWriter) {
            var attributes: [String: DOTValue] = [
                "label": .html(drawing.title()), "labelloc": "t", "labeljust": "l", "fontname": .text(MapStyle.font),
                "fontsize": 12, "outputorder": "edgesfirst", "bgcolor": "white", "pad": 0.3, "dpi": 96,
            ]
            if let page = drawing.options.page {
                // PNG's resolution; PDF and SVG are drawn at 72 (see PageFit.renderAttributes).
                attributes["size"] = .text(page.size)
                attributes["dpi"] = .number(PageFit.dpi(for: .png))
            }
            switch drawing.options.layout {
            case .dot:
                attributes["rankdir"] = "TB"
                attributes["compound"] = "true"
                // Folded maps have fewer nodes with more links between them: more room.
                attributes["nodesep"] = drawing.folding.folded ? 0.45 : 0.25
                attributes["ranksep"] = drawing.folding.folded ? 0.5 : 0.3
                // For the links drawn after the layout: curves around the nodes while
                // that is quick (its cost grows with links × nodes²), else straight.
                let size = drawing.folding.drawn.count * drawing.links.drawn.count
                attributes["splines"] = size <= 12_000 ? "true" : "line"
                // A ×N label that cannot be placed clear of the nodes and other labels is
                // left out (the link's tooltip still counts): forced, 3 of 59 sat on nodes
                // at 3,000 generated people, 53 of 219 at 30,000.
                attributes["forcelabels"] = "false"
                // The grid edges fix every rank, so network simplex has nothing to search for.
                attributes["nslimit"] = 2
                attributes["nslimit1"] = 2
                attributes["mclimit"] = 0.5
            case .fdp:
                attributes["splines"] = "true"
                attributes["overlap"] = "false"
            case .neato, .sfdp:
                attributes["splines"] = "true"
                attributes["overlap"] = "false"
                attributes["sep"] = "+8"
            case .circo:
                attributes["splines"] = "true"
            }
            dot.graphAttributes(attributes)
            dot.nodeDefaults(["fontname": .text(MapStyle.font), "fontsize": 11, "margin": "0.12,0.05"])
            dot.edgeDefaults(["fontname": .text(MapStyle.font), "fontsize": 9, "arrowsize": 0.7])
        }

        // MARK: Boxes (dot, fdp)

        /// A side, the target-group box or an opened unit, with its members laid out in rows.
        private mutating func writeBox(_ place: Int32, into writer: inout DOTWriter) {
            let layout = BoxLayout.make(place, drawing: drawing, moreOfPlace: moreOfPlace)
            let anchor = anchorID(place)
            writer.cluster(drawing.clusterName(place), drawing.boxAttributes(place)) { box in
                if place < MapTree.virtualPlaces {
                    box.node(anchor, ["shape": "point", "style": "invis", "width": 0.01, "height": 0.01, "label": ""])
                    nodes += 1
                    if place == MapTree.organisation, writeVacantRoles(into: &box) {
                        gridEdges.append((anchor, MapDrawing.vacantRolesID, 0, 0))
                    }
                } else {
                    // An opened unit's own node heads its box; links to the unit end there.
                    writeNode(folding.representativeOfPlace[Int(place)], into: &box)
                }
                for (cell, row, above) in layout.cells {
                    writeNode(cell, into: &box)
                    // Columns are chains of one-rank edges: an edge over many ranks
                    // would get a virtual node on each, and those push the rows apart.
                    if let above {
                        gridEdges.append((drawing.id(of: above), drawing.id(of: cell), 1, 1))
                    } else {
                        gridEdges.append((anchor, drawing.id(of: cell), row, 0))
                    }
                }
                for (child, row) in layout.boxes {
                    writeBox(child, into: &box)
                    gridEdges.append((anchor, anchorID(child), row, 0))
                }
            }
        }

        /// A note listing the roles nobody holds (they have no person to be shown with).
        @discardableResult
        private mutating func writeVacantRoles(into writer: inout DOTWriter) -> Bool {
            guard let attributes = drawing.vacantRolesNote() else { return false }
            writer.node(MapDrawing.vacantRolesID, attributes)
            nodes += 1
            return true
        }

        private func anchorID(_ place: Int32) -> String {
            place < MapTree.virtualPlaces
                ? MapDrawing.anchorID(place) : graph.id(Int(folding.tree.unitOfPlace[Int(place)]))
        }

        // MARK: Nodes

        private mutating func writeNode(_ index: Int32, into writer: inout DOTWriter) {
            writer.node(drawing.id(of: index), drawing.nodeAttributes(index))
            nodes += 1
            guard !drawing.clustered, case .unit(let place, true) = folding.drawn[Int(index)] else { return }
            // Without boxes, an opened unit is a node and its members hang from it.
            let unitID = drawing.id(of: index)
            for member in folding.visible[Int(place)] {
                let memberIndex: Int32
                switch member {
                case .place(let child): memberIndex = folding.representativeOfPlace[Int(child)]
                case .leaf(let node): memberIndex = folding.representativeOfLeaf[Int(node)]
                }
                structureEdges.append((drawing.id(of: memberIndex), unitID))
            }
        }

        // MARK: Links

        private mutating func writeLinks(into dot: inout DOTWriter) {
            for link in drawing.links.drawn {
                dot.edge(drawing.id(of: link.from), drawing.id(of: link.to), drawing.linkAttributes(link))
                edges += 1
            }
        }

        private mutating func writeLayoutEdges(into dot: inout DOTWriter) {
            if drawing.options.layout == .dot {
                // Left to right: the organisation, the outside world, the legend.
                let tops = [MapTree.organisation, MapTree.outside].filter(hasContent).map(MapDrawing.anchorID)
                for (from, to) in zip(tops, tops.dropFirst() + [MapDrawing.legendID]) {
                    dot.edge(from, to, ["style": "invis", "minlen": 0])
                    edges += 1
                }
                for edge in gridEdges {
                    dot.edge(
                        edge.from, edge.to,
                        ["style": "invis", "minlen": .number(Double(edge.minlen)), "weight": .number(Double(edge.weight))])
                    edges += 1
                }
            }
            for edge in structureEdges {
                dot.edge(
                    edge.from, edge.to,
                    [
                        "color": "#c8c8c8", "arrowhead": "none", "penwidth": 0.8,
                        "tooltip": .text(Word.linkKind(.memberOf).text(in: drawing.options.language)),
                    ])
                edges += 1
            }
        }
    }
}

/// Where the members of one box go: single nodes in rows of a few, then the boxes
/// inside it packed on shelves, so that the box comes out roughly as wide as tall.
/// Rows are counted from the box's top; `width` is in nodes, `height` in rows.
struct BoxLayout {
    /// Single nodes with their row and the node above them in their column.
    var cells: [(node: Int32, row: Int, above: Int32?)] = []
    var boxes: [(Int32, Int)] = []
    var width: Double = 0
    var height = 0

    static func make(_ place: Int32, drawing: MapDrawing, moreOfPlace: [Int32: Int32]) -> BoxLayout {
        let folding = drawing.folding
        var cellNodes: [Int32] = []
        var childBoxes: [(place: Int32, layout: BoxLayout)] = []
        var groupsBox: BoxLayout?
        for member in folding.visible[Int(place)] {
            switch member {
            case .place(let child) where child == MapTree.targetGroups:
                groupsBox = make(child, drawing: drawing, moreOfPlace: moreOfPlace)
            case .place(let child) where folding.opened[Int(child)]:
                childBoxes.append((child, make(child, drawing: drawing, moreOfPlace: moreOfPlace)))
            case .place(let child):
                cellNodes.append(folding.representativeOfPlace[Int(child)])
            case .leaf(let node):
                cellNodes.append(folding.representativeOfLeaf[Int(node)])
            }
        }
        if let more = moreOfPlace[place] { cellNodes.append(more) }

        // An opened unit's own node heads its box on row 0; a side's anchor is
        // invisible, so its members start on row 0 beside it. The target groups
        // come first in the outside world.
        var layout = BoxLayout()
        var top = place < MapTree.virtualPlaces ? 0 : 1
        if let groupsBox {
            layout.boxes.append((MapTree.targetGroups, top))
            layout.width = groupsBox.width
            top += groupsBox.height
        }
        let perRow = cellNodes.count <= 3 ? cellNodes.count : Int((Double(cellNodes.count) / 2).squareRoot().rounded(.up))
        for (position, cell) in cellNodes.enumerated() {
            layout.cells.append((cell, top + position / perRow, position >= perRow ? cellNodes[position - perRow] : nil))
        }
        let cellRows = cellNodes.isEmpty ? 0 : (cellNodes.count - 1) / perRow + 1
        layout.width = max(layout.width, Double(perRow))

        // Shelves: boxes side by side until the shelf is as wide as a box of this
        // area should be (a bit wider than tall for units, taller for the sides).
        let aspect = place < MapTree.virtualPlaces ? 1.2 : 1.3
        let area = childBoxes.reduce(Double(cellNodes.count) * 0.5) { $0 + $1.layout.width * Double($1.layout.height) * 0.5 }
        let shelfWidth = max(layout.width, (area * aspect).squareRoot())
        var shelfTop = top + cellRows
        var shelfHeight = 0
        var used = 0.0
        for (child, childLayout) in childBoxes {
            let width = childLayout.width + 0.3
            if used > 0, used + width > shelfWidth {
                shelfTop += shelfHeight
                used = 0
                shelfHeight = 0
            }
            layout.boxes.append((child, shelfTop))
            used += width
            shelfHeight = max(shelfHeight, childLayout.height)
            layout.width = max(layout.width, used)
        }
        layout.height = shelfTop + shelfHeight
        return layout
    }
}
