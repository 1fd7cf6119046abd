import GRDB

/// The statements the writer runs per node or link, prepared once.
struct WriterStatements {
    let entryByID, idByKey, nodeByKey, nodeUpdate: Statement
    let stepsSelect, stepDelete, toolsSelect, toolDelete, toolInsert: Statement
    let linkSelect, linkUpdate, linkDelete, linksOut, linksIn: Statement

    init(_ db: Database) throws {
        entryByID = try db.makeStatement(sql: "SELECT key, kind, side FROM node WHERE id = ?")
        idByKey = try db.makeStatement(sql: "SELECT id, kind FROM node WHERE key = ?")
        nodeByKey = try db.makeStatement(
            sql: """
                SELECT name, power, interest, level, email, notes, path, required, legitimacy, urgency
                FROM node WHERE key = ?
                """)
        nodeUpdate = try db.makeStatement(
            sql: """
                UPDATE node SET side = ?, name = ?, power = ?, interest = ?, level = ?, email = ?, notes = ?,
                    path = ?, required = ?, legitimacy = ?, urgency = ?, since = ?
                WHERE key = ?
                """)
        stepsSelect = try db.makeStatement(sql: "SELECT step FROM node_step WHERE node = ?")
        stepDelete = try db.makeStatement(sql: "DELETE FROM node_step WHERE node = ? AND step = ?")
        toolsSelect = try db.makeStatement(sql: "SELECT tool FROM node_tool WHERE node = ?")
        toolDelete = try db.makeStatement(sql: "DELETE FROM node_tool WHERE node = ? AND tool = ?")
        toolInsert = try db.makeStatement(sql: "INSERT INTO node_tool (node, tool, since) VALUES (?, ?, ?)")
        linkSelect = try db.makeStatement(
            sql: "SELECT weight, note FROM link WHERE source = ? AND kind = ? AND target = ?")
        linkUpdate = try db.makeStatement(
            sql: "UPDATE link SET weight = ?, note = ?, since = ? WHERE source = ? AND kind = ? AND target = ?")
        linkDelete = try db.makeStatement(sql: "DELETE FROM link WHERE source = ? AND kind = ? AND target = ?")
        linksOut = try db.makeStatement(
            sql: "SELECT l.target AS other, n.kind FROM link l JOIN node n ON n.key = l.target WHERE l.source = ? AND l.kind = ?")
        linksIn = try db.makeStatement(
            sql: "SELECT l.source AS other, n.kind FROM link l JOIN node n ON n.key = l.source WHERE l.target = ? AND l.kind = ?")
    }
}
