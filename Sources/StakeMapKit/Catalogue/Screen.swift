/// What the command-line tool says around a command's own output, and its usage errors.
public enum Screen: CatalogueText, Equatable {
    /// Something went wrong that the user cannot fix: an error stakemap did not expect.
    case internalError(String)
    case initReady(path: String, schema: String, applied: [String])
    /// `export --format csv`: the folder and, per file, its name and rows.
    case exported(folder: String, files: [String], rows: [Int])
    case snapshotTaken(name: String, changeSet: Int64)
    case notAKind(String)
    case csvNeedsFolder
    case acceptedNotCSV
    case limitTooSmall(Int)
    case snapshotNameAndList
    case snapshotNeedsName
    case depthNeedsFocus
    case depthNegative
    case landscapeNeedsPage
    case formatUnknown(file: String)
    case maxTooSmall(Int)
    case depthTooSmall(Int)
    case filtersNotForLinks
    case notAFilterValue(option: String, value: String)
}

extension Screen {
    public static var examples: [Screen] {
        [
            .internalError("SQLite error 1"), .initReady(path: "p.db", schema: "0004_snapshots", applied: []),
            .initReady(path: "p.db", schema: "0004_snapshots", applied: ["0001_graph", "0002_link_keys"]),
            .exported(folder: "uit", files: ["people.csv", "units.csv"], rows: [40, 23]),
            .snapshotTaken(name: "sessie-1", changeSet: 0), .snapshotTaken(name: "sessie-1", changeSet: 7),
            .notAKind("afdeling"), .csvNeedsFolder, .acceptedNotCSV, .limitTooSmall(0), .snapshotNameAndList,
            .snapshotNeedsName, .depthNeedsFocus, .depthNegative, .landscapeNeedsPage, .formatUnknown(file: "kaart.jpg"), .maxTooSmall(-1),
            .depthTooSmall(-2), .filtersNotForLinks, .notAFilterValue(option: "--step", value: "later"),
        ]
    }
}
