/// The three ways `stakemap gaps` prints a report. Each returns complete text
/// ending in a newline; the same report always gives the same bytes.
extension GapReport {
    /// The JSON of `gaps --format json`: `{"gaps": [...], "counts": {"high": n, "medium": n, "low": n}}`,
    /// one gap per line, keys in the order rule, severity, node, name, kind, message.
    public func json() -> String {
        var out = "{\"gaps\": ["
        out.reserveCapacity(gaps.count * 256)
        for (position, gap) in gaps.enumerated() {
            out += position == 0 ? "\n  " : ",\n  "
            Self.appendJSON(gap, to: &out)
        }
        out += gaps.isEmpty ? "], " : "\n], "
        out += "\"counts\": {\"high\": \(count(.high)), \"medium\": \(count(.medium)), \"low\": \(count(.low))}, "
        out += "\"accepted\": \(accepted)}\n"
        return out
    }

    /// One gap as a JSON object, keys in the order rule, severity, node, name, kind, message.
    static func appendJSON(_ gap: Gap, to out: inout String) {
        out += "{\"rule\": "
        JSONValue.appendQuoted(gap.rule, to: &out)
        out += ", \"severity\": "
        JSONValue.appendQuoted(gap.severity.rawValue, to: &out)
        out += ", \"node\": "
        JSONValue.appendQuoted(gap.node, to: &out)
        out += ", \"name\": "
        JSONValue.appendQuoted(gap.name, to: &out)
        out += ", \"kind\": "
        JSONValue.appendQuoted(gap.kind, to: &out)
        out += ", \"message\": "
        JSONValue.appendQuoted(gap.message, to: &out)
        out += "}"
    }

    /// CSV with the header `rule,severity,node,name,kind,message`, written by ``CSVWriter``
    /// as every CSV of the tool is (RFC 4180: fields holding the delimiter, a quote or line break are quoted,
    /// quotes doubled), in `dialect`.
    public func csv(_ dialect: CSVDialect = .standard) -> String {
        var out = dialect.start + CSVWriter.line(["rule", "severity", "node", "name", "kind", "message"], in: dialect)
        for gap in gaps {
            out += CSVWriter.line(
                [gap.rule, gap.severity.rawValue, gap.node, gap.name, gap.kind, gap.message], in: dialect)
        }
        return out
    }

    /// For people: gaps grouped by severity, each group headed by its count, one gap
    /// per line (`  rule-id  message`), messages wrapped to `width` columns.
    public func table(in language: Language = .en, width: Int = 80) -> String {
        func say(_ message: GapsMessage) -> String { message.text(in: language) }
        guard !gaps.isEmpty else { return say(.noGaps(accepted: accepted)) + "\n" }
        let ruleWidth = gaps.map(\.rule.count).max()!
        let indent = 2 + ruleWidth + 2
        // On a narrow terminal the message goes under the rule id instead of beside it.
        let beside = width - indent >= 30
        let messageIndent = beside ? indent : 6
        var out = ""
        for severity in Severity.allCases.reversed() where count(severity) > 0 {
            if !out.isEmpty { out += "\n" }
            out += say(.severityHeading(severity, count: count(severity))) + "\n"
            for gap in gaps where gap.severity == severity {
                let lines = TextLayout.wrap(gap.finding.text(in: language), width: max(width - messageIndent, 20))
                if beside {
                    out += "  " + TextLayout.pad(gap.rule, ruleWidth) + "  " + lines[0] + "\n"
                    for line in lines.dropFirst() { out += String(repeating: " ", count: indent) + line + "\n" }
                } else {
                    out += "  " + gap.rule + "\n"
                    for line in lines { out += String(repeating: " ", count: messageIndent) + line + "\n" }
                }
            }
        }
        let total = gaps.count
        out += "\n" + say(.total(gaps: total, high: count(.high), medium: count(.medium), low: count(.low), accepted: accepted))
        out += "\n"
        return out
    }

    private func count(_ severity: Severity) -> Int { counts[severity] ?? 0 }
}
