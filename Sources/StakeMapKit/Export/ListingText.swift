/// `list` as tables and `show` as lines for the terminal.
extension GraphListing {
    /// A section as a table for the terminal.
    func table(_ section: Section, in language: Language, width: Int = 80) -> String {
        func say(_ message: ListingMessage) -> String { message.text(in: language) }
        func headers(_ columns: ListingColumn...) -> [String] { columns.map { say(.heading($0)) } }
        // Steps as a 4-letter mask (frame, goals, plan, start): "F-P-" is frame and plan.
        let steps: (Int) -> String = { node in
            say(.stepMask(Set(InvolvementStep.allCases.filter { graph.steps[node].contains(StepSet($0)) })))
        }
        let side: (Int) -> String = { say(.sideCell(graph.sides[$0])) }
        let level: (Int) -> String = { graph.levels[$0]?.name(in: language) ?? "" }
        let nodes: (NodeKind) -> [Int] = { kind in (0..<graph.count).filter { graph.kinds[$0] == kind && passes($0) } }
        let table: TextTable
        switch section {
        case .people:
            table = TextTable(
                headers: headers(.id, .name, .side, .unit, .steps, .level),
                rows: nodes(.person).map { person in
                    let unit = graph.out(.memberOf).neighbours(person).filter { graph.kinds[Int($0)] == .unit }
                        .min { graph.id(Int($0)) < graph.id(Int($1)) }.map { graph.name(Int($0)) } ?? ""
                    return [graph.id(person), graph.name(person), side(person), unit, steps(person), level(person)]
                })
        case .units:
            table = TextTable(
                headers: headers(.id, .name, .side, .people, .steps, .level),
                rows: nodes(.unit).map { unit in
                    let people = graph.into(.memberOf).neighbours(unit).filter { graph.kinds[Int($0)] == .person }
                    return [graph.id(unit), graph.name(unit), side(unit), String(people.count), steps(unit), level(unit)]
                })
        case .groups:
            table = TextTable(
                headers: headers(.id, .name, .level, .steps, .contacts, .tools),
                rows: nodes(.group).map { group in
                    [
                        graph.id(group), graph.name(group), level(group), steps(group),
                        String(graph.into(.contactFor).degree(group)),
                        (graph.tools[Int32(group)] ?? []).sorted().joined(separator: ", "),
                    ]
                })
        case .roles:
            table = TextTable(
                headers: headers(.id, .name, .required, .heldBy),
                rows: nodes(.role).map { role in
                    [graph.id(role), graph.name(role), Word.yes(graph.required[role]).text(in: language), String(graph.into(.hasRole).degree(role))]
                })
        case .links:
            var rows: [[String]] = []
            forEachLink { link in
                rows.append([
                    graph.id(Int(link.source)), Word.linkKind(link.kind).text(in: language), graph.id(Int(link.target)), link.weight.map(String.init) ?? "",
                ])
            }
            table = TextTable(headers: headers(.source, .kind, .target, .weight), rows: rows)
        }
        if table.rows.isEmpty { return say(passing == nil ? .emptySection(section) : .noneMatch(section)) + "\n" }
        let legend = section == .links || section == .roles ? "" : say(.stepsLegend) + "\n"
        return table.render(width: width) + legend
    }

    /// `show ID`: one node's attributes and its links in both directions.
    func detail(_ number: Int, _ node: NodeRecord, in language: Language) -> String {
        func say(_ message: ListingMessage) -> String { message.text(in: language) }
        let labelWidth = ShowField.allCases.map { say(.field($0)).count }.max()! + 2
        func field(_ name: ShowField, _ value: String) -> String {
            "  " + TextLayout.pad(say(.field(name)) + ":", labelWidth) + value
        }
        var lines = [say(.showTitle(name: node.name, kind: node.kind, side: node.side)), field(.id, node.id)]
        if let path = node.path { lines.append(field(.path, path)) }
        if let power = node.power { lines.append(field(.power, "\(power)")) }
        if let interest = node.interest { lines.append(field(.interest, "\(interest)")) }
        if let legitimacy = node.legitimacy { lines.append(field(.legitimacy, "\(legitimacy)")) }
        if let urgency = node.urgency { lines.append(field(.urgency, "\(urgency)")) }
        if let salience = Salience(power: node.power, legitimacy: node.legitimacy, urgency: node.urgency) {
            lines.append(field(.salience, salience.name(in: language)))
        }
        if let level = node.level { lines.append(field(.level, level.name(in: language))) }
        let steps = InvolvementStep.allCases.filter { graph.steps[number].contains(StepSet($0)) }
        lines.append(field(.steps, say(.stepList(steps))))
        let tools = graph.tools[Int32(number)] ?? []
        if !tools.isEmpty { lines.append(field(.tools, tools.sorted().joined(separator: ", "))) }
        if let required = node.required { lines.append(field(.required, Word.yes(required).text(in: language))) }
        if let email = node.email { lines.append(field(.email, email)) }
        if let notes = node.notes { lines.append(field(.notes, TextTable.oneLine(notes))) }
        let describe: (ListedLink, Int32) -> String = { link, other in
            "    "
                + say(
                    .showLink(
                        kind: link.kind, outgoing: other == link.target, name: graph.name(Int(other)),
                        id: graph.id(Int(other)), weight: link.weight, note: link.note.map(TextTable.oneLine)))
        }
        let out = links(from: number).map { ($0, graph.id(Int($0.target))) }
            .sorted { ($0.0.kind.rawValue, $0.1) < ($1.0.kind.rawValue, $1.1) }.map(\.0)
        // The graph holds only this node's neighbourhood: few links to look through.
        let into = (0..<graph.count).flatMap { links(from: $0) }.filter { $0.target == Int32(number) }
            .map { ($0, graph.id(Int($0.source))) }
            .sorted { ($0.0.kind.rawValue, $0.1) < ($1.0.kind.rawValue, $1.1) }.map(\.0)
        lines.append("  " + say(.linksOut(out.count)))
        lines += out.map { describe($0, $0.target) }
        lines.append("  " + say(.linksIn(into.count)))
        lines += into.map { describe($0, $0.source) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension StakeMapStore {
    /// `show`: the node with `id` (ids with `@` in lowercase), its attributes and
    /// links; nil when there is no such node.
    public func nodeDetail(_ id: String, in language: Language) throws -> String? {
        try withNeighbourhood(of: id) { snapshot in
            guard let number = snapshot.graph.index(ofID: id), let node = try snapshot.node(id: snapshot.graph.id(number))
            else { return nil }
            return GraphListing(snapshot).detail(number, node, in: language)
        }
    }
}
