/// The two ways `stakemap salience` prints its report; the same report always
/// gives the same bytes, ending in a newline.
extension SalienceReport {
    /// `{"classes": [{"class": "definitive", "members": [...]}, ...], "unclassified": n}`:
    /// all eight classes in salience order, one member per line, keys in the order
    /// id, name, kind, side, power, legitimacy, urgency, level.
    public func json() -> String {
        var out = "{\"classes\": ["
        for (position, entry) in classes.enumerated() {
            out += position == 0 ? "\n  " : ",\n  "
            out += "{\"class\": \(JSONValue.quote(entry.salience.rawValue)), \"members\": ["
            for (index, member) in entry.members.enumerated() {
                out += index == 0 ? "\n    " : ",\n    "
                out += JSONValue.object([
                    "id": .string(member.id), "name": .string(member.name), "kind": .string(member.kind.rawValue),
                    "side": .string(member.side.rawValue), "power": JSONValue(member.power),
                    "legitimacy": JSONValue(member.legitimacy), "urgency": JSONValue(member.urgency),
                    "level": JSONValue(member.level?.rawValue),
                ])
            }
            out += entry.members.isEmpty ? "]}" : "\n  ]}"
        }
        out += "\n], \"unclassified\": \(unclassified)}\n"
        return out
    }

    /// For people: the classes that have members, most salient first, each headed
    /// by its name and count, one member per line wrapped to `width` columns.
    public func table(in language: Language = .en, width: Int = 80) -> String {
        func say(_ message: SalienceText) -> String { message.text(in: language) }
        let shown = classes.filter { !$0.members.isEmpty }
        guard !shown.isEmpty else { return say(.noneClassified) + "\n" }
        var lines = TextLayout.wrap(say(.title), width: width)
        for entry in shown {
            lines.append("")
            lines.append(say(.classHeading(entry.salience, count: entry.members.count)))
            for member in entry.members {
                let text = say(
                    .member(
                        name: member.name, id: member.id, kind: member.kind, side: member.side, power: member.power,
                        legitimacy: member.legitimacy, urgency: member.urgency, level: member.level))
                lines += TextLayout.wrap(text, width: width - 4, firstWidth: width - 2).enumerated().map {
                    ($0.offset == 0 ? "  " : "    ") + $0.element
                }
            }
        }
        if unclassified > 0 {
            lines.append("")
            lines += TextLayout.wrap(say(.unclassified(unclassified)), width: width)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
