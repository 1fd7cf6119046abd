import Foundation

extension ImportReport {
    public var english: String {
        switch self {
        case .summary(let summary):
            "\(summary.file): \(summary.rows) rows, \(summary.added) added, \(summary.updated) updated, "
                + "\(summary.unitsCreated) units, \(summary.rolesCreated) roles, \(summary.groupsCreated) groups, "
                + "\(summary.links) links"
                + (summary.sync ? ", \(summary.removed) removed" : "")
                + (summary.linksRemoved > 0 ? ", \(summary.linksRemoved) links removed" : "")
                + (summary.dryRun ? " (dry run: nothing written)" : "")
        case .reading(let file, let percent, let megabytes, let totalMegabytes):
            "\(file): \(percent)% read (\(megabytes) MB of \(totalMegabytes) MB)"
        case .readingStream(let file, let megabytes):
            "\(file): \(megabytes) MB read"
        case .finishing(let file, let rows):
            "\(file): \(rows) rows read; checking references and writing links…"
        case .isADirectory:
            "it is a directory, not a CSV file"
        case .openFailed(let code):
            String(cString: strerror(code))
        case .databaseMadeMeanwhile:
            "another stakemap created it while this import read standard input; nothing was imported — run the import again"
        }
    }
}

extension ImportWarning {
    public var english: String {
        switch self {
        case .sameName(let file, let line, let name, let id, let others, let merge, let into):
            "warning: \(file):\(line): \"\(name)\" (\(id)) has the same name as \(others.joined(separator: ", ")) "
                + "in the database; if they are one person: stakemap merge \(merge) --into \(into)"
        }
    }
}
