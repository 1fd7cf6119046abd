/// The report's tables of target groups, internal units, roles and the
/// participation overview.
extension ReportBuilder {
    /// The internal people and units that are `contact_for` a group.
    func contacts(_ group: Int) -> [Int32] {
        graph.into(.contactFor).neighbours(group).filter { graph.sides[Int($0)] == .internal }
    }

    func groupsSection() -> TableSection {
        let groups = nodes(.group)
        let reached = graph.reachableFromInvolvedInside()
        let influencers = graph.out(.influences).reversed()
        let members = graph.into(.memberOf)
        let table = ReportTable(
            columns: column(.group, .level, .steps, .tools, .contacts, .reachedBy), groups,
            command: "stakemap list groups", language: language
        ) { group in
            let contacts = contacts(group)
            var reach: [String] = []
            let memberCount = members.degree(group)
            if memberCount > 0 { reach.append(say(.members(memberCount))) }
            let influencing = influencers.neighbours(group)
            if !influencing.isEmpty {
                reach.append(say(.influencedBy([names(influencing, limit: 4)])))
            }
            return ReportRow(
                cells: [
                    ReportCell(graph.name(group)),
                    graph.levels[group].map { ReportCell($0.name(in: language)) } ?? ReportCell(say(.noLevel), mark: "muted"),
                    ReportCell(stepNames(group)), ReportCell(tools(group)),
                    contacts.isEmpty ? ReportCell(say(.nobody), mark: "attention") : ReportCell(names(contacts)),
                    ReportCell(
                        reach.joined(separator: "; "), detail: say(.reachable(reached[group])),
                        mark: reached[group] ? nil : "attention"),
                ], mark: red[group] ? "attention" : graph.involved[group] ? "good" : nil)
        }
        return section(.groups, groups.isEmpty ? nil : table)
    }

    /// Internal units in the order of their paths, each with its involved members per step.
    func unitsSection() -> TableSection {
        let units = (0..<graph.count).filter { graph.kinds[$0] == .unit && graph.sides[$0] == .internal }
            .map { ($0, graph.paths[Int32($0)] ?? graph.name($0)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        let members = graph.into(.memberOf)
        let table = ReportTable(
            columns: column(.unit, .involved) + InvolvementStep.allCases.map { capitalised($0.name(in: language)) }, units,
            command: "stakemap list units --side internal", language: language
        ) { unit, path in
            let people = members.neighbours(unit).filter { graph.kinds[Int($0)] == .person }
            let involved = people.filter { graph.involved[Int($0)] }
            let perStep = InvolvementStep.allCases.map { step -> ReportCell in
                let inStep = involved.filter { graph.steps[Int($0)].contains(StepSet(step)) }
                let own = graph.steps[unit].contains(StepSet(step))
                let text = ([own ? say(.unitItself) : nil] + [inStep.isEmpty ? nil : names(inStep, limit: 4)])
                    .compactMap { $0 }.joined(separator: "; ")
                return ReportCell(text, mark: text.isEmpty ? nil : "good")
            }
            return ReportRow(
                cells: [
                    // The path above the unit: its own name is the cell's text.
                    ReportCell(graph.name(unit), detail: path.split(separator: "/").dropLast().joined(separator: "/")),
                    ReportCell(say(.involvedOf(involved: involved.count, people: people.count))),
                ] + perStep,
                mark: red[unit] ? "attention" : nil)
        }
        return section(.units, units.isEmpty ? nil : table)
    }

    func rolesSection() -> TableSection {
        let roles = nodes(.role)
        let holders = graph.into(.hasRole)
        let table = ReportTable(
            columns: column(.role, .required, .heldBy, .state), roles, command: "stakemap list roles", language: language
        ) { role in
            let held = holders.degree(role) > 0
            return ReportRow(
                cells: [
                    ReportCell(graph.name(role)), ReportCell(Word.yes(graph.required[role]).text(in: language)),
                    ReportCell(held ? names(holders.neighbours(role)) : say(.nobody)),
                    ReportCell(say(held ? .held : .vacant)),
                ], mark: held ? nil : graph.required[role] ? "attention" : "muted")
        }
        return section(.roles, roles.isEmpty ? nil : table)
    }

    /// Per target group: whom, on what, when, in which role, with which tools, and our contact.
    func overviewSection() -> TableSection {
        let groups = nodes(.group)
        let members = graph.into(.memberOf)
        let table = ReportTable(
            columns: column(.whom, .subject, .when, .participationRole, .means, .ourContact), groups,
            command: "stakemap list groups --format csv", language: language
        ) { group in
            let memberCount = members.degree(group)
            return ReportRow(cells: [
                ReportCell(graph.name(group), detail: memberCount > 0 ? say(.members(memberCount)) : nil),
                ReportCell(notes[group] ?? ""), ReportCell(stepNames(group)),
                graph.levels[group].map { ReportCell($0.name(in: language)) } ?? ReportCell(say(.noLevel), mark: "muted"),
                ReportCell(tools(group)),
                contacts(group).isEmpty ? ReportCell(say(.nobody), mark: "attention") : ReportCell(names(contacts(group))),
            ])
        }
        return section(.overview, groups.isEmpty ? nil : table, note: say(.overviewNote))
    }
}
