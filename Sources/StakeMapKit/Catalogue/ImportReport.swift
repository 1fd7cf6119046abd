import Foundation

/// What `stakemap import` tells on standard error besides its errors: the
/// summary line, the progress of a long import, and the reasons it could not
/// start.
public enum ImportReport: CatalogueText, Equatable {
    /// `people.csv: 1200 rows, 1180 added, …`.
    case summary(ImportSummary)
    /// The progress of a file of known size.
    case reading(file: String, percent: Int, megabytes: Int, totalMegabytes: Int)
    /// The progress of standard input.
    case readingStream(file: String, megabytes: Int)
    case finishing(file: String, rows: Int)
    /// The reasons a path cannot be imported: it is a folder, or the system
    /// could not open it (`errno`).
    case isADirectory
    case openFailed(code: Int32)
    /// Another stakemap made the database while this import read standard input.
    case databaseMadeMeanwhile
}

/// What the user should look at although the import went in.
public enum ImportWarning: CatalogueText, Equatable, Sendable {
    /// A new person has the name of an existing person under another id
    /// ("same name, other id"); `merge` and `into` are the ids to give `stakemap merge`.
    case sameName(file: String, line: Int, name: String, id: String, others: [String], merge: String, into: String)
}

extension ImportReport {
    /// Every case with representative values, for the test that walks the catalogue.
    public static var examples: [ImportReport] {
        var summary = ImportSummary(file: "mensen.csv", kind: .people, sync: true, dryRun: true)
        (summary.rows, summary.added, summary.updated, summary.unitsCreated) = (40, 38, 2, 23)
        (summary.rolesCreated, summary.groupsCreated, summary.links) = (16, 7, 128)
        (summary.linksRemoved, summary.removed) = (6, 3)
        var single = ImportSummary(file: "afdelingen.csv", kind: .units, sync: true, dryRun: false)
        (single.rows, single.added, single.updated, single.unitsCreated) = (1, 1, 1, 1)
        (single.rolesCreated, single.groupsCreated, single.links, single.linksRemoved, single.removed) = (1, 1, 1, 1, 1)
        return [
            .summary(summary), .summary(single),
            .reading(file: "mensen.csv", percent: 45, megabytes: 12, totalMegabytes: 27),
            .readingStream(file: "-", megabytes: 12), .finishing(file: "mensen.csv", rows: 3000),
            .isADirectory, .openFailed(code: ENOENT), .openFailed(code: EACCES), .databaseMadeMeanwhile,
        ]
    }
}

extension ImportWarning {
    /// Every case with representative values, for the test that walks the catalogue.
    public static var examples: [ImportWarning] {
        [
            .sameName(
                file: "week2.csv", line: 34, name: "Kees de Wit", id: "k.dewit@ziggo.nl", others: ["kees-de-wit"],
                merge: "kees-de-wit", into: "k.dewit@ziggo.nl")
        ]
    }
}
