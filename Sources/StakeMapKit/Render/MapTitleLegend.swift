/// The map's title, its legend and the note of roles nobody holds.
extension MapDrawing {
    /// `Roles nobody holds: participatieadviseur (required), …`; nil when every role is held.
    func vacantRolesNote() -> [String: DOTValue]? {
        guard !vacantRoles.isEmpty else { return nil }
        let shown = vacantRoles.prefix(8).map { role in
            let name = MapStyle.shortened(graph.name(role))
            return html(graph.required[role] ? say(.requiredRole(name)) : name)
        }
        var lines = ["<B>\(html(say(.rolesNobodyHolds)))</B>"] + shown
        if vacantRoles.count > shown.count { lines.append(html(say(.andMore(vacantRoles.count - shown.count)))) }
        return [
            "label": .html(lines.joined(separator: "<BR/>")), "shape": "note", "style": "filled", "fillcolor": "#fffbe6",
            "color": "#b8a24a", "fontsize": 10, "tooltip": .text(say(.vacantRolesTooltip)),
        ]
    }

    func legend() -> [String: DOTValue] {
        // An empty swatch: a space in it is taller than the cell ("cell size too small").
        func swatch(_ fill: String, _ border: String, _ text: PictureText) -> String {
            "<TR><TD BGCOLOR=\"\(fill)\" COLOR=\"\(border)\" BORDER=\"1\" WIDTH=\"30\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\"></TD>"
                + "<TD ALIGN=\"LEFT\">\(html(say(text)))</TD></TR>"
        }
        func line(_ sample: String, _ colour: String, _ text: PictureText) -> String {
            "<TR><TD><FONT COLOR=\"\(colour)\">\(sample)</FONT></TD><TD ALIGN=\"LEFT\">\(html(say(text)))</TD></TR>"
        }
        func wide(_ body: String) -> String { "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">\(body)</TD></TR>" }
        var rows = [
            wide("<B>\(html(say(.legend)))</B>"),
            swatch(MapStyle.Status.attention.fill, MapStyle.attentionBorder, .legendAttention),
            swatch(MapStyle.Status.involved.fill, "#666666", .legendInvolved),
            swatch(MapStyle.Status.neutral.fill, "#666666", .legendNotInvolved),
            line("<B>━━━</B>", MapStyle.influenceColour, .legendInfluences),
            line("<B>╍╍╍</B>", MapStyle.contactColour, .legendContact),
            line("───", MapStyle.reportsColour, .legendReportsTo),
            line("┈┈┈", MapStyle.memberColour, .legendMemberOf),
            wide(html(say(.legendShapes))),
            wide(html(say(.legendSteps))),
        ]
        if !clustered {
            rows.append(
                wide(
                    "<FONT COLOR=\"\(MapStyle.border(.internal))\">\(html(say(.legendInsideBorder)))</FONT>"
                        + " · <FONT COLOR=\"\(MapStyle.border(.external))\">\(html(say(.legendOutsideBorder)))</FONT>"))
        }
        if folding.folded { rows.append(wide(html(say(.legendFolded)))) }
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
        let project = MapStyle.shortened(options.project, 60)
        var lines = ["<FONT POINT-SIZE=\"22\"><B>\(html(say(.mapTitle(project: project))))</B></FONT>"]
        var facts = html(say(.mapFacts(date: options.date, people: people, units: units, groups: groups)))
        if attention > 0 {
            facts += " · <FONT COLOR=\"\(MapStyle.attentionText)\">\(html(say(.needAttention(attention))))</FONT>"
        }
        lines.append(facts)
        if let focus {
            let (name, id) = (MapStyle.shortened(graph.name(focus)), MapStyle.shortened(graph.id(focus), 60))
            lines.append(html(say(.around(name: name, id: id, depth: options.depth))))
        }
        let strongest = links.merged > links.drawn.count
        if folding.folded {
            var text = say(.foldedToFit(people: people, nodes: folding.drawn.count))
            if strongest { text += "; " + say(.strongestLinks(drawn: links.drawn.count, of: links.merged, afterFold: true)) }
            lines.append(html(text))
        } else if strongest {
            lines.append(html(say(.strongestLinks(drawn: links.drawn.count, of: links.merged, afterFold: false))))
        }
        if !stepsWithoutInternal.isEmpty {
            lines.append(
                "<FONT COLOR=\"\(MapStyle.attentionText)\">\(html(say(.nobodyInsideTakesPart(stepsWithoutInternal))))</FONT>")
        }
        return lines.joined(separator: "<BR ALIGN=\"LEFT\"/>") + "<BR ALIGN=\"LEFT\"/>"
    }
}
