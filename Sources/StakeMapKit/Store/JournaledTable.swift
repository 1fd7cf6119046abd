/// A table of the graph that the journal keeps (`schema/0003_journal.sql`,
/// `schema/0004_snapshots.sql`, `schema/0005_salience.sql`): its key, its other columns, and the
/// `*_history` table beside it. `undo` and the states of `diff` rebuild
/// rows of these tables from the journal.
struct JournaledTable: Sendable {
    let name: String
    let keyColumns: [String]
    let values: [String]
    var key: String { keyColumns.joined(separator: ", ") }
    var columns: String { (keyColumns + values).joined(separator: ", ") }
    /// `w` (the rows as they were) matches the table's row by key / differs from it.
    var match: String { keyColumns.map { "w.\($0) = \(name).\($0)" }.joined(separator: " AND ") }
    var differs: String { values.map { "w.\($0) IS NOT \(name).\($0)" }.joined(separator: " OR ") }

    static let node = JournaledTable(
        name: "node", keyColumns: ["key"],
        values: [
            "id", "kind", "side", "name", "power", "interest", "level", "email", "notes", "path", "required",
            "legitimacy", "urgency",
        ])
    static let link = JournaledTable(name: "link", keyColumns: ["source", "kind", "target"], values: ["weight", "note"])
    static let nodeStep = JournaledTable(name: "node_step", keyColumns: ["node", "step"], values: [])
    static let nodeTool = JournaledTable(name: "node_tool", keyColumns: ["node", "tool"], values: [])
    static let acceptedGap = JournaledTable(
        name: "accepted_gap", keyColumns: ["rule", "node"], values: ["reason", "user", "time"])

    /// Nodes first: the others refer to them.
    static let all = [node, link, nodeStep, nodeTool, acceptedGap]
}
