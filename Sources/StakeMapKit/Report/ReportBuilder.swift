/// Builds the ``ReportPage`` of one graph: the sentences, tables and pictures, in
/// the report's language. Reads only the graph already loaded.
struct ReportBuilder {
    let graph: AnalysisGraph
    /// The notes of the target groups that have any, by node number.
    let notes: [Int: String]
    let options: ReportOptions
    /// Every gap that exists now, accepted or not: the rules run once for the tables, the map and the grid.
    let all: GapReport
    /// Nodes named by a high-severity gap rule, and the steps nobody inside takes: red on the map and in the tables.
    let attention: (nodes: [Bool], steps: [InvolvementStep])
    var red: [Bool] { attention.nodes }

    init(graph: AnalysisGraph, notes: [Int: String], options: ReportOptions) {
        self.graph = graph
        self.notes = notes
        self.options = options
        all = GapFinder.run(GapFinder.rules, on: graph)
        attention = MapSelection.needingAttention(graph, from: all)
    }

    var language: Language { options.language }
    func say(_ text: ReportText) -> String { text.text(in: language) }
    func column(_ columns: ReportColumn...) -> [String] { columns.map { say(.column($0)) } }

    func page(accepted: [AcceptedGap], changes: ReportChanges, clock: PhaseClock) throws -> ReportPage {
        let gaps = all.leavingOut(accepted)
        clock.phase("report: gaps")
        let map = try mapSection()
        clock.phase("report: map")
        let grid = try gridSection()
        clock.phase("report: grid")
        let page = ReportPage(
            language: language.rawValue, title: say(.title(project: options.project)),
            made: say(.made(date: options.date, database: options.database)), contents: say(.contents),
            style: ReportTemplate.style, script: ReportTemplate.script, footer: say(.footer),
            sections: ReportSection.allCases.map { SectionLink(id: $0.rawValue, heading: say(.heading($0))) },
            steps: stepsSection(), gaps: gapsSection(gaps), map: map, grid: grid, groups: groupsSection(),
            units: unitsSection(), roles: rolesSection(), accepted: acceptedSection(AcceptedGapsText.present(all, accepted)),
            changes: changesSection(changes), overview: overviewSection())
        clock.phase("report: tables")
        return page
    }

    // MARK: - Names in cells

    /// The steps of a node by name, `kaders, doelen`; empty when it has none.
    func stepNames(_ node: Int) -> String {
        InvolvementStep.allCases.filter { graph.steps[node].contains(StepSet($0)) }.map { $0.name(in: language) }
            .joined(separator: ", ")
    }

    /// Names of `nodes` sorted, the first `limit` of them, then `+N`.
    func names(_ nodes: some Sequence<Int32>, limit: Int = 6) -> String {
        let sorted = nodes.map { graph.name(Int($0)) }.sorted()
        let shown = sorted.prefix(limit).joined(separator: ", ")
        return sorted.count > limit ? shown + " +\(sorted.count - limit)" : shown
    }

    func tools(_ node: Int) -> String { (graph.tools[Int32(node)] ?? []).sorted().joined(separator: ", ") }

    func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// Nodes of `kind` (on `side` when given), sorted by name, then id.
    func nodes(_ kind: NodeKind, side: Side? = nil) -> [Int] {
        (0..<graph.count).filter { graph.kinds[$0] == kind && (side == nil || graph.sides[$0] == side) }
            .sorted { (graph.name($0), $0) < (graph.name($1), $1) }
    }

    // MARK: - The four steps

    func stepsSection() -> StepsSection {
        let steps = ProjectStatus.tally(graph).steps
        let frame = steps[0]
        let table = ReportTable(
            columns: column(.step, .purpose, .inside, .outside, .state), steps, command: "stakemap status",
            language: language
        ) { step in
            ReportRow(
                cells: [
                    ReportCell(capitalised(step.step.name(in: language))), ReportCell(say(.stepPurpose(step.step))),
                    ReportCell(say(.stepInside(people: step.internalPeople, units: step.internalUnits))),
                    ReportCell(say(.stepOutside(groups: step.groups, others: step.externalOthers))),
                    ReportCell(say(.stepState(covered: step.hasInternal))),
                ], mark: step.hasInternal ? "good" : "attention")
        }
        return StepsSection(
            heading: say(.heading(.steps)), intro: say(.intro(.steps)),
            frameText: say(
                frame.hasInternal ? .frameInvolved(people: frame.internalPeople, units: frame.internalUnits) : .frameMissing),
            frameCovered: frame.hasInternal, table: table)
    }

    // MARK: - Gaps

    func gapsSection(_ report: GapReport) -> GapsSection {
        var summary: [(Severity, String, [Gap])] = []
        let severities = [Severity.high, .medium, .low].compactMap { severity -> SeverityGaps? in
            let gaps = report.gaps.filter { $0.severity == severity }
            guard !gaps.isEmpty else { return nil }
            // The report's order is by severity, then rule: each rule's gaps are one run.
            var runs: [[Gap]] = []
            for gap in gaps {
                if runs.last?.first?.rule == gap.rule { runs[runs.count - 1].append(gap) } else { runs.append([gap]) }
            }
            let rules = runs.map { run -> RuleGaps in
                summary.append((severity, run[0].rule, run))
                let table = ReportTable(
                    columns: column(.name, .kind, .finding), run, command: "stakemap gaps --rule \(run[0].rule)",
                    language: language
                ) { gap in
                    ReportRow(cells: [
                        ReportCell(gap.name), ReportCell(GapsMessage.kindWord(gap.kind, language)),
                        ReportCell(gap.finding.text(in: language)),
                    ])
                }
                return RuleGaps(heading: "\(run[0].rule) (\(run.count))", table: table)
            }
            return SeverityGaps(
                severity: severity.rawValue, heading: capitalised(severity.name(in: language)) + " (\(gaps.count))",
                count: gaps.count, rules: rules)
        }
        let counts = report.counts
        let summaryTable = ReportTable(
            columns: column(.severity, .rule, .count, .finding), summary, command: "stakemap gaps", language: language
        ) { severity, rule, gaps in
            ReportRow(
                cells: [
                    ReportCell(severity.name(in: language)), ReportCell(rule), ReportCell("\(gaps.count)"),
                    ReportCell(gaps[0].finding.text(in: language), detail: gaps.count > 1 ? say(.forExample) : nil),
                ], mark: severity == .high ? "attention" : nil)
        }
        return GapsSection(
            heading: say(.heading(.gaps)), intro: say(.intro(.gaps)),
            counts: say(
                .gapCounts(
                    high: counts[.high] ?? 0, medium: counts[.medium] ?? 0, low: counts[.low] ?? 0, accepted: report.accepted)),
            summary: summary.isEmpty ? nil : summaryTable, severities: severities,
            empty: severities.isEmpty ? say(.empty(.gaps)) : nil)
    }

    func acceptedSection(_ list: [(gap: Gap, acceptance: AcceptedGap)]) -> TableSection {
        let table = ReportTable(
            columns: column(.severity, .name, .rule, .reason, .acceptedBy, .time), list, command: "stakemap gaps --accepted",
            language: language
        ) { gap, acceptance in
            ReportRow(cells: [
                ReportCell(gap.severity.name(in: language)), ReportCell(gap.name), ReportCell(gap.rule),
                ReportCell(acceptance.reason), ReportCell(acceptance.user),
                ReportCell(acceptance.time.replacingOccurrences(of: "T", with: " ")),
            ])
        }
        return section(.accepted, list.isEmpty ? nil : table)
    }

    /// A section of one table, or of the sentence that says it has nothing.
    func section(_ section: ReportSection, _ table: ReportTable?, note: String? = nil) -> TableSection {
        TableSection(
            id: section.rawValue, heading: say(.heading(section)), intro: say(.intro(section)), table: table,
            empty: table == nil ? say(.empty(section)) : nil, note: note)
    }

    // MARK: - Changes

    func changesSection(_ changes: ReportChanges) -> ChangesSection {
        var section = ChangesSection(heading: say(.heading(.changes)), intro: say(.intro(.changes)), since: nil, parts: [])
        func timeline(_ message: TimelineMessage) -> String { message.text(in: language) }
        func since(_ from: GraphState) -> String {
            say(
                .changesFrom(
                    timeline(
                        .state(
                            reference: from.reference, changeSet: from.changeSet,
                            time: from.time?.replacingOccurrences(of: "T", with: " ")))))
        }
        func diffCommand(_ from: GraphState) -> String {
            from.changeSet == 0 && from.reference == "empty" ? "stakemap diff" : "stakemap diff \(from.reference)"
        }
        switch changes {
        case .noSnapshot:
            section.empty = say(.noSnapshot)
        case .changeSets(let from, let sets):
            section.since = since(from)
            section.note = say(.changeSetsOnly(command: diffCommand(from)))
            section.table = ReportTable(
                columns: HistoryColumn.allCases.map { capitalised(timeline(.historyHeading($0))) }, sets,
                command: "stakemap history",
                language: language
            ) { set in
                ReportRow(
                    cells: [
                        "#\(set.number)", set.time.replacingOccurrences(of: "T", with: " "), set.user,
                        HistoryText.counts(set.nodes), HistoryText.counts(set.links), set.command,
                    ].map { ReportCell($0) })
            }
            if sets.isEmpty { section.empty = say(.empty(.changes)) }
        case .diff(let diff):
            section.since = since(diff.from)
            section.parts = diff.parts(in: language).map { title, lines in
                ChangePart(
                    heading: timeline(.diffSection(title, count: lines.count)), lines: Array(lines.prefix(ReportTable.rowLimit)),
                    more: lines.count > ReportTable.rowLimit
                        ? MoreRows(text: say(.more(lines.count - ReportTable.rowLimit)), command: diffCommand(diff.from)) : nil)
            }
            if section.parts.isEmpty { section.empty = say(.empty(.changes)) }
        }
        return section
    }
}
