import GRDB

extension StakeMapStore {
    /// Writes nodes and edges as they are (insert or replace), in one transaction.
    /// Used by tests and fixtures; user data comes in through the importer.
    public func insert(_ graph: StakeholderGraph) throws {
        try writer.write { db in
            let nodeStatement = try db.makeStatement(
                sql: """
                    INSERT INTO node
                        (id, kind, side, name, power, interest, level, email, notes, path, required)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET
                        kind = excluded.kind, side = excluded.side, name = excluded.name,
                        power = excluded.power, interest = excluded.interest, level = excluded.level,
                        email = excluded.email, notes = excluded.notes, path = excluded.path,
                        required = excluded.required
                    """)
            for node in graph.nodes {
                try nodeStatement.execute(arguments: [
                    node.id, node.kind.rawValue, node.side.rawValue, node.name, node.power,
                    node.interest, node.level?.rawValue, node.email, node.notes, node.path,
                    node.required.map { $0 ? 1 : 0 },
                ])
                try db.execute(sql: "DELETE FROM node_step WHERE node = ?", arguments: [node.id])
                for step in node.steps {
                    try db.execute(
                        sql: "INSERT INTO node_step (node, step) VALUES (?, ?)",
                        arguments: [node.id, step.rawValue])
                }
                try db.execute(sql: "DELETE FROM node_tool WHERE node = ?", arguments: [node.id])
                for tool in node.tools {
                    try db.execute(
                        sql: "INSERT INTO node_tool (node, tool) VALUES (?, ?)", arguments: [node.id, tool])
                }
            }
            let edgeStatement = try db.makeStatement(
                sql: """
                    INSERT INTO link (source, target, kind, weight, note)
                    VALUES ((SELECT key FROM node WHERE id = ?), (SELECT key FROM node WHERE id = ?), ?, ?, ?)
                    ON CONFLICT (source, kind, target) DO UPDATE SET weight = excluded.weight, note = excluded.note
                    """)
            for edge in graph.edges {
                try edgeStatement.execute(arguments: [
                    edge.source, edge.target, edge.kind.code, edge.weight, edge.note,
                ])
            }
        }
    }
}
