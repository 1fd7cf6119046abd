import Foundation

/// What each thing on the map looks like and says: node and box attributes, links,
/// the legend and the title.
extension MapDrawing {
    // MARK: Nodes

    func nodeAttributes(_ index: Int32) -> [String: DOTValue] {
        switch folding.drawn[Int(index)] {
        case .leaf(let node): leafAttributes(Int(node))
        case .unit(let place, let opened): unitAttributes(place, opened: opened)
        case .more(let place): moreAttributes(place)
        }
    }

    private func leafAttributes(_ node: Int) -> [String: DOTValue] {
        let kind = graph.kinds[node]
        var lines = ["<B>\(html(MapStyle.shortened(graph.name(node))))</B>"]
        if kind == .person {
            let roles = graph.out(.hasRole).neighbours(node).map { graph.name(Int($0)) }
            if !roles.isEmpty { lines.append(small(MapStyle.shortened(roles.joined(separator: ", "), 48))) }
        }
        if kind == .group || graph.sides[node] == .external {
            lines.append(small(graph.levels[node].map { "level: \($0.rawValue)" } ?? "no level yet"))
        }
        return styled(node, kind: kind, label: lines.joined(separator: "<BR/>"))
    }

    private func unitAttributes(_ place: Int32, opened: Bool) -> [String: DOTValue] {
        let unit = Int(folding.tree.unitOfPlace[Int(place)])
        var lines = ["<B>\(html(MapStyle.shortened(graph.name(unit))))</B>"]
        lines += countLines(
            people: Int(hierarchy.people[unit]), involved: Int(hierarchy.involvedPeople[unit]),
            attention: Int(hierarchy.attention[unit]))
        return styled(unit, kind: .unit, label: lines.joined(separator: "<BR/>"))
    }

    /// Shape, colours and tooltip of a node standing for graph node `node`.
    private func styled(_ node: Int, kind: NodeKind, label: String) -> [String: DOTValue] {
        let side = graph.sides[node]
        let status = MapStyle.Status(node, graph, red: red)
        let (shape, style) = MapStyle.shape(kind, side)
        var attributes: [String: DOTValue] = [
            "label": .html(label), "shape": .text(shape), "style": .text(style), "fillcolor": .text(status.fill),
            "color": .text(status == .attention ? MapStyle.attentionBorder : MapStyle.border(side)),
            "penwidth": status == .attention ? 2.5 : 1.2, "tooltip": .text(tooltip(node)),
        ]
        if node == focus { attributes["peripheries"] = 2 }
        return attributes
    }

    private func moreAttributes(_ place: Int32) -> [String: DOTValue] {
        var units = 0
        var people = 0
        var involvedPeople = 0
        var groups = 0
        var involvedGroups = 0
        var attention = 0
        var loosePeople = 0
        for member in folding.gathered[Int(place)] {
            switch member {
            case .place(let child):
                let unit = Int(folding.tree.unitOfPlace[Int(child)])
                units += 1
                people += Int(hierarchy.people[unit])
                involvedPeople += Int(hierarchy.involvedPeople[unit])
                attention += Int(hierarchy.attention[unit])
            case .leaf(let node):
                let node = Int(node)
                if graph.kinds[node] == .group {
                    groups += 1
                    if graph.involved[node] { involvedGroups += 1 }
                } else {
                    loosePeople += 1
                    people += 1
                    if graph.involved[node] { involvedPeople += 1 }
                }
                if red[node] { attention += 1 }
            }
        }
        var parts: [String] = []
        let unitWords = place == MapTree.outside ? ("organisation", "organisations") : ("unit", "units")
        if units > 0 { parts.append(MapStyle.count(units, unitWords.0, unitWords.1)) }
        if groups > 0 { parts.append(MapStyle.count(groups, "target group", "target groups")) }
        if loosePeople > 0 {
            parts.append(MapStyle.count(loosePeople, "person", "people") + (units > 0 ? " without one" : ""))
        }
        var lines = ["<B>+ \(html(parts.joined(separator: " and ")))</B>"]
        if groups > 0 {
            lines.append(small("\(MapStyle.grouped(involvedGroups)) engaged"))
            if attention > 0 { lines.append(attentionLine(attention)) }
        } else {
            lines += countLines(people: people, involved: involvedPeople, attention: attention)
        }
        let side: Side = place == MapTree.organisation ? .internal : .external
        return [
            "label": .html(lines.joined(separator: "<BR/>")), "shape": "note", "style": "filled",
            "fillcolor": "#f4f4f4", "color": .text(MapStyle.border(side)),
            "tooltip": .text("Folded to keep the map readable: use --focus to see them"),
        ]
    }

    private func countLines(people: Int, involved: Int, attention: Int) -> [String] {
        var lines = [small("\(MapStyle.count(people, "person", "people")) · \(MapStyle.grouped(involved)) involved")]
        if attention > 0 { lines.append(attentionLine(attention)) }
        return lines
    }

    private func attentionLine(_ count: Int) -> String {
        "<FONT POINT-SIZE=\"9\" COLOR=\"\(MapStyle.attentionText)\">⚠ \(MapStyle.grouped(count)) need\(count == 1 ? "s" : "") attention</FONT>"
    }

    /// `Pieter Hoekstra — person, organisation · power 5, interest 5 · steps: frame, goals · level: advise`
    private func tooltip(_ node: Int) -> String {
        let kind = graph.kinds[node]
        var parts = ["\(graph.name(node)) — \(kind.rawValue), \(graph.sides[node] == .internal ? "organisation" : "outside world")"]
        if red[node] { parts.append("needs attention (see stakemap gaps)") }
        if graph.power[node] > 0 { parts.append("power \(graph.power[node])") }
        if graph.interest[node] > 0 { parts.append("interest \(graph.interest[node])") }
        let steps = InvolvementStep.allCases.filter { graph.steps[node].contains(StepSet($0)) }
        if !steps.isEmpty { parts.append("steps: " + steps.map(\.rawValue).joined(separator: ", ")) }
        if let level = graph.levels[node] { parts.append("level: \(level.rawValue)") }
        parts.append("id: \(graph.id(node))")
        return parts.joined(separator: " · ")
    }

    // MARK: Boxes

    func boxAttributes(_ place: Int32) -> [String: DOTValue] {
        switch place {
        case MapTree.organisation, MapTree.outside:
            let inside = place == MapTree.organisation
            return [
                "label": .html("<B>\(inside ? "Organisation" : "Outside world")</B>"), "fontsize": 18,
                "style": "filled,rounded", "fillcolor": .text(inside ? MapStyle.organisationFill : MapStyle.outsideFill),
                "color": .text(MapStyle.border(inside ? .internal : .external)), "penwidth": 1.5,
                "labeljust": "l", "margin": 14,
            ]
        case MapTree.targetGroups:
            return [
                "label": .html("<B>Target groups</B>"), "fontsize": 13, "style": "filled,rounded",
                "fillcolor": .text(MapStyle.groupsFill), "color": .text(MapStyle.border(.external)),
                "labeljust": "l",
            ]
        default:
            // The unit's own node at the top of the box carries its name and counts.
            let unit = Int(folding.tree.unitOfPlace[Int(place)])
            let status = MapStyle.Status(unit, graph, red: red)
            return [
                "label": "", "style": "filled,rounded", "fillcolor": .text(status.boxFill),
                "color": .text(status.boxBorder), "penwidth": status == .attention ? 2.5 : 1,
                "tooltip": .text(tooltip(unit)),
            ]
        }
    }

    // MARK: Links

    func linkAttributes(_ link: MapLink) -> [String: DOTValue] {
        let merged = link.count > 1
        let extra = merged ? log2(Double(link.count)) : 0
        var attributes: [String: DOTValue]
        switch link.kind {
        case .influences:
            attributes = [
                "color": .text(MapStyle.influenceColour),
                "penwidth": .number(rounded(min(5, 0.5 + 0.45 * link.meanWeight + 0.35 * extra))),
            ]
        case .contactFor:
            attributes = [
                "color": .text(MapStyle.contactColour), "style": "dashed",
                "penwidth": .number(rounded(min(6, 1.4 + 0.5 * extra))),
            ]
        case .reportsTo:
            attributes = [
                "color": .text(MapStyle.reportsColour), "penwidth": .number(rounded(min(4, 0.7 + 0.4 * extra))),
                "arrowsize": 0.5,
            ]
        case .memberOf, .hasRole:
            attributes = [
                "color": .text(MapStyle.memberColour), "style": "dotted", "arrowhead": "none",
                "penwidth": .number(rounded(min(4, 1 + 0.4 * extra))),
            ]
        }
        if link.bothWays { attributes["dir"] = "both" }
        if merged {
            attributes["xlabel"] = .text("×\(MapStyle.grouped(link.count))")
            attributes["fontcolor"] = .text(MapStyle.mutedText)
        }
        // Drawn after the layout; should the text be laid out by `dot` itself, the
        // links still must not move the boxes.
        if options.layout == .dot { attributes["constraint"] = "false" }
        attributes["tooltip"] = .text(linkTooltip(link))
        return attributes
    }

    private func linkTooltip(_ link: MapLink) -> String {
        let verb = switch link.kind {
        case .influences: "influences"
        case .contactFor: "is contact for"
        case .reportsTo: "reports to"
        case .memberOf, .hasRole: "is a member of"
        }
        let ends = "\(name(of: link.from)) \(verb) \(name(of: link.to))" + (link.bothWays ? " and the other way round" : "")
        if link.count > 1 {
            return "\(MapStyle.grouped(link.count)) links: \(ends)"
                + (link.kind == .influences ? " (total weight \(link.totalWeight))" : "")
        }
        return ends + (link.kind == .influences ? " (weight \(link.maxWeight))" : "")
    }

    private func name(of drawn: Int32) -> String {
        switch folding.drawn[Int(drawn)] {
        case .leaf(let node): graph.name(Int(node))
        case .unit(let place, _): graph.name(Int(folding.tree.unitOfPlace[Int(place)]))
        case .more: "others"
        }
    }

    private func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// `Roles nobody holds: participatieadviseur (required), …`; nil when every role is held.
    func vacantRolesNote() -> [String: DOTValue]? {
        guard !vacantRoles.isEmpty else { return nil }
        let shown = vacantRoles.prefix(8).map { role in
            html(MapStyle.shortened(graph.name(role))) + (graph.required[role] ? " (required)" : "")
        }
        var lines = ["<B>Roles nobody holds</B>"] + shown
        if vacantRoles.count > shown.count { lines.append("and \(vacantRoles.count - shown.count) more") }
        return [
            "label": .html(lines.joined(separator: "<BR/>")), "shape": "note", "style": "filled", "fillcolor": "#fffbe6",
            "color": "#b8a24a", "fontsize": 10, "tooltip": "Roles with nobody in them: see stakemap gaps (vacant-role)",
        ]
    }

    // MARK: Legend and title

    func legend() -> [String: DOTValue] {
        // An empty swatch: a space in it is taller than the cell ("cell size too small").
        func swatch(_ fill: String, _ border: String, _ text: String) -> String {
            "<TR><TD BGCOLOR=\"\(fill)\" COLOR=\"\(border)\" BORDER=\"1\" WIDTH=\"30\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\"></TD>"
                + "<TD ALIGN=\"LEFT\">\(text)</TD></TR>"
        }
        func line(_ sample: String, _ colour: String, _ text: String) -> String {
            "<TR><TD><FONT COLOR=\"\(colour)\">\(sample)</FONT></TD><TD ALIGN=\"LEFT\">\(text)</TD></TR>"
        }
        var rows = [
            "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>",
            swatch(MapStyle.Status.attention.fill, MapStyle.attentionBorder, "needs attention (a high-severity gap)"),
            swatch(MapStyle.Status.involved.fill, "#666666", "involved in at least one step"),
            swatch(MapStyle.Status.neutral.fill, "#666666", "not (yet) involved"),
            line("<B>━━━</B>", MapStyle.influenceColour, "influences (thicker = stronger)"),
            line("<B>╍╍╍</B>", MapStyle.contactColour, "contact for a target group"),
            line("───", MapStyle.reportsColour, "reports to"),
            line("┈┈┈", MapStyle.memberColour, "member of a target group"),
            "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">rounded box: person · folder: unit · ellipse: target group</TD></TR>",
        ]
        if !clustered {
            rows.append(
                "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT COLOR=\"\(MapStyle.border(.internal))\">blue border: organisation</FONT>"
                    + " · <FONT COLOR=\"\(MapStyle.border(.external))\">orange border, square corners: outside world</FONT></TD></TR>")
        }
        if folding.folded {
            rows.append(
                "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">a unit's label counts everyone inside it; ×N: N links merged</TD></TR>")
        }
        let table = "<TABLE BORDER=\"1\" COLOR=\"#9aa5b1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\" BGCOLOR=\"#ffffff\">"
            + rows.joined() + "</TABLE>"
        return ["label": .html(table), "shape": "plaintext", "margin": 0, "fontsize": 10]
    }

    /// The project, the date and what the map shows; how it was folded; and a warning
    /// for a step in which nobody inside takes part.
    func title() -> String {
        var people = 0
        var units = 0
        var groups = 0
        var attention = 0
        for node in 0..<graph.count where folding.representative(of: node, graph) >= 0 {
            switch graph.kinds[node] {
            case .person: people += 1
            case .unit: units += 1
            case .group: groups += 1
            case .role: break
            }
            if red[node] { attention += 1 }
        }
        var lines = [
            "<FONT POINT-SIZE=\"22\"><B>Stakeholder map — \(html(MapStyle.shortened(options.project, 60)))</B></FONT>"
        ]
        var facts = [
            html(options.date), MapStyle.count(people, "person", "people"), MapStyle.count(units, "unit", "units"),
            MapStyle.count(groups, "target group", "target groups"),
        ]
        if attention > 0 {
            facts.append("<FONT COLOR=\"\(MapStyle.attentionText)\">\(MapStyle.grouped(attention)) need\(attention == 1 ? "s" : "") attention</FONT>")
        }
        lines.append(facts.joined(separator: " · "))
        if let focus {
            lines.append(
                "Around \(html(MapStyle.shortened(graph.name(focus)))) (\(html(MapStyle.shortened(graph.id(focus), 60)))),"
                    + " within \(MapStyle.count(options.depth, "link", "links"))")
        }
        if folding.folded {
            var text = "Folded to fit: \(MapStyle.count(people, "person", "people")) shown as \(MapStyle.count(folding.drawn.count, "node", "nodes"))"
            if links.merged > links.drawn.count {
                text += "; the strongest \(MapStyle.grouped(links.drawn.count)) of \(MapStyle.grouped(links.merged)) links drawn"
            }
            lines.append(text)
        } else if links.merged > links.drawn.count {
            lines.append("The strongest \(MapStyle.grouped(links.drawn.count)) of \(MapStyle.grouped(links.merged)) links drawn")
        }
        if !stepsWithoutInternal.isEmpty {
            lines.append(
                "<FONT COLOR=\"\(MapStyle.attentionText)\">⚠ Nobody inside takes part in: \(html(stepsWithoutInternal.joined(separator: ", ")))</FONT>")
        }
        return lines.joined(separator: "<BR ALIGN=\"LEFT\"/>") + "<BR ALIGN=\"LEFT\"/>"
    }

    private func html(_ text: String) -> String { DOTWriter.htmlEscape(text) }

    private func small(_ text: String) -> String {
        "<FONT POINT-SIZE=\"9\" COLOR=\"\(MapStyle.mutedText)\">\(html(text))</FONT>"
    }
}
