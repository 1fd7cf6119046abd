import Foundation

/// What `stakemap map` draws and how.
public struct MapOptions: Equatable, Sendable {
    public var layout: GraphLayout
    /// Draw only what lies within `depth` links of this node (its id).
    public var focus: String?
    public var depth: Int
    /// Fold people into their units even when the map is small.
    public var collapse: Bool
    /// The project's name for the title, e.g. the database file's name.
    public var project: String
    /// The date in the title, as it should read (e.g. `2025-03-14`).
    public var date: String
    /// Past this many people on the map, it is folded.
    public var foldPastPeople: Int
    /// How many nodes a folded map aims for.
    public var nodeBudget: Int
    /// How many links are drawn at most (the strongest); never more than 1.5 per
    /// drawn node either.
    public var linkBudget: Int
    /// The language of every word on the map.
    public var language: Language
    /// The paper to fit the map to; nil: as large as it comes out.
    public var page: PageFit?

    public init(
        layout: GraphLayout = .dot, focus: String? = nil, depth: Int = 1, collapse: Bool = false,
        project: String, date: String, foldPastPeople: Int = 150, nodeBudget: Int = 150, linkBudget: Int = 300,
        language: Language = .en, page: PageFit? = nil
    ) {
        self.layout = layout
        self.focus = focus
        self.depth = depth
        self.collapse = collapse
        self.project = project
        self.date = date
        self.foldPastPeople = foldPastPeople
        self.nodeBudget = nodeBudget
        self.linkBudget = linkBudget
        self.language = language
        self.page = page
    }

    /// The project name stakemap uses for a database path: its file name without `.db`.
    public static func projectName(forDatabase path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent
        for suffix in [".sqlite3", ".sqlite", ".db"] where name.lowercased().hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}

/// The stakeholder map of a project: the organisation and the outside
/// world side by side, units as boxes holding their people, target groups, the
/// links between them, coloured by who needs attention and who is involved. Large
/// graphs are folded so the picture stays readable and quick.
public struct StakeholderMap: Sendable {
    /// The DOT text, deterministic for the same graph and options.
    public var dot: String { Self.appending(linkStatements, to: layoutText) }
    public let layout: GraphLayout
    /// With `dot`: everything but the links, laid out first; the links are drawn
    /// afterwards on the fixed positions, so that they cannot slow the layout down.
    let layoutText: String
    let linkStatements: String
    /// Persons, units, target groups and "more" nodes drawn (not the legend or the
    /// invisible anchors of boxes).
    public let nodeCount: Int
    /// Links drawn (merged links count once).
    public let linkCount: Int
    /// Links there were to draw after merging, before the link budget.
    public let mergedLinkCount: Int
    /// Whether people or units were folded.
    public let folded: Bool
    /// The ids of the graph's nodes drawn as themselves (persons, units, groups), sorted.
    public let drawnIDs: [String]
    /// What Graphviz counts when it reads `dot`: every node and edge, including the
    /// legend, the anchors and the invisible layout edges.
    public let dotNodeCount: Int
    public let dotEdgeCount: Int

    private static func appending(_ statements: String, to text: String) -> String {
        guard !statements.isEmpty, let brace = text.lastIndex(of: "}") else { return text }
        return String(text[..<brace]) + statements + String(text[brace...])
    }

    /// Loads the project's graph and draws its map.
    /// Throws ``StakeMapError/unknownNode(id:)`` when `options.focus` is no node.
    public static func make(_ store: StakeMapStore, options: MapOptions) throws -> StakeholderMap {
        try make(AnalysisGraph.load(store), options: options)
    }

    /// `attention`: the red nodes and the steps nobody inside takes, when the caller ran the rules already.
    static func make(
        _ graph: AnalysisGraph, options: MapOptions, attention: (nodes: [Bool], steps: [InvolvementStep])? = nil
    ) throws -> StakeholderMap {
        var focus: Int?
        var selection: [Bool]?
        if let id = options.focus {
            guard let node = graph.index(ofID: id) else { throw StakeMapError.unknownNode(id: id) }
            focus = node
            selection = MapSelection.around(node, depth: options.depth, in: graph)
        }
        let (red, steps) = attention ?? MapSelection.needingAttention(graph)
        let hierarchy = UnitHierarchy(graph, attention: red)
        let tree = MapTree(graph, hierarchy, selection: selection)
        let folding = MapFolding(
            graph, hierarchy, tree, red: red,
            settings: .init(
                collapse: options.collapse, foldPastPeople: options.foldPastPeople,
                foldPastNodes: 2 * options.foldPastPeople, nodeBudget: options.nodeBudget))
        // About one and a half links per node at most: more is a tangle nobody reads.
        let links = MapLinks(graph, hierarchy, folding, budget: min(options.linkBudget, max(folding.drawn.count, 10) * 3 / 2))
        let heldBy = graph.into(.hasRole)
        let vacantRoles = (0..<graph.count).filter { node in
            graph.kinds[node] == .role && heldBy.degree(node) == 0 && (selection?[node] ?? true)
        }.sorted { graph.required[$0] != graph.required[$1] ? graph.required[$0] : $0 < $1 }
        let drawing = MapDrawing(
            graph: graph, hierarchy: hierarchy, folding: folding, links: links, red: red, stepsWithoutInternal: steps,
            vacantRoles: vacantRoles, options: options, focus: focus)
        let output = drawing.write()
        var ids: [String] = []
        for node in folding.drawn {
            switch node {
            case .leaf(let leaf): ids.append(graph.id(Int(leaf)))
            case .unit(let place, _): ids.append(graph.id(Int(tree.unitOfPlace[Int(place)])))
            case .more: break
            }
        }
        return StakeholderMap(
            layout: options.layout, layoutText: output.layoutText, linkStatements: output.linkStatements, nodeCount: folding.drawn.count, linkCount: links.drawn.count,
            mergedLinkCount: links.merged, folded: folding.folded, drawnIDs: ids.sorted(), dotNodeCount: output.nodes,
            dotEdgeCount: output.edges)
    }

    /// The map as PNG, SVG or PDF bytes (or the DOT text for `.dot`), laid out in-process.
    public func render(_ format: RenderFormat) throws -> [UInt8] {
        let overriding = PageFit.renderAttributes(for: format)
        do {
            if linkStatements.isEmpty {
                return try Graphviz.render(dot: layoutText, layout: layout, format: format, overriding: overriding)
            }
            return try Graphviz.render(
                dot: layoutText, layout: layout, addingAfterLayout: linkStatements, format: format,
                overriding: overriding)
        } catch let error as GraphvizError {
            throw StakeMapError.rendering(error.problem)
        }
    }
}
