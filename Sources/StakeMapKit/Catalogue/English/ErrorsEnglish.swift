extension StakeMapError {
    public var english: String {
        switch self {
        case .databaseMissing(let path):
            "no stakemap database at \(path): run `stakemap init` or `stakemap import` first, or pass --db"
        case .databaseNeedsMigration(let path):
            "\(path) was made by an older stakemap: run `stakemap init --db \(path)` to update it (no data is lost)"
        case .databaseTooNew(let path, let schema):
            "\(path) was made by a newer stakemap (schema \(schema)); use that version — this one would not keep what it stores"
        case .databaseUnreadable(let path, let reason):
            "cannot open the database \(path): \(reason.english)"
        case .databaseUnusable(let path, let reason):
            "cannot use the database \(path): \(reason)"
        case .storedValueUnknown(let path, let node, let column, let value, let expected):
            "cannot read the database \(path): node '\(node)' has \(value) in \(column), which is not \(expected.english); correct it (for example with sqlite3) or restore a backup"
        case .databaseReadOnly(let path, let reason):
            "cannot write the database \(path): \(reason.english); nothing was changed — the commands that only read it (status, gaps, list, show, export, map, grid) still work"
        case .databaseDamaged(let path):
            "\(path) is damaged (SQLite: database disk image is malformed): restore a backup, or save what is still readable with `sqlite3 \(path) .recover | sqlite3 recovered.db` and use recovered.db; stakemap does not write to a damaged database"
        case .databaseFull(let path):
            "cannot write the database \(path): the disk is full; nothing was written — free some space and run the command again"
        case .fileUnreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        case .badInput(let issues, let total):
            issues.map(\.english).joined(separator: "\n")
                + (total > issues.count ? "\n… and \(total - issues.count) more errors" : "")
                + "\n\(total) error\(total == 1 ? "" : "s"); nothing was imported"
        case .unknownNode(let id):
            "there is no node with id '\(id)': see `stakemap list people` (or units, groups, roles) for the ids"
        case .rendering(let problem):
            problem.english
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        case .outputFileFailed(let path, let reason):
            "cannot write \(path): \(reason) — free some space or write elsewhere; \(path) was not changed"
        case .outputFailed(let reason):
            "cannot write the output: \(reason) — free some space or write elsewhere; the output is incomplete"
        case .outputClosed:
            "the output was closed"
        case .unknownRule(let id):
            "there is no gap rule '\(id)': the rules are \(GapFinder.ruleIDs.joined(separator: ", "))"
        case .unknownReference(let message):
            message.english
        case .editRefused(let message):
            "\(message.english); nothing was changed"
        case .workbookRefused(let message):
            message.english
        }
    }
}

