import GRDB

extension StakeMapStore {
    /// The notes of the nodes of `kind` that have any, by id: the report's
    /// participation overview shows a target group's notes as what it is involved on.
    func notes(of kind: NodeKind) throws -> [String: String] {
        try reading { db in
            var notes: [String: String] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, notes FROM node WHERE kind = ? AND notes IS NOT NULL", arguments: [kind])
            while let row = try rows.next() { notes[row[0]] = row[1] }
            return notes
        }
    }
}
