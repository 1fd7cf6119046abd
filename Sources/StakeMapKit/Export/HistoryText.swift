/// How `stakemap history` prints the journal: a table for people, JSON for programs.
public enum HistoryText {
    /// One line per change set, newest first; the command in full, at the end of the line.
    public static func table(
        _ changeSets: [ChangeSetRecord], snapshots: [Snapshot] = [], in language: Language = .en, width: Int = 10_000
    ) -> String {
        func say(_ message: TimelineMessage) -> String { message.text(in: language) }
        let named = names(snapshots)
        guard !changeSets.isEmpty else { return say(.noChanges) + "\n" }
        let rows = changeSets.map { set -> [String] in
            var command = set.command
            if let undone = set.undoneBy { command += "  " + say(.undoneBy(undone)) }
            if let names = named[set.number] { command += "  " + say(.snapshotNames(names)) }
            return [
                "#\(set.number)", set.time.replacingOccurrences(of: "T", with: " "), set.user,
                counts(set.nodes), counts(set.links), command,
            ]
        }
        return TextTable(headers: HistoryColumn.allCases.map { say(.historyHeading($0)) }, rows: rows)
            .render(width: width)
    }

    /// `+added ~changed -removed`, leaving out the zeros.
    static func counts(_ counts: ChangeSetRecord.Counts) -> String {
        let parts = [("+", counts.added), ("~", counts.changed), ("-", counts.removed)].filter { $0.1 > 0 }
        return parts.isEmpty ? "" : parts.map { "\($0.0)\($0.1)" }.joined(separator: " ")
    }

    /// `history --format json`: an array, newest first, of `{"number", "time", "user", "command",
    /// "nodes": {…}, "links": {…}, "snapshots": [], "undoes", "undone_by"}`.
    public static func json(_ changeSets: [ChangeSetRecord], snapshots: [Snapshot] = []) -> String {
        let named = names(snapshots)
        var out = "["
        for (position, set) in changeSets.enumerated() {
            out += position == 0 ? "\n  {" : ",\n  {"
            out += "\"number\": \(set.number), \"time\": "
            JSONValue.appendQuoted(set.time, to: &out)
            out += ", \"user\": "
            JSONValue.appendQuoted(set.user, to: &out)
            out += ", \"command\": "
            JSONValue.appendQuoted(set.command, to: &out)
            out += ", \"nodes\": \(object(set.nodes)), \"links\": \(object(set.links)), \"snapshots\": ["
            for (index, name) in (named[set.number] ?? []).enumerated() {
                if index > 0 { out += ", " }
                JSONValue.appendQuoted(name, to: &out)
            }
            out += "]"
            out += ", \"undoes\": \(set.undoes.map(String.init) ?? "null")"
            out += ", \"undone_by\": \(set.undoneBy.map(String.init) ?? "null")}"
        }
        out += changeSets.isEmpty ? "]\n" : "\n]\n"
        return out
    }

    /// The snapshots' names by the change set they name.
    static func names(_ snapshots: [Snapshot]) -> [Int64: [String]] {
        Dictionary(grouping: snapshots, by: \.changeSet).mapValues { $0.map(\.name) }
    }

    static func object(_ counts: ChangeSetRecord.Counts) -> String {
        "{\"added\": \(counts.added), \"changed\": \(counts.changed), \"removed\": \(counts.removed)}"
    }
}
