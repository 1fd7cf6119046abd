extension PictureHelp {
    public var english: String {
        switch self {
        case .mapAbstract: "Draw the stakeholder map: the organisation and the outside world side by side."
        case .mapDiscussion:
            """
            Units are boxes holding their people (roles under each name), target groups are ellipses. Red: a high-severity gap (see `stakemap gaps`); green: involved in a step; white: not (yet) involved. Influence is a solid line (thicker = stronger), contact for a target group dashed, reports-to thin grey.

            Past 150 people (or with --collapse) people are folded into their units and units into their parents until about 150 nodes remain; a folded unit says how many people it holds and how many are involved, parallel links merge (×N) and only the strongest are drawn (about 1.5 per node, at most 300). Use --focus to look inside; docs/maps.md explains it all.

            Examples:
              stakemap map --out kaart.png
              stakemap map --out kaart.svg --focus p.hoekstra@veldhoven-noord.nl --depth 2
              stakemap map --out kaart.pdf --collapse
              stakemap map --out kaart.dot        (the Graphviz source, to edit)
              stakemap map --out kaart.pdf --page a3 --landscape --title "Herinrichting Stationsplein" --lang nl

            Every involved node shows its steps by initial (F G P S; in Dutch K D P S); a unit its own steps apart from its members'. --page fits the picture to the paper: PDF and SVG in points, PNG at 150 dpi.
            """
        case .layout: "dot (boxes per unit; the default), neato, fdp, sfdp or circo (no boxes: sides by colour)."
        case .focus: "Draw only what lies around this node."
        case .depth: "With --focus: how many links away to go, in either direction (default 1)."
        case .collapse: "Fold people into their units, whatever the size of the map."
        case .gridAbstract: "Draw the power/interest grid (Mendelow): manage closely, keep satisfied, keep informed, monitor."
        case .gridDiscussion:
            """
            Every person, unit and target group with both a power and an interest score (1–5) is placed in its cell; high means 4 or 5. Colours as on the map: red needs attention, green is involved. A crowded cell names the most important ones (needing attention, target groups and units, involved) and says how many more there are; the title names those without scores in the same order.

            Examples:
              stakemap grid --out grid.png
              stakemap grid --out grid.svg
              stakemap grid --out grid.pdf --page a4 --landscape --lang nl
            """
        case .out: "The file to write: .png, .svg, .pdf or .dot."
        case .format: "png, svg, pdf or dot (default: from the extension of --out)."
        case .date: "The date in the title (default: today)."
        case .title: "The project's name in the title (default: the database file's name)."
        case .page: "Fit the picture to this paper (PDF and SVG in points, PNG at 150 dpi)."
        case .landscape: "With --page: the paper lies on its side."
        }
    }
}
