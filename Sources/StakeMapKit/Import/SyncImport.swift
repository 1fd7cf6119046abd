/// `import --sync`: the file is the whole truth for its kind and its
/// columns. An empty cell clears what is stored; after the rows, the nodes of
/// the file's kind that it does not list are removed (a units file keeps the
/// units on the paths it lists), and for a links file the links of the kinds
/// it has that it does not list.
extension ImportSession {
    /// The `--unset` name of each column an empty cell clears, by column.
    private static let clearedBy: [Column: String] = [
        .unit: "unit", .roles: "roles", .groups: "groups", .contactFor: "contact-for", .power: "power",
        .interest: "interest", .level: "level", .steps: "steps", .influences: "influences", .reportsTo: "reports-to",
        .email: "email", .notes: "notes", .tools: "tools", .contact: "contact", .required: "required",
        .legitimacy: "legitimacy", .urgency: "urgency",
    ]

    /// Clears, on the node the row named (when it existed before), every
    /// column the header has and the row leaves empty.
    func clearEmptyCells(_ fields: [String], of id: String) throws {
        guard let entry = try graph.entry(id), graph.existedBefore(entry.key) else { return }
        let before = graph.nodesChanged + graph.linksRemoved
        for column in Column.allCases where header.has(column) && header.rawCell(column, in: fields) == nil {
            guard let name = Self.clearedBy[column], GraphEditor.clearable[entry.kind]?.contains(name) == true else { continue }
            try GraphEditor.clear(name, of: id, try graph.entry(id) ?? entry, kind: entry.kind, graph)
        }
        if graph.nodesChanged + graph.linksRemoved > before { touched.insert(entry.key) }
    }

    /// Gives a link of a links file exactly the weight and note of its row
    /// (an empty cell clears; an `influences` link keeps the default weight).
    func syncLink(_ source: Int64, _ kind: EdgeKind, _ target: Int64, weight: Int?, note: String?) throws {
        syncedLinks.insert(SyncedLink(source: source, kind: kind.code, target: target))
        syncedKinds.insert(kind)
        guard let stored = try graph.link(source, kind, target) else { return }
        let newWeight = header.has(.weight) ? weight ?? (kind == .influences ? EdgeKind.defaultWeight : nil) : stored.weight
        let newNote = header.has(.note) ? note : stored.note
        if newWeight != stored.weight || newNote != stored.note {
            try graph.setLink(source, kind, target, weight: newWeight, note: newNote)
            summary.updated += 1
        }
    }

    /// Removes what the file does not list; counted in the summary.
    func removeUnlisted() throws {
        if kind == .links {
            for kind in EdgeKind.allCases where syncedKinds.contains(kind) {
                for link in try graph.links(ofKind: kind)
                where !syncedLinks.contains(SyncedLink(source: link.source, kind: kind.code, target: link.target)) {
                    try graph.removeLink(link.source, kind, link.target)
                    summary.removed += 1
                }
            }
            return
        }
        let nodeKind: NodeKind = [.people: .person, .units: .unit, .groups: .group, .roles: .role][kind]!
        let nodes = try graph.nodes(ofKind: nodeKind)
        var kept = Set(nodes.filter { !graph.existedBefore($0.key) || listed.contains($0.key) }.map(\.key))
        if nodeKind == .unit {
            // The units above a listed one stay: its path names them.
            let keyByID = Dictionary(nodes.map { ($0.id, $0.key) }, uniquingKeysWith: { first, _ in first })
            for node in nodes where kept.contains(node.key) {
                var path = node.path ?? node.id
                while let slash = path.lastIndex(of: "/") {
                    path = String(path[..<slash])
                    if let key = keyByID[Slug.make(path)] { kept.insert(key) }
                }
            }
        }
        var refused = false
        for node in nodes where !kept.contains(node.key) {
            guard let reference = syncReferences[node.key] else { continue }
            report(Int(reference.line), .removedBySync(column: header.title(reference.column), id: node.id))
            refused = true
        }
        if refused { return }
        for node in nodes where !kept.contains(node.key) {
            guard let entry = try graph.entry(node.id) else { continue }
            try graph.remove(node.id, entry)
            summary.removed += 1
        }
    }
}

/// A link a synced links file lists, by its ends' keys and kind code.
struct SyncedLink: Hashable {
    let source: Int64
    let kind: Int
    let target: Int64
}
