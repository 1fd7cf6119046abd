/// `list` as tables and `show` as lines for the terminal.
extension GraphListing {
    /// A section as a table for the terminal.
    func table(_ section: Section, width: Int = 80) -> String {
        // Steps as a 4-letter mask (frame, goals, plan, start): "F-P-" is frame and plan.
        let steps: (Int) -> String = { node in
            String(
                InvolvementStep.allCases.map {
                    graph.steps[node].contains(StepSet($0)) ? Character($0.rawValue.prefix(1).uppercased()) : "-"
                })
        }
        let side: (Int) -> String = { graph.sides[$0] == .internal ? "in" : "out" }
        let level: (Int) -> String = { graph.levels[$0]?.rawValue ?? "" }
        let nodes: (NodeKind) -> [Int] = { kind in (0..<graph.count).filter { graph.kinds[$0] == kind } }
        let table: TextTable
        switch section {
        case .people:
            table = TextTable(
                headers: ["ID", "NAME", "SIDE", "UNIT", "FGPS", "LEVEL"],
                rows: nodes(.person).map { person in
                    let unit = graph.out(.memberOf).neighbours(person).filter { graph.kinds[Int($0)] == .unit }
                        .min { graph.id(Int($0)) < graph.id(Int($1)) }.map { graph.name(Int($0)) } ?? ""
                    return [graph.id(person), graph.name(person), side(person), unit, steps(person), level(person)]
                })
        case .units:
            table = TextTable(
                headers: ["ID", "NAME", "SIDE", "PEOPLE", "FGPS", "LEVEL"],
                rows: nodes(.unit).map { unit in
                    let people = graph.into(.memberOf).neighbours(unit).filter { graph.kinds[Int($0)] == .person }
                    return [graph.id(unit), graph.name(unit), side(unit), String(people.count), steps(unit), level(unit)]
                })
        case .groups:
            table = TextTable(
                headers: ["ID", "NAME", "LEVEL", "FGPS", "CONTACTS", "TOOLS"],
                rows: nodes(.group).map { group in
                    [
                        graph.id(group), graph.name(group), level(group), steps(group),
                        String(graph.into(.contactFor).degree(group)),
                        (graph.tools[Int32(group)] ?? []).sorted().joined(separator: ", "),
                    ]
                })
        case .roles:
            table = TextTable(
                headers: ["ID", "NAME", "REQUIRED", "HELD BY"],
                rows: nodes(.role).map { role in
                    [graph.id(role), graph.name(role), graph.required[role] ? "yes" : "no", String(graph.into(.hasRole).degree(role))]
                })
        case .links:
            var rows: [[String]] = []
            forEachLink { link in
                rows.append([
                    graph.id(Int(link.source)), link.kind.rawValue, graph.id(Int(link.target)), link.weight.map(String.init) ?? "",
                ])
            }
            table = TextTable(headers: ["SOURCE", "KIND", "TARGET", "WEIGHT"], rows: rows)
        }
        if table.rows.isEmpty { return "No \(section.rawValue) yet.\n" }
        let legend = section == .links || section == .roles ? "" : "FGPS: involved in frame, goals, plan, start\n"
        return table.render(width: width) + legend
    }

    /// `show ID`: one node's attributes and its links in both directions.
    func detail(_ number: Int, _ node: NodeRecord) -> String {
        var lines = ["\(node.name) (\(node.side.rawValue) \(node.kind.rawValue))", "  id:       \(node.id)"]
        if let path = node.path { lines.append("  path:     \(path)") }
        if let power = node.power { lines.append("  power:    \(power)") }
        if let interest = node.interest { lines.append("  interest: \(interest)") }
        if let level = node.level { lines.append("  level:    \(level.rawValue)") }
        let steps = InvolvementStep.allCases.filter { graph.steps[number].contains(StepSet($0)) }
            .map { "\($0.rawValue) (\($0.dutch))" }
        lines.append("  steps:    \(steps.isEmpty ? "none" : steps.joined(separator: ", "))")
        let tools = graph.tools[Int32(number)] ?? []
        if !tools.isEmpty { lines.append("  tools:    \(tools.sorted().joined(separator: ", "))") }
        if let required = node.required { lines.append("  required: \(required ? "yes" : "no")") }
        if let email = node.email { lines.append("  email:    \(email)") }
        if let notes = node.notes { lines.append("  notes:    \(TextTable.oneLine(notes))") }
        let describe: (ListedLink, Int32) -> String = { link, other in
            var text = "    \(link.kind.rawValue) \(other == link.target ? "→" : "←") \(graph.name(Int(other))) [\(graph.id(Int(other)))]"
            if let weight = link.weight { text += " weight \(weight)" }
            if let note = link.note { text += " — \(TextTable.oneLine(note))" }
            return text
        }
        let out = links(from: number).map { ($0, graph.id(Int($0.target))) }
            .sorted { ($0.0.kind.rawValue, $0.1) < ($1.0.kind.rawValue, $1.1) }.map(\.0)
        // The graph holds only this node's neighbourhood: few links to look through.
        let into = (0..<graph.count).flatMap { links(from: $0) }.filter { $0.target == Int32(number) }
            .map { ($0, graph.id(Int($0.source))) }
            .sorted { ($0.0.kind.rawValue, $0.1) < ($1.0.kind.rawValue, $1.1) }.map(\.0)
        lines.append("  links out (\(out.count)):")
        lines += out.map { describe($0, $0.target) }
        lines.append("  links in (\(into.count)):")
        lines += into.map { describe($0, $0.source) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension StakeMapStore {
    /// `show`: the node with `id` (ids with `@` in lowercase), its attributes and
    /// links; nil when there is no such node.
    public func nodeDetail(_ id: String) throws -> String? {
        try withNeighbourhood(of: id) { snapshot in
            guard let number = snapshot.graph.index(ofID: id), let node = try snapshot.node(id: snapshot.graph.id(number))
            else { return nil }
            return GraphListing(snapshot).detail(number, node)
        }
    }
}
