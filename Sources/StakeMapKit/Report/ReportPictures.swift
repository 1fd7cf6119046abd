/// The map and the grid as SVG that can sit inside the HTML page.
extension ReportBuilder {
    func mapSection() throws -> PictureSection {
        var section = PictureSection(heading: say(.heading(.map)), intro: say(.intro(.map)))
        guard graph.count > 0 else {
            section.empty = say(.empty(.map))
            return section
        }
        // The map folds past 150 people as `stakemap map` does, so a million people draw as quickly as a hundred.
        let map = try StakeholderMap.make(
            graph, options: MapOptions(project: options.project, date: options.date, language: language),
            attention: attention)
        section.svg = Self.inline(try map.render(.svg), prefix: "map-")
        if map.folded {
            section.note = say(.mapFolded(people: (0..<graph.count).count { graph.kinds[$0] == .person }))
        }
        section.controls = MapControls(
            search: say(.mapControl(.search)), zoomIn: say(.mapControl(.zoomIn)), zoomOut: say(.mapControl(.zoomOut)),
            fit: say(.mapControl(.fit)), found: say(.mapFound), notFound: say(.mapNotFound))
        return section
    }

    func gridSection() throws -> PictureSection {
        var section = PictureSection(heading: say(.heading(.grid)), intro: say(.intro(.grid)))
        guard graph.count > 0 else {
            section.empty = say(.empty(.grid))
            return section
        }
        let grid = PowerInterestGrid.make(
            graph, options: GridOptions(project: options.project, date: options.date, language: language), red: red)
        section.svg = Self.inline(try grid.render(.svg), prefix: "grid-")
        if grid.scoredCount == 0 { section.empty = say(.empty(.grid)) }
        return section
    }

    /// Graphviz's SVG without the XML prolog, DOCTYPE and comments before the `<svg>`
    /// element, which HTML5 does not take inline; its ids prefixed, so that the
    /// map's `node1` and the grid's stay apart in one page.
    static func inline(_ bytes: [UInt8], prefix: String) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return "" }
        return String(text[start.lowerBound...]).replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)")
    }
}
