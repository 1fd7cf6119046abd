/// `stakemap gaps --accepted`: the accepted gaps that exist now, with why, who and when.
public enum AcceptedGapsText {
    /// The gaps of `report` (every gap that exists now) that were accepted, each with its acceptance.
    public static func present(_ report: GapReport, _ accepted: [AcceptedGap]) -> [(gap: Gap, acceptance: AcceptedGap)] {
        let byKey = Dictionary(accepted.map { ("\($0.rule)\t\($0.node)", $0) }, uniquingKeysWith: { first, _ in first })
        return report.gaps.compactMap { gap in byKey["\(gap.rule)\t\(gap.node)"].map { (gap, $0) } }
    }

    public static func table(
        _ list: [(gap: Gap, acceptance: AcceptedGap)], in language: Language = .en, width: Int = 80
    ) -> String {
        func say(_ message: GapsMessage) -> String { message.text(in: language) }
        guard !list.isEmpty else { return say(.noAccepted) + "\n" }
        var out = ""
        for (gap, acceptance) in list {
            out += say(.acceptedGap(gap.severity, rule: gap.rule, name: gap.name, kind: gap.kind)) + "\n"
            for line in TextLayout.wrap(acceptance.reason, width: width - 4) { out += "    " + line + "\n" }
            out += "    — \(acceptance.user), \(acceptance.time.replacingOccurrences(of: "T", with: " "))\n"
        }
        return out + "\n" + say(.acceptedCount(list.count)) + "\n"
    }

    /// `{"accepted": [{gap…, "reason", "user", "time"}]}`, in the order of `gaps`.
    public static func json(_ list: [(gap: Gap, acceptance: AcceptedGap)]) -> String {
        var out = "{\"accepted\": ["
        for (position, item) in list.enumerated() {
            out += position == 0 ? "\n  " : ",\n  "
            var object = ""
            GapReport.appendJSON(item.gap, to: &object)
            out += object.dropLast() + ", \"reason\": " + JSONValue.quote(item.acceptance.reason) + ", \"user\": "
                + JSONValue.quote(item.acceptance.user) + ", \"time\": " + JSONValue.quote(item.acceptance.time) + "}"
        }
        return out + (list.isEmpty ? "]}\n" : "\n]}\n")
    }
}
