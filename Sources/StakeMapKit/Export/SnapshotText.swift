/// How `stakemap snapshot --list` prints the snapshots.
public enum SnapshotText {
    public static func table(_ snapshots: [Snapshot]) -> String {
        guard !snapshots.isEmpty else { return "No snapshots yet; take one with `stakemap snapshot NAME`.\n" }
        let rows = snapshots.map { snapshot -> [String] in
            [
                snapshot.name, "#\(snapshot.changeSet)", snapshot.time.replacingOccurrences(of: "T", with: " "), snapshot.user,
                snapshot.note ?? "",
            ]
        }
        return TextTable(headers: ["name", "after", "time (UTC)", "user", "note"], rows: rows).render(width: 10_000)
    }

    /// An array, oldest first, of `{"name", "change_set", "time", "user", "note"}`.
    public static func json(_ snapshots: [Snapshot]) -> String {
        var out = "["
        for (position, snapshot) in snapshots.enumerated() {
            out += position == 0 ? "\n  {\"name\": " : ",\n  {\"name\": "
            JSONValue.appendQuoted(snapshot.name, to: &out)
            out += ", \"change_set\": \(snapshot.changeSet), \"time\": "
            JSONValue.appendQuoted(snapshot.time, to: &out)
            out += ", \"user\": "
            JSONValue.appendQuoted(snapshot.user, to: &out)
            out += ", \"note\": "
            if let note = snapshot.note { JSONValue.appendQuoted(note, to: &out) } else { out += "null" }
            out += "}"
        }
        return out + (snapshots.isEmpty ? "]\n" : "\n]\n")
    }
}
