import ArgumentParser
import StakeMapKit

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw the stakeholder map: the organisation and the outside world side by side.",
        discussion: """
            Units are boxes holding their people (roles under each name), target groups are ellipses. Red: a high-severity gap (see `stakemap gaps`); green: involved in a step; white: not (yet) involved. Influence is a solid line (thicker = stronger), contact for a target group dashed, reports-to thin grey.

            Past 150 people (or with --collapse) people are folded into their units and units into their parents until about 150 nodes remain; a folded unit says how many people it holds and how many are involved, parallel links merge (×N) and only the strongest are drawn (about 1.5 per node, at most 300). Use --focus to look inside; docs/maps.md explains it all.

            Examples:
              stakemap map --out kaart.png
              stakemap map --out kaart.svg --focus p.hoekstra@veldhoven-noord.nl --depth 2
              stakemap map --out kaart.pdf --collapse
              stakemap map --out kaart.dot        (the Graphviz source, to edit)
              stakemap map --out kaart.pdf --page a3 --landscape --title "Herinrichting Stationsplein" --lang nl

            Every involved node shows its steps by initial (F G P S; in Dutch K D P S); a unit its own steps apart from its members'. --page fits the picture to the paper: PDF and SVG in points, PNG at 150 dpi.
            """)

    @OptionGroup var picture: PictureOptions

    @Option(help: "dot (boxes per unit; the default), neato, fdp, sfdp or circo (no boxes: sides by colour).")
    var layout: GraphLayout = .dot

    @Option(help: ArgumentHelp("Draw only what lies around this node.", valueName: "id"))
    var focus: String?

    @Option(help: "With --focus: how many links away to go, in either direction (default 1).")
    var depth: Int?

    @Flag(help: "Fold people into their units, whatever the size of the map.")
    var collapse = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if depth != nil && focus == nil {
            throw ValidationError("--depth needs --focus ID: the node to start from")
        }
        if let depth, depth < 0 {
            throw ValidationError("--depth must be 0 or more")
        }
    }

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForReading()
            let options = MapOptions(
                layout: layout, focus: focus, depth: depth ?? 1, collapse: collapse,
                project: picture.project(database: common.path), date: picture.resolvedDate, language: common.language,
                page: picture.pageFit)
            let (map, file) = try picture.draw(building: "build (load, gaps, fold, DOT)") {
                try StakeholderMap.make(store, options: options)
            }
            let summary = PictureText.mapWritten(
                file: picture.out, nodes: map.nodeCount, links: map.linkCount, folded: map.folded,
                merged: map.mergedLinkCount, format: file)
            printStderr(summary.text(in: common.language))
        }
    }
}
