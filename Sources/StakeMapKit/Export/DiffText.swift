/// How `stakemap diff` prints a ``GraphDiff``: a table headed by the two
/// states that holds only what changed, or the JSON of `diff --format json`.
extension GraphDiff {
    public func table(in language: Language = .en, width: Int = 80) -> String {
        func say(_ message: TimelineMessage) -> String { message.text(in: language) }
        func describe(_ state: GraphState) -> String {
            say(
                .state(
                    reference: state.reference, changeSet: state.changeSet,
                    time: state.time?.replacingOccurrences(of: "T", with: " ")))
        }
        var out = say(.diffTitle(from: describe(from), to: describe(to))) + "\n"
        guard !isEmpty || involvement.contains(where: { !$0.joined.isEmpty || !$0.left.isEmpty }) else {
            return out + "\n" + say(.nothingChanged) + "\n"
        }
        for (title, lines) in parts(in: language) {
            out += "\n" + say(.diffSection(title, count: lines.count)) + "\n"
            for line in lines { out += "  " + line + "\n" }
        }
        return out
    }

    /// The parts of the table that have lines, in order, each with its lines
    /// (`+ Verkeer (unit, gemeente-verkeer)`); `report` shows them too.
    public func parts(in language: Language = .en) -> [(DiffSection, [String])] {
        func say(_ message: TimelineMessage) -> String { message.text(in: language) }
        var parts: [(DiffSection, [String])] = []
        func section(_ title: DiffSection, _ lines: [String]) {
            if !lines.isEmpty { parts.append((title, lines)) }
        }
        func label(_ id: String) -> String { names[id] ?? id }
        func kind(_ stored: String) -> String { GapsMessage.kindWord(stored, language) }
        func node(_ sign: String, _ record: ListedRecord) -> String {
            "\(sign) \(Self.text(record["name"])) (\(kind(Self.text(record["kind"]))), \(Self.text(record["id"])))"
        }
        func link(_ sign: String, _ record: ListedRecord) -> String {
            "\(sign) \(label(Self.text(record["source"]))) —\(Self.text(record["kind"]))→ \(label(Self.text(record["target"])))"
        }
        func changes(_ list: [Change]) -> String {
            list.map { change in
                let name = language == .nl ? ChangeLine.dutchNames[change.attribute] ?? change.attribute : change.attribute
                return "\(name) \(Self.shown(change.from, change.attribute, language)) → \(Self.shown(change.to, change.attribute, language))"
            }.joined(separator: "; ")
        }
        section(.nodesAdded, nodesAdded.map { node("+", $0) })
        section(.nodesRemoved, nodesRemoved.map { node("-", $0) })
        // A node's links show under the links, not again as its attributes.
        let own = nodesChanged.compactMap { node -> String? in
            let attributes = node.changes.filter { !Self.linkFields.contains($0.attribute) }
            return attributes.isEmpty ? nil : "~ \(node.name) (\(kind(node.kind))): \(changes(attributes))"
        }
        section(.nodesChanged, own)
        section(.linksAdded, linksAdded.map { link("+", $0) })
        section(.linksRemoved, linksRemoved.map { link("-", $0) })
        section(
            .linksChanged,
            linksChanged.map { "~ \(label($0.source)) —\($0.kind)→ \(label($0.target)): \(changes($0.changes))" })
        let steps = involvement.filter { !$0.joined.isEmpty || !$0.left.isEmpty }.map { step -> String in
            var parts: [String] = []
            if !step.joined.isEmpty { parts.append(say(.joined(step.joined.map(label)))) }
            if !step.left.isEmpty { parts.append(say(.left(step.left.map(label)))) }
            return StatusMessage.stepName(step.step).text(in: language) + ": " + parts.joined(separator: "; ")
        }
        section(.involvement, steps)
        section(.gapsOpened, gapsOpened.map { "\($0.severity.name(in: language))  \($0.rule)  \($0.finding.text(in: language))" })
        section(.gapsClosed, gapsClosed.map { "\($0.severity.name(in: language))  \($0.rule)  \($0.finding.text(in: language))" })
        return parts
    }

    /// `diff --format json`: `{"from", "to", "nodes", "links", "involvement", "gaps"}`.
    public func json() -> String {
        func state(_ state: GraphState) -> String {
            "{\"ref\": \(JSONValue.quote(state.reference)), \"change_set\": \(state.changeSet), \"time\": "
                + (state.time.map(JSONValue.quote) ?? "null") + "}"
        }
        func list(_ items: [String], indent: String) -> String {
            items.isEmpty ? "[]" : "[\n" + items.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
        }
        func changes(_ list: [Change]) -> String {
            "{" + list.map { "\(JSONValue.quote($0.attribute)): {\"from\": \($0.from.json), \"to\": \($0.to.json)}" }
                .joined(separator: ", ") + "}"
        }
        let changedNodes = nodesChanged.map {
            "{\"id\": \(JSONValue.quote($0.id)), \"kind\": \(JSONValue.quote($0.kind)), \"name\": \(JSONValue.quote($0.name)), "
                + "\"changes\": \(changes($0.changes))}"
        }
        let changedLinks = linksChanged.map {
            "{\"source\": \(JSONValue.quote($0.source)), \"target\": \(JSONValue.quote($0.target)), "
                + "\"kind\": \(JSONValue.quote($0.kind)), \"changes\": \(changes($0.changes))}"
        }
        let steps = involvement.map {
            "\(JSONValue.quote($0.step.rawValue)): {\"joined\": \(JSONValue.array($0.joined.map(JSONValue.string)).json), "
                + "\"left\": \(JSONValue.array($0.left.map(JSONValue.string)).json)}"
        }
        func gaps(_ list: [Gap]) -> [String] {
            list.map { gap in
                var out = ""
                GapReport.appendJSON(gap, to: &out)
                return out
            }
        }
        var out = "{\"from\": \(state(from)), \"to\": \(state(to)),\n"
        out += " \"nodes\": {\"added\": \(list(nodesAdded.map(\.json), indent: "  ")), "
        out += "\"removed\": \(list(nodesRemoved.map(\.json), indent: "  ")), \"changed\": \(list(changedNodes, indent: "  "))},\n"
        out += " \"links\": {\"added\": \(list(linksAdded.map(\.json), indent: "  ")), "
        out += "\"removed\": \(list(linksRemoved.map(\.json), indent: "  ")), \"changed\": \(list(changedLinks, indent: "  "))},\n"
        out += " \"involvement\": {" + steps.joined(separator: ", ") + "},\n"
        out += " \"gaps\": {\"opened\": \(list(gaps(gapsOpened), indent: "  ")), \"closed\": \(list(gaps(gapsClosed), indent: "  "))}}\n"
        return out
    }

    /// The fields of a node's record that are its links.
    static let linkFields: Set<String> = ["unit", "roles", "groups", "contact_for", "influences", "reports_to", "parent", "contact"]

    /// A value as the table shows it: text as it is, lists with commas, unset as `(unset)`.
    static func shown(_ value: JSONValue, _ attribute: String, _ language: Language) -> String {
        switch value {
        case .null: TimelineMessage.unset.text(in: language)
        case .bool(let flag): Word.yes(flag).text(in: language)
        case .int(let number): String(number)
        case .string(let text): language == .nl ? ChangeLine.dutchWord(attribute, text) : text
        case .array(let values):
            values.isEmpty
                ? TimelineMessage.noValues.text(in: language)
                : values.map { shown($0, attribute, language) }.joined(separator: ", ")
        }
    }
}
