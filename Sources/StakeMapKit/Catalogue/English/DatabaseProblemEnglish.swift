extension DatabaseProblem {
    public var english: String {
        switch self {
        case .notStakemap: "it is not a stakemap database (give another --db path)"
        case .cannotOpen(let sqlite): "SQLite cannot open it (\(sqlite)); check that the folder exists and is writable"
        case .changesInWAL(let path, let why):
            "its last changes are in \(path)-wal, and SQLite cannot read them without writing its \(path)-shm file beside it (\(why.english)): open it once where it can be written, or copy the three files somewhere writable"
        case .readOnlyMount: "it is on a file system mounted read-only"
        case .immutable(let file): "\(file) is immutable (`lsattr` shows an i; `chattr -i` lifts it)"
        case .readOnlyFile(let file, let system): "\(file) is read-only (\(system))"
        case .readOnlyFolder(let folder): "its folder \(folder) is read-only, and SQLite writes its -wal and -shm files there"
        }
    }
}
