extension PictureText {
    public var english: String {
        switch self {
        case .mapTitle(let project): "Stakeholder map — \(project)"
        case .mapFacts(let date, let people, let units, let groups):
            "\(date) · \(count(people, "person", "people")) · \(count(units, "unit", "units")) · "
                + count(groups, "target group", "target groups")
        case .needAttention(let count): "\(MapStyle.grouped(count)) need\(count == 1 ? "s" : "") attention"
        case .around(let name, let id, let depth): "Around \(name) (\(id)), within \(count(depth, "link", "links"))"
        case .foldedToFit(let people, let nodes):
            "Folded to fit: \(count(people, "person", "people")) shown as \(count(nodes, "node", "nodes"))"
        case .strongestLinks(let drawn, let of, let afterFold):
            "\(afterFold ? "the" : "The") strongest \(MapStyle.grouped(drawn)) of \(MapStyle.grouped(of)) links drawn"
        case .nobodyInsideTakesPart(let steps):
            "⚠ Nobody inside the organisation takes part in: \(steps.map { $0.name(in: .en) }.joined(separator: ", "))"
        case .targetGroupsHeading: "Target groups"
        case .peopleInvolved(let people, let involved):
            "\(count(people, "person", "people")) · \(MapStyle.grouped(involved)) involved"
        case .steps(let steps): "steps: \(initials(steps))"
        case .unitSteps(let own, let members):
            own.isEmpty ? "members: \(initials(members))"
                : members.isEmpty ? "involved itself: \(initials(own))"
                : "itself: \(initials(own)) · members: \(initials(members))"
        case .level(let level): "level: \(level.name(in: .en))"
        case .noLevelYet: "no level yet"
        case .more(let units, let groups, let people, let side):
            "+ " + [
                units > 0 ? count(units, side == .external ? "organisation" : "unit", side == .external ? "organisations" : "units") : nil,
                groups > 0 ? count(groups, "target group", "target groups") : nil,
                people > 0 ? count(people, "person", "people") + (units > 0 ? " without one" : "") : nil,
            ].compactMap { $0 }.joined(separator: " and ")
        case .engaged(let count): "\(MapStyle.grouped(count)) engaged"
        case .foldedTooltip: "Folded to keep the map readable: use --focus to see them"
        case .nodeTooltip(let name, let kind, let side, let attention, let power, let interest, let steps, let level, let id):
            ([
                "\(name) — \(kind.name(on: side, in: .en)), \(side == .internal ? "inside the organisation" : "outside world")",
                attention ? "needs attention (see stakemap gaps)" : nil, power > 0 ? "power \(power)" : nil,
                interest > 0 ? "interest \(interest)" : nil,
                steps.isEmpty ? nil : "steps: " + steps.map { $0.name(in: .en) }.joined(separator: ", "),
                level.map { "level: \($0.name(in: .en))" }, "id: \(id)",
            ] as [String?]).compactMap { $0 }.joined(separator: " · ")
        case .linkTooltip(let from, let kind, let to, let bothWays, let merged, let weight):
            (merged.map { "\(MapStyle.grouped($0)) links: " } ?? "")
                + "\(from) \(Self.englishVerb(kind)) \(to)" + (bothWays ? " and the other way round" : "")
                + (weight.map { merged == nil ? " (weight \($0))" : " (total weight \($0))" } ?? "")
        case .others: "others"
        case .rolesNobodyHolds: "Roles nobody holds"
        case .requiredRole(let role): "\(role) (required)"
        case .andMore(let count): "and \(MapStyle.grouped(count)) more"
        case .vacantRolesTooltip: "Roles with nobody in them: see stakemap gaps (vacant-role)"
        case .legend: "Legend"
        case .legendAttention: "needs attention (a high-severity gap)"
        case .legendInvolved: "involved in at least one step"
        case .legendNotInvolved: "not (yet) involved"
        case .legendInfluences: "influences (thicker = stronger)"
        case .legendContact: "contact for a target group"
        case .legendReportsTo: "reports to"
        case .legendMemberOf: "member of a target group"
        case .legendShapes: "rounded box: person · folder: unit · 3-D box: organisation · ellipse: target group"
        case .legendSteps:
            "steps: " + InvolvementStep.allCases.map { "\($0.initial(in: .en)) \($0.name(in: .en))" }.joined(separator: " · ")
        case .legendInsideBorder: "blue border: organisation"
        case .legendOutsideBorder: "orange border, square corners: outside world"
        case .legendFolded: "a unit's label counts everyone inside it; ×N: N links merged"
        case .gridTitle(let project): "Power/interest grid — \(project)"
        case .gridFacts(let date, let scored):
            "\(date) · \(count(scored, "stakeholder", "stakeholders")) with power and interest"
        case .withoutScores(let names, let more):
            "Without power or interest (not shown): \(names.joined(separator: ", "))"
                + (more > 0 ? " + \(MapStyle.grouped(more)) more" : "")
        case .quadrant(let quadrant):
            switch quadrant {
            case .manageClosely: "Manage closely"
            case .keepSatisfied: "Keep satisfied"
            case .keepInformed: "Keep informed"
            case .monitor: "Monitor"
            }
        case .quadrantTooltip(let quadrant):
            switch quadrant {
            case .manageClosely: "Manage closely: high power, high interest: involve them fully"
            case .keepSatisfied: "Keep satisfied: high power, low interest: keep them satisfied, do not overload"
            case .keepInformed: "Keep informed: low power, high interest: keep them informed, listen"
            case .monitor: "Monitor: low power, low interest: keep an eye on them"
            }
        case .cellTooltip(let power, let interest): "power \(power), interest \(interest)"
        case .gridTooltip(let name, let kind, let side, let power, let interest, let id):
            "\(name) — \(kind.name(on: side, in: .en)) · power \(power), interest \(interest) · id: \(id)"
        case .moreInCell(let count): "+ \(MapStyle.grouped(count)) more"
        // "(belang)", "(macht)": the Dutch words of the scores, for readers of the Dutch CSV files.
        case .interestAxis: "Interest (belang) →   high = 4 or 5"
        case .powerAxis: "Power\n(macht)\n↑\nhigh =\n4 or 5"
        case .gridLegendAttention: "red: needs attention (a high-severity gap)"
        case .gridLegendInvolved: "green: involved"
        case .gridLegendNotInvolved: "white: not (yet) involved"
        case .mapWritten(let file, let nodes, let links, let folded, let merged, let format):
            "\(file): \(nodes) nodes, \(links) links"
                + (folded ? (merged > links ? " (folded, strongest \(links) of \(merged) links)" : " (folded)") : "")
                + " (\(format))"
        case .gridWritten(let file, let placed, let quadrants, let unscored, let format):
            "\(file): \(placed) placed ("
                + zip(quadrants, ["manage closely", "keep satisfied", "keep informed", "monitor"])
                .map { "\($0) \($1)" }.joined(separator: ", ")
                + "); \(unscored) without scores (\(format))"
        case .graphvizCannotStart: "Graphviz could not start (no context)"
        case .graphvizTextHasNUL: "Graphviz could not read the map: the text contains a NUL character"
        case .graphvizCannotRead(let said): "Graphviz could not read the map: \(said ?? "no graph found in the text")"
        case .graphvizCannotLayOut(let engine, let said):
            "Graphviz could not lay out the map with \(engine ?? "the fixed positions"): \(said ?? "no details from Graphviz")"
        case .graphvizCannotRender(let format, let said):
            "Graphviz could not render the map as \(format): \(said ?? "no details from Graphviz")"
        }
    }

    private static func englishVerb(_ kind: EdgeKind) -> String {
        switch kind {
        case .influences: "influences"
        case .contactFor: "is contact for"
        case .reportsTo: "reports to"
        case .memberOf, .hasRole: "is a member of"
        }
    }

    private func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        MapStyle.count(value, singular, plural)
    }

    private func initials(_ steps: [InvolvementStep]) -> String {
        steps.map { $0.initial(in: .en) }.joined(separator: " ")
    }
}
