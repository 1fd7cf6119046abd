/// How `stakemap snapshot --list` prints the snapshots.
public enum SnapshotText {
    public static func table(_ snapshots: [Snapshot], in language: Language = .en) -> String {
        func say(_ message: TimelineMessage) -> String { message.text(in: language) }
        guard !snapshots.isEmpty else { return say(.noSnapshots) + "\n" }
        let rows = snapshots.map { snapshot -> [String] in
            [
                snapshot.name, "#\(snapshot.changeSet)", snapshot.time.replacingOccurrences(of: "T", with: " "), snapshot.user,
                snapshot.note ?? "",
            ]
        }
        return TextTable(headers: SnapshotColumn.allCases.map { say(.snapshotHeading($0)) }, rows: rows).render(width: 10_000)
    }

    /// An array, oldest first, of `{"name", "change_set", "time", "user", "note"}`.
    public static func json(_ snapshots: [Snapshot]) -> String {
        let objects = snapshots.map { snapshot in
            JSONValue.object([
                "name": .string(snapshot.name), "change_set": .int(Int(snapshot.changeSet)), "time": .string(snapshot.time),
                "user": .string(snapshot.user), "note": JSONValue(snapshot.note),
            ])
        }
        return objects.isEmpty ? "[]\n" : "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n"
    }
}
