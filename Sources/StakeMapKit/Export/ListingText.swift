/// `list` as tables and `show` as lines for the terminal.
extension GraphListing {
    /// A section as a table for the terminal.
    public func table(_ section: Section, width: Int = 80) -> String {
        // Steps as a 4-letter mask (frame, goals, plan, start): "F-P-" is frame and plan.
        let steps: (Node) -> String = { node in
            String(InvolvementStep.allCases.map { node.steps.contains($0) ? Character($0.rawValue.prefix(1).uppercased()) : "-" })
        }
        let table: TextTable
        switch section {
        case .people:
            table = TextTable(
                headers: ["ID", "NAME", "SIDE", "UNIT", "FGPS", "LEVEL"],
                rows: graph.nodes.filter { $0.kind == .person }.map { person in
                    let unit = targets(of: person.id, .memberOf, to: .unit).first.flatMap { node($0)?.name } ?? ""
                    return [person.id, person.name, person.side == .internal ? "in" : "out", unit, steps(person), person.level?.rawValue ?? ""]
                })
        case .units:
            table = TextTable(
                headers: ["ID", "NAME", "SIDE", "PEOPLE", "FGPS", "LEVEL"],
                rows: graph.nodes.filter { $0.kind == .unit }.map { unit in
                    let people = (incoming[unit.id] ?? []).filter { $0.kind == .memberOf && node($0.source)?.kind == .person }
                    return [unit.id, unit.name, unit.side == .internal ? "in" : "out", String(people.count), steps(unit), unit.level?.rawValue ?? ""]
                })
        case .groups:
            table = TextTable(
                headers: ["ID", "NAME", "LEVEL", "FGPS", "CONTACTS", "TOOLS"],
                rows: graph.nodes.filter { $0.kind == .group }.map { group in
                    [
                        group.id, group.name, group.level?.rawValue ?? "", steps(group),
                        String(sources(of: group.id, .contactFor).count), group.tools.sorted().joined(separator: ", "),
                    ]
                })
        case .roles:
            table = TextTable(
                headers: ["ID", "NAME", "REQUIRED", "HELD BY"],
                rows: graph.nodes.filter { $0.kind == .role }.map { role in
                    [role.id, role.name, role.required == true ? "yes" : "no", String(sources(of: role.id, .hasRole).count)]
                })
        case .links:
            table = TextTable(
                headers: ["SOURCE", "KIND", "TARGET", "WEIGHT"],
                rows: records(.links).map { record in
                    [record["source"]?.cell ?? "", record["kind"]?.cell ?? "", record["target"]?.cell ?? "", record["weight"]?.cell ?? ""]
                })
        }
        if table.rows.isEmpty { return "No \(section.rawValue) yet.\n" }
        let legend = section == .links || section == .roles ? "" : "FGPS: involved in frame, goals, plan, start\n"
        return table.render(width: width) + legend
    }

    /// `show ID`: one node's attributes and its edges in both directions.
    public func detail(_ id: String) -> String? {
        guard let node = node(id) else { return nil }
        var lines = ["\(node.name) (\(node.side.rawValue) \(node.kind.rawValue))", "  id:       \(node.id)"]
        if let path = node.path { lines.append("  path:     \(path)") }
        if let power = node.power { lines.append("  power:    \(power)") }
        if let interest = node.interest { lines.append("  interest: \(interest)") }
        if let level = node.level { lines.append("  level:    \(level.rawValue)") }
        let steps = InvolvementStep.allCases.filter(node.steps.contains).map { "\($0.rawValue) (\($0.dutch))" }
        lines.append("  steps:    \(steps.isEmpty ? "none" : steps.joined(separator: ", "))")
        if !node.tools.isEmpty { lines.append("  tools:    \(node.tools.sorted().joined(separator: ", "))") }
        if let required = node.required { lines.append("  required: \(required ? "yes" : "no")") }
        if let email = node.email { lines.append("  email:    \(email)") }
        if let notes = node.notes { lines.append("  notes:    \(TextTable.oneLine(notes))") }
        let describe: (Edge, String) -> String = { edge, other in
            let name = self.node(other)?.name ?? other
            var text = "    \(edge.kind.rawValue) \(other == edge.target ? "→" : "←") \(name) [\(other)]"
            if let weight = edge.weight { text += " weight \(weight)" }
            if let note = edge.note { text += " — \(TextTable.oneLine(note))" }
            return text
        }
        let out = (outgoing[id] ?? []).sorted { ($0.kind.rawValue, $0.target) < ($1.kind.rawValue, $1.target) }
        let into = (incoming[id] ?? []).sorted { ($0.kind.rawValue, $0.source) < ($1.kind.rawValue, $1.source) }
        lines.append("  links out (\(out.count)):")
        lines += out.map { describe($0, $0.target) }
        lines.append("  links in (\(into.count)):")
        lines += into.map { describe($0, $0.source) }
        return lines.joined(separator: "\n") + "\n"
    }
}
