/// The text of `stakemap status`, apart from the counting in ``ProjectStatus``:
/// the library computes the ``StatusReport``, this lays it out, the CLI prints it.
extension StatusReport {
    /// The `status` screen: the frame step's state first, then the graph's size,
    /// involvement per step and the gap counts; fits `width` (80) columns.
    public func render(in language: Language = .en, width: Int = 80) -> String {
        func say(_ message: StatusMessage) -> String { message.text(in: language) }
        var out = ""
        func line(_ text: String) { out += text + "\n" }
        func wrapped(_ text: String, indent: Int = 2) {
            let lines = TextLayout.wrap(text, width: width - indent, firstWidth: width)
            line(lines[0])
            for rest in lines.dropFirst() { line(String(repeating: " ", count: indent) + rest) }
        }
        // A column is as wide as its heading and two spaces.
        func widths(_ headings: [String]) -> [Int] { headings.map { $0.count + 2 } }

        let frame = steps.first { $0.step == .frame }!
        wrapped(say(frame.hasInternal ? .frameInvolved(people: frame.internalPeople, units: frame.internalUnits) : .frameMissing))
        line("")

        let count = { (kind: NodeKind) in nodes[kind] ?? NodeCount() }
        let labels = NodeKind.allCases.map { say(.kindRow($0)) } + [say(.linksRow)]
        let labelWidth = max(8, labels.map(\.count).max()! + 1)
        let countHeadings = StatusCountColumn.allCases.map { say(.countsHeading($0)) }
        let countWidths = widths(countHeadings)
        line("  " + TextLayout.pad("", labelWidth) + zip(countHeadings, countWidths).map { TextLayout.padLeft($0, $1) }.joined())
        for kind in [NodeKind.person, .unit, .role, .group] {
            let counts = count(kind)
            let cells = ["\(counts.total)", "\(counts.internal)", "\(counts.external)", kind == .role ? "-" : "\(counts.involved)"]
            line("  " + TextLayout.pad(say(.kindRow(kind)), labelWidth) + zip(cells, countWidths).map { TextLayout.padLeft($0, $1) }.joined())
        }
        line("  " + TextLayout.pad(say(.linksRow), labelWidth) + TextLayout.padLeft("\(links)", countWidths[0]))
        line("")

        let stepHeadings = StatusStepColumn.allCases.map { say(.stepsHeading($0)) }
        var stepWidths = widths(stepHeadings)
        stepWidths[0] = InvolvementStep.allCases.map { say(.stepName($0)).count }.max()! + 2
        line("  " + TextLayout.pad(stepHeadings[0], stepWidths[0])
            + zip(stepHeadings, stepWidths).dropFirst().map { TextLayout.padLeft($0, $1) }.joined())
        for step in steps {
            let cells = ["\(step.internalPeople)", "\(step.internalUnits)", "\(step.groups)", "\(step.externalOthers)"]
            line(
                (step.hasInternal ? "  " : "! ") + TextLayout.pad(say(.stepName(step.step)), stepWidths[0])
                    + zip(cells, stepWidths.dropFirst()).map { TextLayout.padLeft($0, $1) }.joined())
        }
        if steps.contains(where: { !$0.hasInternal }) { line("  " + say(.stepMissingLegend)) }
        line("")

        let (high, medium, low) = (gapCounts[.high] ?? 0, gapCounts[.medium] ?? 0, gapCounts[.low] ?? 0)
        if high + medium + low == 0 {
            line(say(.noGaps(accepted: acceptedGaps)))
        } else {
            wrapped(say(.gaps(high: high, medium: medium, low: low, accepted: acceptedGaps)))
        }
        if let snapshot {
            wrapped(
                say(
                    .snapshot(
                        name: snapshot.name, changeSet: snapshot.changeSet,
                        time: snapshot.time.replacingOccurrences(of: "T", with: " "), since: changeSetsSinceSnapshot)))
        }
        return out
    }
}
