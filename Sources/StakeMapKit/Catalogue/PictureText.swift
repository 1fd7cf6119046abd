/// Every word drawn in the stakeholder map and the power/interest grid, the lines
/// `map` and `grid` print about what they wrote, and what Graphviz could not do.
/// Names, ids and dates are the values; the words around them are here.
public enum PictureText: CatalogueText, Equatable {
    /// The map's headline: `Stakeholder map — stationsplein`.
    case mapTitle(project: String)
    /// `2025-03-14 · 40 people · 23 units · 7 target groups`.
    case mapFacts(date: String, people: Int, units: Int, groups: Int)
    /// `3 need attention`: nodes a high-severity gap rule names.
    case needAttention(Int)
    /// A focus map: around whom, and how many links away.
    case around(name: String, id: String, depth: Int)
    /// `Folded to fit: 3 000 people shown as 150 nodes`.
    case foldedToFit(people: Int, nodes: Int)
    /// `the strongest 300 of 500 links drawn`, after a fold or on its own line.
    case strongestLinks(drawn: Int, of: Int, afterFold: Bool)
    /// The steps in which nobody of the organisation takes part.
    case nobodyInsideTakesPart([InvolvementStep])
    /// The heading of the box of target groups in the outside world.
    case targetGroupsHeading
    /// Under a unit's name: `12 people · 3 involved`.
    case peopleInvolved(people: Int, involved: Int)
    /// Under a person's or a group's name: the steps it is involved in, by initial.
    case steps([InvolvementStep])
    /// Under a unit's name: its own steps and those of its members, told apart.
    case unitSteps(own: [InvolvementStep], members: [InvolvementStep])
    /// An outside person's or a group's participation level.
    case level(Level)
    case noLevelYet
    /// The "more" node of a side: `+ 3 organisations and 12 people without one`.
    case more(units: Int, groups: Int, people: Int, side: Side)
    /// Target groups in a "more" node that are involved.
    case engaged(Int)
    case foldedTooltip
    /// What hovering a node shows; power and interest 0 when not scored.
    case nodeTooltip(
        name: String, kind: NodeKind, side: Side, attention: Bool, power: Int, interest: Int,
        steps: [InvolvementStep], level: Level?, id: String)
    /// What hovering a link shows: `merged` links in one (nil: a single link); for
    /// influences the weight (the total when merged), else nil.
    case linkTooltip(from: String, kind: EdgeKind, to: String, bothWays: Bool, merged: Int?, weight: Int?)
    /// The name of a "more" node at the end of a link.
    case others
    case rolesNobodyHolds
    /// A vacant role that the project requires.
    case requiredRole(String)
    /// `and 3 more` under a list cut short.
    case andMore(Int)
    case vacantRolesTooltip
    case legend
    case legendAttention
    case legendInvolved
    case legendNotInvolved
    case legendInfluences
    case legendContact
    case legendReportsTo
    case legendMemberOf
    case legendShapes
    /// What the step initials stand for.
    case legendSteps
    case legendInsideBorder
    case legendOutsideBorder
    case legendFolded
    /// The grid's headline: `Power/interest grid — stationsplein`.
    case gridTitle(project: String)
    /// `2025-03-14 · 57 stakeholders with power and interest`.
    case gridFacts(date: String, scored: Int)
    /// Who is not on the grid for lack of a score; `more` not named.
    case withoutScores(names: [String], more: Int)
    case quadrant(Quadrant)
    case quadrantTooltip(Quadrant)
    case cellTooltip(power: Int, interest: Int)
    case gridTooltip(name: String, kind: NodeKind, side: Side, power: Int, interest: Int, id: String)
    /// `+ 5 more` in a crowded cell.
    case moreInCell(Int)
    case interestAxis
    case powerAxis
    case gridLegendAttention
    case gridLegendInvolved
    case gridLegendNotInvolved
    /// `kaart.png: 70 nodes, 58 links (png, 1754×1240 px)`; `merged` links before the link budget.
    case mapWritten(file: String, nodes: Int, links: Int, folded: Bool, merged: Int, format: String)
    /// `grid.png: 57 placed (8 manage closely, …); 13 without scores (png, …)`; `quadrants` in `Quadrant.allCases` order.
    case gridWritten(file: String, placed: Int, quadrants: [Int], unscored: Int, format: String)
    case graphvizCannotStart
    case graphvizTextHasNUL
    /// What Graphviz said (in its own English), or nil.
    case graphvizCannotRead(said: String?)
    /// `engine` nil: drawing on the positions fixed by the first pass.
    case graphvizCannotLayOut(engine: String?, said: String?)
    case graphvizCannotRender(format: String, said: String?)
}

extension PictureText {
    /// Every case with representative values, for the test that walks the catalogue.
    public static var examples: [PictureText] {
        let simple: [PictureText] = [
            .targetGroupsHeading, .noLevelYet, .foldedTooltip, .others, .rolesNobodyHolds, .vacantRolesTooltip,
            .legend, .legendAttention, .legendInvolved, .legendNotInvolved, .legendInfluences, .legendContact,
            .legendReportsTo, .legendMemberOf, .legendShapes, .legendSteps, .legendInsideBorder,
            .legendOutsideBorder, .legendFolded, .interestAxis, .powerAxis, .gridLegendAttention,
            .gridLegendInvolved, .gridLegendNotInvolved, .graphvizCannotStart, .graphvizTextHasNUL,
        ]
        return simple + [
            .mapTitle(project: "stationsplein"), .mapFacts(date: "2025-03-14", people: 40, units: 23, groups: 7),
            .needAttention(3), .needAttention(1), .around(name: "Pieter Hoekstra", id: "p.hoekstra", depth: 2),
            .foldedToFit(people: 300, nodes: 150), .strongestLinks(drawn: 30, of: 50, afterFold: true),
            .strongestLinks(drawn: 30, of: 50, afterFold: false), .nobodyInsideTakesPart([.frame, .plan]),
            .peopleInvolved(people: 12, involved: 3), .steps([.frame, .goals]),
            .unitSteps(own: [.frame], members: [.plan, .start]), .unitSteps(own: [.goals], members: []),
            .unitSteps(own: [], members: [.start]), .level(.advise),
            .more(units: 3, groups: 4, people: 12, side: .external),
            .engaged(2),
            .nodeTooltip(
                name: "Pieter Hoekstra", kind: .person, side: .internal, attention: true, power: 5, interest: 4,
                steps: [.frame], level: .advise, id: "p.hoekstra"),
            .linkTooltip(from: "Jan", kind: .influences, to: "Piet", bothWays: true, merged: 5, weight: 12),
            .linkTooltip(from: "Jan", kind: .contactFor, to: "Fietsers", bothWays: false, merged: nil, weight: nil),
            .requiredRole("participatieadviseur"), .andMore(3),
            .gridTitle(project: "stationsplein"), .gridFacts(date: "2025-03-14", scored: 57),
            .withoutScores(names: ["Jan Jansen", "Fietsers"], more: 11),
            .quadrant(.manageClosely), .quadrant(.keepSatisfied), .quadrant(.keepInformed), .quadrant(.monitor),
            .quadrantTooltip(.manageClosely), .quadrantTooltip(.keepSatisfied), .quadrantTooltip(.keepInformed),
            .quadrantTooltip(.monitor), .cellTooltip(power: 3, interest: 2),
            .gridTooltip(name: "Fietsers", kind: .group, side: .external, power: 3, interest: 5, id: "fietsers"),
            .moreInCell(5),
            .mapWritten(file: "kaart.png", nodes: 70, links: 58, folded: true, merged: 95, format: "png, 1754×1240 px"),
            .gridWritten(file: "grid.png", placed: 57, quadrants: [8, 3, 27, 19], unscored: 13, format: "png"),
            .graphvizCannotRead(said: "syntax error in line 3"), .graphvizCannotRead(said: nil),
            .graphvizCannotLayOut(engine: "dot", said: "mismatched tag"), .graphvizCannotLayOut(engine: nil, said: nil),
            .graphvizCannotRender(format: "png", said: "out of memory"),
        ]
    }
}
