/// References by id in reference cells (`influences`, `reports_to`, a group's
/// `contact`, a link's ends): looked up when the row is read; an id no node
/// has yet may be claimed by a later row of a people file, so it gets its key
/// at once and is checked at the end.
extension ImportSession {
    /// Reserves, in row order, the key of every person a people file claims,
    /// before its rows are imported (from an input that can be read twice).
    ///
    /// Without it a person referred to by an earlier row gets its key when first
    /// referred to, so keys come in no order and the node rows and links, which
    /// the tables keep in key order, go in all over the tables instead of at
    /// their end, and every such reference is checked at the end.
    func numberRows(_ reader: CSVReader) throws {
        if options.readsEveryNode { try graph.learnEveryNode() }
        try forEachPerson(reader) { id, _ in
            if try graph.entry(id) == nil { _ = graph.reserve(id, tag: Self.numberedRow) }
        }
        numbered = true
    }

    /// The id and name of every row of a people file that has both; rows the
    /// import will report as wrong are passed over.
    private func forEachPerson(_ reader: CSVReader, _ body: (_ id: String, _ name: String) throws -> Void) throws {
        guard case .success(let headerRecord?) = Self.nextRecord(reader) else { return }
        let (map, problems) = HeaderMap.make(header: headerRecord.fields, kind: kind, ignoreUnknown: options.ignoreUnknown)
        guard problems.isEmpty else { return }
        let needed = [Column.id, .email, .name].compactMap(map.position)
        reader.fieldsWanted = (0..<map.width).map(needed.contains)
        while true {
            switch Self.nextRecord(reader) {
            case .failure: continue  // reported by the import itself
            case .success(nil): return
            case .success(let record?):
                if let id = Self.personID(record.fields, map)?.id, !id.isEmpty, let name = map.cell(.name, in: record.fields) {
                    try body(id, name)
                }
            }
        }
    }

    /// The tag of a reservation made by ``numberRows(_:)``.
    static let numberedRow: Int32 = -1

    /// The node a reference cell of the row at `line` names, checked against
    /// the link rules with `owner` at the other end; nil when it is wrong
    /// (reported). `laterRowsMayAdd` (the owner's key) lets an unknown id wait
    /// for a later row.
    func refer(
        _ id: String, from owner: EdgeRule.End, kind: EdgeKind, incoming: Bool = false, line: Int, column: String,
        laterRowsMayAdd ownerKey: Int64? = nil
    ) throws -> Int64? {
        var id = id
        var found = try graph.entry(id)
        // An id a later row of this file claims is not a name: no look-up by name
        // (a look-up that misses reads the file's names, 10 s at 1M people).
        let claimed = found == nil && graph.reservation(id)?.tag == Self.numberedRow
        if found == nil, !claimed, let named = try node(named: id, line: line, column: column) {
            switch named {
            case .ambiguous: return nil
            case .one(let namedID, let entry): (id, found) = (namedID, entry)
            case .inFile(let namedID): id = namedID
            }
        }
        guard let entry = found else {
            if owner.id == id {
                report(line, .linkNotAllowed(column: column, .toItself(id: id)))
                return nil
            }
            guard let ownerKey else {
                report(line, try unknownReference(id, column: column))
                return nil
            }
            // An id reserved by numberRows is a person once the import succeeds, so
            // any reference to it is right; any other must be checked at the end.
            if let reserved = graph.reservation(id), reserved.tag == Self.numberedRow { return reserved.key }
            let key = graph.reserve(id)
            pending.append(PendingReference(line: Int32(clamping: line), kind: kind, source: ownerKey, target: key))
            return key
        }
        let other = EdgeRule.End(id: id, kind: entry.kind, side: entry.side)
        let problem = incoming
            ? EdgeRule.check(kind, from: other, to: owner) : EdgeRule.check(kind, from: owner, to: other)
        if let problem {
            report(line, .linkNotAllowed(column: column, problem))
            return nil
        }
        return entry.key
    }

    /// What a reference that is not an id names, by name.
    enum NamedNode {
        case one(String, GraphWriter.Entry)
        /// A person a row of this file adds, not yet written.
        case inFile(String)
        case ambiguous
    }

    /// The one node whose name has the slug of `text` (see `NodeReference`),
    /// in the graph or, for a people file, among the people the file lists;
    /// several is an error (reported) that lists their ids; nil when none. The
    /// names are read once per import, when the first reference that is not an
    /// id comes; the file's, when the first names nobody in the graph.
    func node(named text: String, line: Int, column: String) throws -> NamedNode? {
        let slug = Slug.make(text)
        guard !slug.isEmpty else { return nil }
        var ids = try ids(named: slug) ?? []
        if kind == .people, let inFile = try fileIDs(named: slug, scanning: ids.isEmpty) {
            ids += inFile.filter { !ids.contains($0) }
        }
        guard !ids.isEmpty else { return nil }
        if ids.count > 1 {
            report(line, .ambiguousName(column: column, name: text, ids: ids.sorted()))
            return .ambiguous
        }
        guard let entry = try graph.entry(ids[0]) else { return .inFile(ids[0]) }
        return .one(ids[0], entry)
    }

    /// How many unknown references get suggestions: each compares the text
    /// with every node (3.4 s at 1M people), so only the first few.
    static let suggestedReferences = 5

    /// The error for a reference in `column` that names no node, with up to
    /// three ids or names close to what was written (see `NodeReference`).
    func unknownReference(_ text: String, column: String) throws -> ImportProblem {
        suggestionsMade += 1
        guard suggestionsMade <= Self.suggestedReferences else {
            return .unknownID(column: column, id: text, suggestions: [])
        }
        if everyName == nil { everyName = try graph.allNames() }
        let near = NodeReference.suggestions(for: text, among: everyName ?? [])
        return .unknownID(column: column, id: text, suggestions: near)
    }

    /// The ids of the people this file lists under a name with this slug; the
    /// file is scanned for them the first time `scanning` asks (a name that
    /// names nobody in the graph), not before, since a scan holds every name.
    private func fileIDs(named slug: String, scanning: Bool) throws -> [String]? {
        if fileNamesBySlug == nil, scanning, let scanFromTop {
            var names: [String: [String]] = [:]
            try scanFromTop { reader in
                try self.forEachPerson(reader) { id, name in
                    let slug = Slug.make(name)
                    if names[slug]?.contains(id) != true { names[slug, default: []].append(id) }
                }
            }
            fileNamesBySlug = names
        }
        return fileNamesBySlug?[slug]
    }

    /// The ids of the nodes whose name has this slug, from one read of every
    /// name, made the first time a row needs it.
    private func ids(named slug: String) throws -> [String]? {
        if namesBySlug == nil {
            var names: [String: [String]] = [:]
            for node in try graph.allNames() { names[Slug.make(node.name), default: []].append(node.id) }
            namesBySlug = names
        }
        return namesBySlug?[slug]
    }

    /// Warns when a new person has the name of an existing person under another
    /// id ("same name, other id"): one row with an e-mail, one without.
    func warnSameName(_ name: String, id: String, line: Int) throws {
        let slug = Slug.make(name)
        guard !slug.isEmpty, let ids = try ids(named: slug) else { return }
        let others = try ids.filter { try $0 != id && graph.entry($0)?.kind == .person }.sorted()
        guard let other = others.first else { return }
        // An e-mail address is the better id to keep: the new row's, when only it has one.
        let (from, into) = id.contains("@") && !other.contains("@") ? (other, id) : (id, other)
        summary.warnings.append(
            .sameName(file: file, line: line, name: name, id: id, others: others, merge: from, into: into))
    }

    /// The references to ids that no node had when their row was read: by now
    /// the whole file is, so they name a node this import added, or nothing.
    func checkPendingReferences() throws {
        guard !pending.isEmpty else { return }
        let unfilled = graph.unfilledReservations
        for reference in pending {
            let line = Int(reference.line)
            let column = header.title(reference.kind == .reportsTo ? .reportsTo : .influences)
            if let id = unfilled[reference.target] {
                report(line, try unknownReference(id, column: column))
                continue
            }
            // Only a manager must be of one kind: a person.
            guard reference.kind == .reportsTo else { continue }
            if let target = try graph.node(key: reference.target), target.kind != .person,
                let person = try graph.node(key: reference.source)
            {
                let problem = LinkProblem.managerNotAPerson(
                    source: EdgeRule.End(id: person.id, kind: person.kind, side: try graph.entry(person.id)?.side ?? .internal),
                    target: EdgeRule.End(id: target.id, kind: target.kind, side: try graph.entry(target.id)?.side ?? .internal))
                report(line, .linkNotAllowed(column: column, problem))
            }
        }
    }
}
