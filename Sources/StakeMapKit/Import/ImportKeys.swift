import GRDB

/// Node keys, and the ways a large people file into an empty database is made
/// fast: keys in row order from a first pass, batches written on a second
/// thread.
extension ImportSession {
    /// Gives every person of a people file its key in row order, before the rows are
    /// imported (into an empty database, from an input that can be read twice).
    ///
    /// Without it a person referred to by an earlier row gets its key when first
    /// referred to, so keys come in no order and the node rows and links, which the
    /// tables keep in key order, go in all over the tables instead of at their end:
    /// measured at 100k people, with the end-of-import check of those references
    /// that it spares, the rows took 4.5–4.6 s without it and 3.2–3.5 s with it.
    func numberRows(_ reader: CSVReader) {
        guard case .success(let headerRecord?) = Self.nextRecord(reader) else { return }
        let (map, problems) = HeaderMap.make(header: headerRecord.fields, kind: kind, ignoreUnknown: options.ignoreUnknown)
        guard problems.isEmpty else { return }
        let needed = [Column.id, .email, .name].compactMap(map.position)
        reader.fieldsWanted = (0..<map.width).map(needed.contains)
        let first = nextKey
        defer { numberedKeys = first..<nextKey }
        while true {
            switch Self.nextRecord(reader) {
            case .failure: continue  // reported by the import itself
            case .success(nil): return
            case .success(let record?):
                if let id = Self.personID(record.fields, map)?.id, !id.isEmpty { _ = key(of: id) }
            }
        }
    }

    /// The id of a person's row: the id cell, else the email, else a slug of the
    /// name (empty when the name has no Latin letters or digits); with the hint for
    /// a duplicate. Nil when the row has no name.
    static func personID(_ fields: [String], _ header: HeaderMap) -> (id: String, hint: String)? {
        guard header.cell(.name, in: fields) != nil else { return nil }
        if let given = header.cell(.id, in: fields) { return (NodeID.normalize(given), "") }
        if let email = header.cell(.email, in: fields) { return (NodeID.normalize(email), " — two rows with the same email") }
        return (
            Slug.make(header.cell(.name, in: fields)!),
            " — two people with the same name; add an id column to tell them apart"
        )
    }

    /// The key of a node this import knows (written, looked up, or referred to
    /// already); a node not known yet gets the next free key, which its row
    /// (or the end-of-import check) will claim.
    func key(of id: String) -> Int64 {
        ids.key(id) {
            defer { nextKey += 1 }
            return nextKey
        }
    }

    /// ``key(of:)`` for the node whose row is being read, asked once per link:
    /// remembered, because the table of all keys is large and a look-up in it
    /// mostly misses the CPU's caches.
    func ownerKey(_ id: String) -> Int64 {
        if id == lastOwner.id { return lastOwner.key }
        lastOwner = (id, key(of: id))
        return lastOwner.key
    }

    /// Writes the nodes and steps still waiting in their batches, before the
    /// import reads them back.
    func flushNodes() throws {
        try settle()
        if !newNodes.isEmpty { _ = try newNodes.flush(db) }
        if !newSteps.isEmpty { _ = try newSteps.flush(db) }
    }

    /// Waits for the batches on the pipeline's thread, before this thread uses
    /// the connection itself.
    func settle() throws {
        if let pipeline { summary.links += try pipeline.drain() }
    }
}
