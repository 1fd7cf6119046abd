/// Why a database file cannot be opened, read or written, in the user's terms.
public indirect enum DatabaseProblem: CatalogueText, Equatable {
    case notStakemap
    /// SQLite's own words (English, from the library).
    case cannotOpen(sqlite: String)
    /// Changes wait in the -wal file and SQLite cannot write the -shm file beside it, because of `why`.
    case changesInWAL(path: String, why: DatabaseProblem)
    case readOnlyMount
    case immutable(file: String)
    /// `system`: the operating system's words (English).
    case readOnlyFile(file: String, system: String)
    case readOnlyFolder(String)
}

extension DatabaseProblem {
    public static var examples: [DatabaseProblem] {
        [
            .notStakemap, .cannotOpen(sqlite: "unable to open database file"),
            .changesInWAL(path: "/tmp/p.db", why: .readOnlyMount), .readOnlyMount, .immutable(file: "/tmp/p.db"),
            .readOnlyFile(file: "/tmp/p.db", system: "Permission denied"), .readOnlyFolder("/tmp/ro"),
        ]
    }
}
