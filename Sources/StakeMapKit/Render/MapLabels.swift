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
        var facts: [String] = []
        if kind == .group || graph.sides[node] == .external {
            facts.append(say(graph.levels[node].map(PictureText.level) ?? .noLevelYet))
        }
        let steps = MapDrawing.steps(graph.steps[node])
        if !steps.isEmpty { facts.append(say(.steps(steps))) }
        if !facts.isEmpty { lines.append(small(facts.joined(separator: " · "))) }
        return styled(node, kind: kind, label: lines.joined(separator: "<BR/>"))
    }

    private func unitAttributes(_ place: Int32, opened: Bool) -> [String: DOTValue] {
        let unit = Int(folding.tree.unitOfPlace[Int(place)])
        var lines = ["<B>\(html(MapStyle.shortened(graph.name(unit))))</B>"]
        // Its own steps apart from its members': a unit can be green with nobody in it involved.
        let own = MapDrawing.steps(graph.steps[unit])
        let members = MapDrawing.steps(hierarchy.memberSteps[unit])
        lines += countLines(
            people: Int(hierarchy.people[unit]), involved: Int(hierarchy.involvedPeople[unit]),
            steps: own.isEmpty && members.isEmpty ? nil : say(.unitSteps(own: own, members: members)),
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
        let side: Side = place == MapTree.organisation ? .internal : .external
        var lines = ["<B>\(html(say(.more(units: units, groups: groups, people: loosePeople, side: side))))</B>"]
        if groups > 0 {
            lines.append(small(say(.engaged(involvedGroups))))
            if attention > 0 { lines.append(attentionLine(attention)) }
        } else {
            lines += countLines(people: people, involved: involvedPeople, attention: attention)
        }
        return [
            "label": .html(lines.joined(separator: "<BR/>")), "shape": "note", "style": "filled",
            "fillcolor": "#f4f4f4", "color": .text(MapStyle.border(side)),
            "tooltip": .text(say(.foldedTooltip)),
        ]
    }

    private func countLines(people: Int, involved: Int, steps: String? = nil, attention: Int) -> [String] {
        var lines = [small(say(.peopleInvolved(people: people, involved: involved)))]
        if let steps { lines.append(small(steps)) }
        if attention > 0 { lines.append(attentionLine(attention)) }
        return lines
    }

    private func attentionLine(_ count: Int) -> String {
        "<FONT POINT-SIZE=\"9\" COLOR=\"\(MapStyle.attentionText)\">⚠ \(html(say(.needAttention(count))))</FONT>"
    }

    /// `Pieter Hoekstra — person, organisation · power 5 · interest 5 · steps: frame, goals · level: advise · id: …`
    private func tooltip(_ node: Int) -> String {
        say(
            .nodeTooltip(
                name: graph.name(node), kind: graph.kinds[node], side: graph.sides[node], attention: red[node],
                power: Int(graph.power[node]), interest: Int(graph.interest[node]),
                steps: MapDrawing.steps(graph.steps[node]), level: graph.levels[node], id: graph.id(node)))
    }

    // MARK: Boxes

    func boxAttributes(_ place: Int32) -> [String: DOTValue] {
        switch place {
        case MapTree.organisation, MapTree.outside:
            let inside = place == MapTree.organisation
            return [
                "label": .html("<B>\(html(say(inside ? .internal : .external)))</B>"), "fontsize": 18,
                "style": "filled,rounded", "fillcolor": .text(inside ? MapStyle.organisationFill : MapStyle.outsideFill),
                "color": .text(MapStyle.border(inside ? .internal : .external)), "penwidth": 1.5,
                "labeljust": "l", "margin": 14,
            ]
        case MapTree.targetGroups:
            return [
                "label": .html("<B>\(html(say(.targetGroupsHeading)))</B>"), "fontsize": 13, "style": "filled,rounded",
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
        say(
            .linkTooltip(
                from: name(of: link.from), kind: link.kind, to: name(of: link.to), bothWays: link.bothWays,
                merged: link.count > 1 ? link.count : nil,
                weight: link.kind != .influences ? nil : link.count > 1 ? link.totalWeight : link.maxWeight))
    }

    private func name(of drawn: Int32) -> String {
        switch folding.drawn[Int(drawn)] {
        case .leaf(let node): graph.name(Int(node))
        case .unit(let place, _): graph.name(Int(folding.tree.unitOfPlace[Int(place)]))
        case .more: say(.others)
        }
    }

    private func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    func html(_ text: String) -> String { DOTWriter.htmlEscape(text) }

    /// The text in the map's language.
    func say(_ text: PictureText) -> String { text.text(in: options.language) }

    func say(_ side: Side) -> String { Word.sideHeading(side).text(in: options.language) }

    /// The steps of a set, in their order.
    static func steps(_ set: StepSet) -> [InvolvementStep] {
        InvolvementStep.allCases.filter { set.contains(StepSet($0)) }
    }

    func small(_ text: String) -> String {
        "<FONT POINT-SIZE=\"9\" COLOR=\"\(MapStyle.mutedText)\">\(html(text))</FONT>"
    }
}
