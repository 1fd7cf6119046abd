import GRDB

/// The end of an import: the references checked, the staged links applied, the
/// indexes built, the summary counted.
extension ImportSession {
    func finish() throws {
        try flushNodes()  // also settles the pipeline
        if !newLinks.isEmpty { summary.links += try newLinks.flush(db) }
        phase("rows")
        if pipeline != nil {
            try createIndexInSmallRuns("CREATE UNIQUE INDEX node_by_id ON node (id)")
            phase("index ids")
        }
        try checkPendingReferences()
        try checkReferences()
        phase("check references")
        if issueCount > 0 { return }
        // Links to people of this file went in unchecked, as their rows were
        // known to come; a row that did not (impossible when the two passes read
        // the same) would leave a link to nothing. Never commit that.
        if numberedTaken != numberedKeys.count {
            report(1, "the file changed while it was being imported (\(numberedKeys.count) people the first time it was read, \(numberedTaken) the second); run the import again")
            return
        }
        let replacing = try Int.fetchOne(db, sql: "SELECT count(*) FROM import_replace")! > 0
        let hasExisting = try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM import_seen)")! == 1
        // The staged edges by key. Every end exists by now (checked above).
        try db.execute(
            sql: """
                CREATE TEMP TABLE import_link AS
                SELECT s.owner, a.key AS source, k.code AS kind, b.key AS target, s.weight, s.note
                FROM import_edge s
                JOIN node a ON a.id = s.source
                JOIN node b ON b.id = s.target
                JOIN link_kind k ON k.name = s.kind
                """)
        if replacing || hasExisting || kind == .links {
            try db.execute(sql: "CREATE INDEX temp.import_link_key ON import_link (source, kind, target)")
            phase("index staged edges")
        }
        if replacing {
            // Owners whose edges go away count as updated.
            let removable = """
                SELECT r.node AS owner, e.source, e.kind, e.target
                FROM import_replace r
                JOIN node n ON n.id = r.node
                JOIN link_kind k ON k.name = r.kind
                JOIN link e ON r.direction = 'out' AND e.source = n.key AND e.kind = k.code
                WHERE (r.target_kind IS NULL OR r.target_kind = (SELECT kind FROM node WHERE key = e.target))
                  AND NOT EXISTS (SELECT 1 FROM import_link s
                                  WHERE s.source = e.source AND s.kind = e.kind AND s.target = e.target)
                UNION ALL
                SELECT r.node, e.source, e.kind, e.target
                FROM import_replace r
                JOIN node n ON n.id = r.node
                JOIN link_kind k ON k.name = r.kind
                JOIN link e ON r.direction = 'in' AND e.target = n.key AND e.kind = k.code
                WHERE NOT EXISTS (SELECT 1 FROM import_link s
                                  WHERE s.source = e.source AND s.kind = e.kind AND s.target = e.target)
                """
            try db.execute(sql: "CREATE TEMP TABLE import_remove AS \(removable)")
            try db.execute(sql: "INSERT OR IGNORE INTO import_touched SELECT owner FROM import_remove")
            try db.execute(
                sql: """
                    DELETE FROM link WHERE (source, kind, target) IN
                        (SELECT source, kind, target FROM import_remove)
                    """)
            try db.execute(sql: "DROP TABLE temp.import_remove")
        }
        var edgesUpdated = 0
        if hasExisting || kind == .links {
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO import_touched
                    SELECT s.owner FROM import_link s
                    WHERE NOT EXISTS (SELECT 1 FROM link e
                                      WHERE e.source = s.source AND e.kind = s.kind AND e.target = s.target)
                       OR EXISTS (SELECT 1 FROM link e
                                  WHERE e.source = s.source AND e.kind = s.kind AND e.target = s.target
                                    AND ((s.weight IS NOT NULL AND s.weight IS NOT e.weight)
                                      OR (s.note IS NOT NULL AND s.note IS NOT e.note)))
                    """)
            try db.execute(
                sql: """
                    UPDATE link SET weight = coalesce(s.weight, link.weight), note = coalesce(s.note, link.note)
                    FROM import_link s
                    WHERE s.source = link.source AND s.kind = link.kind AND s.target = link.target
                      AND ((s.weight IS NOT NULL AND s.weight IS NOT link.weight)
                        OR (s.note IS NOT NULL AND s.note IS NOT link.note))
                    """)
            edgesUpdated = db.changesCount
        }
        try db.execute(
            sql: """
                INSERT INTO link (source, target, kind, weight, note)
                SELECT source, target, kind,
                       coalesce(weight, CASE kind WHEN \(EdgeKind.influences.code) THEN \(EdgeKind.defaultWeight) END), note
                FROM import_link WHERE true
                ON CONFLICT (source, kind, target) DO NOTHING
                """)
        let inserted = db.changesCount
        summary.links += inserted
        phase("insert edges")
        if databaseWasEmpty {
            try createIndexInSmallRuns("CREATE INDEX link_by_target ON link (target, kind, source)")
            phase("index edges")
        }
        if kind == .links {
            summary.added = inserted
            summary.updated = edgesUpdated
            return
        }
        summary.updated = try Int.fetchOne(
            db,
            sql: """
                SELECT count(*) FROM import_seen s
                WHERE s.existed AND EXISTS (SELECT 1 FROM import_touched t WHERE t.id = s.id)
                """)!
    }

    /// References to nodes (in this file or the database) that do not exist,
    /// and edges whose ends are of the wrong kind or side.
    func checkReferences() throws {
        let missing = """
            SELECT line, scol AS col, source AS id FROM import_edge
            WHERE scol IS NOT NULL AND NOT EXISTS (SELECT 1 FROM node WHERE node.id = import_edge.source)
            UNION ALL
            SELECT line, tcol, target FROM import_edge
            WHERE tcol IS NOT NULL AND NOT EXISTS (SELECT 1 FROM node WHERE node.id = import_edge.target)
            ORDER BY 1
            """
        // Every error is counted; report() keeps the first ones for the list.
        let missingRows = try Row.fetchCursor(db, sql: missing)
        while let row = try missingRows.next() {
            let column: String = row[1]
            let id: String = row[2]
            report(row[0], "column \"\(column)\": \(Self.unknownID(id))")
        }
        let wrongEnds = """
            SELECT s.line, s.kind, s.source, a.kind, a.side, s.target, b.kind, b.side, s.scol, s.tcol
            FROM import_edge s
            JOIN node a ON a.id = s.source
            JOIN node b ON b.id = s.target
            WHERE (s.scol IS NOT NULL OR s.tcol IS NOT NULL)
              -- influence may link any two nodes: only a loop needs the joins
              AND (s.kind <> 'influences' OR s.source = s.target)
              AND (s.source = s.target
                OR (s.kind = 'reports_to' AND (a.kind <> 'person' OR b.kind <> 'person'))
                OR (s.kind = 'has_role' AND (a.kind <> 'person' OR b.kind <> 'role'))
                OR (s.kind = 'contact_for' AND (a.kind NOT IN ('person', 'unit') OR a.side <> 'internal'
                                                OR b.kind <> 'group'))
                OR (s.kind = 'member_of' AND NOT ((a.kind = 'person' AND b.kind = 'group')
                                                  OR (a.kind = 'person' AND b.kind = 'unit' AND a.side = b.side))))
            ORDER BY s.line
            """
        let wrongRows = try Row.fetchCursor(db, sql: wrongEnds)
        while let row = try wrongRows.next() {
            let line: Int = row[0]
            let kind: String = row[1]
            let source: String = row[2]
            let sourceKind: String = row[3]
            let sourceSide: String = row[4]
            let target: String = row[5]
            let targetKind: String = row[6]
            let targetSide: String = row[7]
            let column: String = (row[9] as String?) ?? (row[8] as String?) ?? kind
            let why: String
            if source == target {
                why = Self.selfLink(source)
            } else {
                switch kind {
                case "reports_to":
                    why = Self.wrongManager(source, sourceKind: sourceKind, target, targetKind: targetKind)
                case "has_role":
                    why = "has_role links a person to a role, but \"\(source)\" is a \(sourceKind) and \"\(target)\" a \(targetKind)"
                case "contact_for":
                    why = "contact_for links an internal person or unit to a target group, but \"\(source)\" is an \(sourceSide) \(sourceKind) and \"\(target)\" a \(targetKind)"
                default:
                    why = "member_of links a person to a unit of the same side or to a target group "
                        + "(units nest by their path), but \"\(source)\" is an \(sourceSide) \(sourceKind) and \"\(target)\" an \(targetSide) \(targetKind)"
                }
            }
            report(line, "column \"\(column)\": \(why)")
        }
    }

    /// Builds an index of a large import with a 1 MiB page cache. SQLite sorts
    /// the index's keys in runs as large as the page cache: at 5.7M links, runs of
    /// 1 MiB (which stay in the CPU's caches) took 3.3–4.0 s, 512 KiB 3.9–4.2 s,
    /// 4 MiB 4.5–4.6 s, 16 MiB 6.8 s and 64 MiB 8.6 s; small runs also keep the
    /// sorting threads' memory small.
    func createIndexInSmallRuns(_ sql: String) throws {
        try db.execute(sql: "PRAGMA cache_size = -1024")
        defer { try? db.execute(sql: "PRAGMA cache_size = -32768") }
        try db.execute(sql: sql)
    }
}

extension ImportSession {
    // Messages about references, the same whether the check ran in memory or in SQL.

    static func unknownID(_ id: String) -> String {
        "unknown id \"\(id)\" (not in this file nor in the database)"
    }

    static func selfLink(_ id: String) -> String {
        "\"\(id)\" cannot be linked to itself"
    }

    static func wrongManager(_ source: String, sourceKind: String, _ target: String, targetKind: String) -> String {
        "reports_to links a person to a person, but \"\(source)\" is a \(sourceKind) and \"\(target)\" a \(targetKind)"
    }
}
