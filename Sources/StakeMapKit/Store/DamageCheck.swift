import GRDB

/// How a writing command makes sure the database file is whole before it
/// writes into it: SQLite only notices damage on the pages a statement reads,
/// so an import could otherwise add rows to a file whose other pages are lost.
public enum DamageCheck: Sendable {
    /// Reads every page of every table and index and checks its header
    /// (SQLite's `dbstat` table): 0.53–0.60 s on the 1M-people database (284 MB),
    /// where `PRAGMA quick_check` takes 2.8–3.3 s and `integrity_check` 25 s
    /// (sqlite3 3.40.1 on the shared 2-core machine). It finds 4 KiB of random
    /// bytes or zeros written anywhere over b-tree pages (358 of 358 offsets in
    /// a 2,000-people file), not a whole valid page copied over another one.
    /// In the tool, `import --dry-run` of one row into that database takes
    /// 0.55–0.86 s with this check, 0.06–0.08 s without.
    case pages
    /// `PRAGMA quick_check`: also every cell and row, the free list and pages
    /// used twice (2.8–3.3 s at 1M people in sqlite3, `init` 1.9 s with the
    /// tool's 64 MiB page cache); `init` runs this one.
    case thorough
    /// Only what SQLite finds on the pages the command reads (a damaged one is
    /// still refused, as `SQLITE_CORRUPT`): for the edit commands, which touch a
    /// few pages and must answer in well under 0.2 s on a 1M-people database,
    /// where the page check alone takes 0.55 s.
    case pagesRead

    /// Whether SQLite finds the database damaged.
    func findsDamage(_ db: Database) throws -> Bool {
        if self == .pagesRead { return false }
        do {
            if self == .pages, let corrupted = try Self.corruptedPages(db) {
                return corrupted > 0
            }
            return try String.fetchAll(db, sql: "PRAGMA quick_check") != ["ok"]
        } catch let error as DatabaseError where Self.meansDamage(error) {
            return true
        }
    }

    /// The pages `dbstat` cannot read as b-tree pages, or nil when this SQLite has no `dbstat`.
    private static func corruptedPages(_ db: Database) throws -> Int? {
        do {
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM dbstat WHERE pagetype = 'corrupted'")
        } catch let error as DatabaseError where (error.message ?? "").contains("no such table") {
            return nil
        }
    }

    /// SQLite's words for a damaged file.
    static func meansDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_CORRUPT
    }
}
