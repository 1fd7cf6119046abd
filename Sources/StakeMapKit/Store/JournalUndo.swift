import GRDB

/// `stakemap undo`: the graph's rows that a change set touched are
/// made as they were before it, from the journal, in a few statements per
/// table, so an import of 100,000 rows is undone as one `set` is.
///
/// Every change set after the one undone is an undo or undone (that is how the
/// one to undo is chosen), so the graph holds what it held after that change
/// set; the rows to put right are those written by it or later (`since >= N`)
/// and those it or a later one replaced (`until >= N` in the history tables).
/// Each such row is made what it was after change set N - 1: removed when it
/// did not exist then, rewritten when it differed, put back when it was gone.
/// The journal's triggers record the undo's own writes as for any change.
extension GraphWriter {
    /// The change set `undo` reverts: the latest that is not an undo and has
    /// not been undone; nil when there is none.
    public func changeSetToUndo() throws -> (number: Int64, command: String)? {
        try connection.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT number, command FROM change_set c
                    WHERE undoes IS NULL AND number < ?
                      AND NOT EXISTS (SELECT 1 FROM change_set u WHERE u.undoes = c.number)
                    ORDER BY number DESC LIMIT 1
                    """, arguments: [self.changeSet]
            ).map { ($0["number"], $0["command"]) }
        }
    }

    /// Makes the graph what it was before change set `number`, counting what
    /// that adds, changes and removes into this change set, which undoes it.
    public func revert(changeSet number: Int64) throws {
        try flush()
        undoes = number
        let now = changeSet
        try connection.read { db in
            let args: StatementArguments = [number, number - 1]
            for table in JournaledTable.all {
                try db.execute(sql: "DROP TABLE IF EXISTS temp.undo_\(table.name)")
                try db.execute(sql: "DROP TABLE IF EXISTS temp.undo_\(table.name)_gone")
                // The rows as they were after change set N - 1, of every key touched since.
                try db.execute(
                    sql: """
                        CREATE TEMP TABLE undo_\(table.name) AS
                        WITH touched AS (
                            SELECT \(table.key) FROM \(table.name) WHERE since >= ?1
                            UNION SELECT \(table.key) FROM \(table.name)_history WHERE until >= ?1)
                        SELECT \(table.columns) FROM \(table.name) WHERE since <= ?2 AND (\(table.key)) IN touched
                        UNION ALL
                        SELECT \(table.columns) FROM \(table.name)_history
                        WHERE since <= ?2 AND until > ?2 AND (\(table.key)) IN touched
                        """, arguments: args)
                try db.execute(
                    sql: """
                        CREATE TEMP TABLE undo_\(table.name)_gone AS
                        SELECT \(table.key) FROM \(table.name) WHERE since >= ?1
                        EXCEPT SELECT \(table.key) FROM undo_\(table.name)
                        """, arguments: [number])
            }
            try self.countUndo(db)
            // Links, steps and tools go before the nodes they hang on; nodes come
            // back (or are rewritten) before the links, steps and tools that need them.
            for table in JournaledTable.all.reversed() {
                try db.execute(
                    sql: "DELETE FROM \(table.name) WHERE (\(table.key)) IN (SELECT \(table.key) FROM undo_\(table.name)_gone)")
            }
            // Ids go back in two steps, so that two nodes that traded ids (a unit
            // renamed to its sub-unit's old id) never hold one id at once: the
            // first write copies each old row into the journal, the second none.
            try db.execute(
                sql: """
                    UPDATE node SET id = 'undo ' || key, since = ?1
                    WHERE EXISTS (SELECT 1 FROM undo_node w WHERE w.key = node.key AND w.id IS NOT node.id)
                    """, arguments: [now])
            for table in JournaledTable.all {
                if !table.values.isEmpty {
                    try db.execute(
                        sql: """
                            UPDATE \(table.name) SET (\(table.values.joined(separator: ", ")), since) =
                                (SELECT \(table.values.map { "w.\($0)" }.joined(separator: ", ")), ?1
                                 FROM undo_\(table.name) w WHERE \(table.match))
                            WHERE EXISTS (SELECT 1 FROM undo_\(table.name) w WHERE \(table.match) AND (\(table.differs)))
                            """, arguments: [now])
                }
                try db.execute(
                    sql: """
                        INSERT INTO \(table.name) (\(table.columns), since)
                        SELECT \(table.columns), ?1 FROM undo_\(table.name)
                        WHERE (\(table.key)) NOT IN (SELECT \(table.key) FROM \(table.name))
                        """, arguments: [now])
            }
            for table in JournaledTable.all {
                try db.execute(sql: "DROP TABLE temp.undo_\(table.name)")
                try db.execute(sql: "DROP TABLE temp.undo_\(table.name)_gone")
            }
        }
    }

    /// Counts what the undo will do as the journal counts any change: a node
    /// whose steps or tools change is a changed node.
    private func countUndo(_ db: Database) throws {
        func number(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
        let (node, link, accepted) = (JournaledTable.node, JournaledTable.link, JournaledTable.acceptedGap)
        let removedKeys = Set(try Int64.fetchAll(db, sql: "SELECT key FROM undo_node_gone"))
        let addedKeys = Set(try Int64.fetchAll(db, sql: "SELECT key FROM undo_node WHERE key NOT IN (SELECT key FROM node)"))
        var changed = Set(
            try Int64.fetchAll(
                db, sql: "SELECT node.key FROM node JOIN undo_node w ON \(node.match) WHERE \(node.differs)"))
        for table in ["node_step", "node_tool"] {
            let value = table == "node_step" ? "step" : "tool"
            changed.formUnion(
                try Int64.fetchAll(
                    db,
                    sql: """
                        WITH ids AS (
                            SELECT node FROM undo_\(table)_gone
                            UNION SELECT node FROM undo_\(table) WHERE (node, \(value)) NOT IN (SELECT node, \(value) FROM \(table)))
                        SELECT key FROM node WHERE id IN ids UNION SELECT key FROM undo_node WHERE id IN ids
                        """))
        }
        nodesAdded += addedKeys.count
        nodesRemoved += removedKeys.count
        changedKeys.formUnion(changed.subtracting(addedKeys).subtracting(removedKeys))
        linksRemoved += try number("SELECT count(*) FROM undo_link_gone")
        linksAddedHere += try number(
            "SELECT count(*) FROM undo_link WHERE (source, kind, target) NOT IN (SELECT source, kind, target FROM link)")
        linksChanged += try number("SELECT count(*) FROM link JOIN undo_link w ON \(link.match) WHERE \(link.differs)")
        acceptanceChanges += try number(
            "SELECT (SELECT count(*) FROM undo_accepted_gap_gone) + (SELECT count(*) FROM undo_accepted_gap "
                + "WHERE (rule, node) NOT IN (SELECT rule, node FROM accepted_gap)) + (SELECT count(*) FROM accepted_gap "
                + "JOIN undo_accepted_gap w ON \(accepted.match) WHERE \(accepted.differs))")
    }
}
