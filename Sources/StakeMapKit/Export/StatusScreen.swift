/// The text of `stakemap status`, apart from the counting in ``ProjectStatus``:
/// the library computes the ``StatusReport``, this lays it out, the CLI prints it.
extension StatusReport {
    /// The `status` screen: the frame step's state first, then the graph's size,
    /// involvement per step and the gap counts; fits `width` (80) columns.
    public func render(width: Int = 80) -> String {
        var out = ""
        func line(_ text: String) { out += text + "\n" }
        func wrapped(_ text: String, indent: Int = 2) {
            let lines = TextLayout.wrap(text, width: width - indent, firstWidth: width)
            line(lines[0])
            for rest in lines.dropFirst() { line(String(repeating: " ", count: indent) + rest) }
        }

        let frame = steps.first { $0.step == .frame }!
        if frame.hasInternal {
            wrapped(
                "\(frame.step.displayName): \(Self.inside(frame)) involved — good, 9 out of 10 trajectories skip this step")
        } else {
            wrapped(
                "WARNING \(frame.step.displayName): nobody internal is involved — 9 out of 10 trajectories skip this step. Involve colleagues and units before going outside.")
        }
        line("")

        let count = { (kind: NodeKind) in nodes[kind] ?? NodeCount() }
        line("            total  internal  external  involved")
        for (label, kind) in [("people", NodeKind.person), ("units", .unit), ("roles", .role), ("groups", .group)] {
            let counts = count(kind)
            line(
                "  " + TextLayout.pad(label, 8) + TextLayout.padLeft("\(counts.total)", 7)
                    + TextLayout.padLeft("\(counts.internal)", 10) + TextLayout.padLeft("\(counts.external)", 10)
                    + TextLayout.padLeft(kind == .role ? "-" : "\(counts.involved)", 10))
        }
        line("  " + TextLayout.pad("links", 8) + TextLayout.padLeft("\(links)", 7))
        line("")

        line("  step               internal people  internal units  groups  external others")
        for step in steps {
            line(
                (step.hasInternal ? "  " : "! ") + TextLayout.pad(step.step.displayName, 17)
                    + TextLayout.padLeft("\(step.internalPeople)", 17) + TextLayout.padLeft("\(step.internalUnits)", 16)
                    + TextLayout.padLeft("\(step.groups)", 8) + TextLayout.padLeft("\(step.externalOthers)", 17))
        }
        if steps.contains(where: { !$0.hasInternal }) {
            line("  (! = nobody internal is involved in this step)")
        }
        line("")

        let high = gapCounts[.high] ?? 0
        let medium = gapCounts[.medium] ?? 0
        let low = gapCounts[.low] ?? 0
        let accepted = acceptedGaps == 0 ? "" : " (\(acceptedGaps) more accepted: `stakemap gaps --accepted`)"
        if high + medium + low == 0 {
            line("Gaps: none found." + accepted)
        } else {
            wrapped(
                "Gaps: \(high) high, \(medium) medium, \(low) low — run `stakemap gaps` to see them and what to do" + accepted)
        }
        if let snapshot {
            let since =
                changeSetsSinceSnapshot == 0
                ? "no change since"
                : "\(changeSetsSinceSnapshot) change set\(changeSetsSinceSnapshot == 1 ? "" : "s") since — `stakemap diff` shows what changed"
            wrapped(
                "Snapshot: \(snapshot.name) (after #\(snapshot.changeSet), \(snapshot.time.replacingOccurrences(of: "T", with: " "))); \(since)"
            )
        }
        return out
    }

    /// "2 internal people and 1 unit" — who inside takes part in a step.
    private static func inside(_ step: StepInvolvement) -> String {
        var parts: [String] = []
        if step.internalPeople > 0 {
            parts.append("\(step.internalPeople) internal \(step.internalPeople == 1 ? "person" : "people")")
        }
        if step.internalUnits > 0 {
            parts.append("\(step.internalUnits) unit\(step.internalUnits == 1 ? "" : "s")")
        }
        return parts.joined(separator: " and ")
    }
}
