extension DatabaseProblem {
    public var dutch: String {
        switch self {
        case .notStakemap: "het is geen stakemap-database (geef een ander --db-pad)"
        case .cannotOpen(let sqlite): "SQLite kan hem niet openen (\(sqlite)); controleer dat de map bestaat en beschrijfbaar is"
        case .changesInWAL(let path, let why):
            "de laatste wijzigingen staan in \(path)-wal, en SQLite kan die niet lezen zonder het bestand \(path)-shm ernaast te schrijven (\(why.dutch)): open hem één keer waar hij beschreven kan worden, of kopieer de drie bestanden naar een beschrijfbare plek"
        case .readOnlyMount: "hij staat op een bestandssysteem dat alleen-lezen is aangekoppeld"
        case .immutable(let file): "\(file) is onveranderbaar (`lsattr` toont een i; `chattr -i` heft dat op)"
        case .readOnlyFile(let file, let system): "\(file) is alleen-lezen (\(system))"
        case .readOnlyFolder(let folder): "de map \(folder) is alleen-lezen, en SQLite schrijft daar zijn -wal- en -shm-bestanden"
        }
    }
}
