extension QuestionHelp {
    public var english: String {
        switch self {
        case .pathsAbstract: "The shortest paths from one node to another: through whom can we reach them?"
        case .pathsDiscussion:
            """
            Paths follow influences and contact_for links in their direction, member_of and reports_to links either way (the links by which the unreachable-group gap is judged). Shortest first; paths of one length in the order of their node ids. A link walked against its direction is drawn ←member_of—. No path is not an error: the list is empty.

            Examples:
              stakemap paths "Marieke van der Berg" ondernemers-stationsplein
              stakemap paths m.vanderberg@veldhoven-noord.nl taxichauffeurs --max 5 --format json
            """
        case .pathsFrom: "Where the paths start: an id or a name."
        case .pathsTo: "Where the paths end: an id or a name."
        case .pathsMax: "How many paths at most."
        case .reachAbstract: "Everyone from whom a node can be reached: who influences the alderman, also indirectly?"
        case .reachDiscussion:
            """
            Lists every node from which NODE can be reached along the links (influences and contact_for in their direction, member_of and reports_to either way; --via keeps only the kinds named), with the number of steps, whether it is involved, and the first of its shortest paths, drawn from NODE back, arrows as the links run. Sorted by steps, then id.

            Examples:
              stakemap reach p.hoekstra@veldhoven-noord.nl --via influences --depth 2
              stakemap reach "Pieter Hoekstra" --via influences --side internal
              stakemap reach taxichauffeurs --format json
            """
        case .reachNode: "The node to reach: an id or a name."
        case .reachVia: "Only along links of this kind (repeatable): influences, contact_for, member_of or reports_to."
        case .reachDepth: "At most this many steps away (default: any)."
        case .reachSide: "Only nodes on this side: internal or external."
        case .tableOrJSON: "table or json."
        case .listUnit: "Only the members of this unit or of the units nested in it (an id, path or name)."
        case .listStep: "Only who is involved in this step (frame, goals, plan, start; kaders, doelen, plan, starten), or none."
        case .listLevel: "Only this participation level (inform … codecide; informeren … meebeslissen), or none."
        case .listSide: "Only this side: internal or external."
        case .listRole: "Only who holds this role (an id or name), or none: who holds no role."
        case .listQuadrant: "Only this quadrant of the power/interest grid: manage-closely, keep-satisfied, keep-informed or monitor."
        }
    }
}
