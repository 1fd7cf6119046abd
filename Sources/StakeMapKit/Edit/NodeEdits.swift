import Foundation

/// `add` and `set`: a node's attributes, written as one row of the
/// import file of its kind, so that every check and rule of the import holds
/// for them too. Options are the import's columns under their English names
/// (`--power`, `--contact-for`), values written as in a CSV cell.
extension GraphEditor {
    /// An option of `add` or `set`: its name without dashes and its value.
    public typealias Attribute = (name: String, value: String)

    /// The attributes `--unset` can clear, by node kind.
    static let clearable: [NodeKind: [String]] = [
        .person: ["unit", "roles", "groups", "contact-for", "power", "interest", "legitimacy", "urgency", "level",
                  "steps", "influences", "reports-to", "email", "notes"],
        .unit: ["power", "interest", "legitimacy", "urgency", "level", "steps", "tools", "contact-for", "notes"],
        .group: ["power", "interest", "legitimacy", "urgency", "level", "steps", "tools", "contact", "notes"],
        .role: ["required", "notes"],
    ]

    /// Changes attributes of an existing node; `unset` clears attributes or lists.
    public static func set(
        _ store: StakeMapStore, _ reference: String, _ attributes: [Attribute], unset: [String] = [],
        dryRun: Bool = false
    ) throws -> EditMessage {
        guard !attributes.isEmpty || !unset.isEmpty else { throw StakeMapError.editRefused(.nothingToSet) }
        return try edit(store, dryRun: dryRun) { graph in
            let (id, resolved) = try NodeReference.resolve(reference, in: graph)
            var entry = resolved
            let stored = try graph.attributes(of: entry, id: id)
            let label = NodeLabel(name: stored.name, kind: entry.kind, side: entry.side)
            let before = graph.nodesChanged + graph.linksAdded + graph.linksRemoved + graph.linksChanged
            let identity: [Attribute] =
                entry.kind == .unit ? [("unit", stored.path ?? id)] : [("id", id), ("name", stored.name)]
            var movedSide = 0
            if entry.kind == .unit, let text = attributes.last(where: { $0.name == "side" })?.value,
                let side = Side(input: text), side != entry.side
            {
                movedSide = try moveSide(id, entry, to: side, graph)
                entry = try graph.entry(id) ?? entry
            }
            // A person's side must agree with their unit.
            if entry.kind == .person, let text = attributes.last(where: { $0.name == "side" })?.value,
                let side = Side(input: text), !attributes.contains(where: { $0.name == "unit" }),
                let unit = try unit(of: entry, graph), unit.side != side
            {
                throw StakeMapError.editRefused(
                    .personSideAgainstUnit(name: stored.name, unitPath: unit.path, unitSide: unit.side, side: side))
            }
            try importRow(entry.kind, identity + attributes, into: graph)
            for name in unset {
                try clear(name, of: id, graph.entry(id) ?? entry, kind: entry.kind, graph)
            }
            let after = graph.nodesChanged + graph.linksAdded + graph.linksRemoved + graph.linksChanged
            if movedSide > 0 { return .movedSide(label, others: movedSide - 1, side: entry.side) }
            guard after != before else { return .unchanged(label) }
            return try changes(of: id, label, graph)
        }
    }

    /// The path and side of the unit a person is a member of, if any.
    static func unit(of person: GraphWriter.Entry, _ graph: GraphWriter) throws -> (path: String, side: Side)? {
        for link in try graph.links(of: person.key, incoming: false) where link.kind == .memberOf {
            guard let unit = try graph.node(key: link.other), unit.kind == .unit, let entry = try graph.entry(unit.id)
            else { continue }
            return (try graph.attributes(of: entry, id: unit.id).path ?? unit.id, entry.side)
        }
        return nil
    }

    /// What a `set` changed, from the changes `--dry-run` of an import lists:
    /// `level advise → consult; steps +plan; 1 link added`.
    static func changes(of id: String, _ label: NodeLabel, _ graph: GraphWriter) throws -> EditMessage {
        let lines = try graph.changes()
        var own: [AttributeChange] = []
        var (added, removed, changed) = (0, 0, 0)
        for line in lines {
            switch line {
            case .nodeChanged(_, _, let nodeLabel, let changes)
            where own.isEmpty && (nodeLabel == id || nodeLabel.hasPrefix(id + " (")):
                own = changes
            case .linkAdded: added += 1
            case .linkRemoved: removed += 1
            case .linkChanged: changed += 1
            default: break
            }
        }
        return .changed(label, changes: own, linksAdded: added, linksRemoved: removed, linksChanged: changed)
    }

    /// Adds a new node: a unit's name is its full path (missing parents are made).
    public static func add(
        _ store: StakeMapStore, kind: NodeKind, _ name: String, _ attributes: [Attribute], dryRun: Bool = false
    ) throws -> EditMessage {
        try edit(store, dryRun: dryRun) { graph in
            let given = attributes.first { $0.name == "id" }?.value
            let email = attributes.first { $0.name == "email" }?.value
            let id: String
            switch kind {
            case .person: id = NodeID.normalize(given ?? email ?? Slug.make(name))
            case .unit: id = Slug.make(name)
            case .group, .role: id = given.map(NodeID.normalize) ?? Slug.make(name)
            }
            if id.isEmpty {
                throw StakeMapError.editRefused(.noLettersForID(name, option: true))
            }
            if let existing = try graph.entry(id) {
                throw StakeMapError.editRefused(.idTaken(kind: existing.kind, side: existing.side, id: id))
            }
            let identity: [Attribute] = kind == .unit ? [("unit", name)] : [("name", name)]
            try importRow(kind, identity + attributes, into: graph)
            let side = try graph.entry(id)?.side ?? .internal
            return .added(name: name, kind: kind, side: side, id: id)
        }
    }

    /// Writes one row of the import file of `kind`; its errors name the options.
    static func importRow(_ kind: NodeKind, _ cells: [Attribute], into graph: GraphWriter) throws {
        let file: ImportKind = [.person: .people, .unit: .units, .group: .groups, .role: .roles][kind]!
        let known = Set(file.columns.map { HeaderKey.normalize($0.column.rawValue) })
        for cell in cells where !known.contains(HeaderKey.normalize(cell.name)) {
            throw StakeMapError.editRefused(.notAnAttribute(option: cell.name, kind: kind))
        }
        let text = CSVWriter.line(cells.map { "--" + $0.name }) + CSVWriter.line(cells.map(\.value))
        let bytes = Array(text.utf8)
        var options = ImportOptions(delimiter: UInt8(ascii: ","), encoding: .utf8)
        options.readsEveryNode = false
        let input = ImportInput(file: "", canReadTwice: false) { () throws(CSVError) -> CSVReader in
            try CSVReader(bytes: bytes, delimiter: options.delimiter, encoding: options.encoding)
        }
        let (_, failure) = try Importer.importRows(into: graph, kind: file, input: input, options: options, progress: nil)
        guard let failure else { return }
        if case .badInput(let issues, _) = failure {
            throw StakeMapError.editRefused(.rowRefused(issues))
        }
        throw failure
    }

    /// Clears one attribute or list of a node (`set --unset`).
    static func clear(_ name: String, of id: String, _ entry: GraphWriter.Entry, kind: NodeKind, _ graph: GraphWriter)
        throws
    {
        guard let allowed = clearable[kind], allowed.contains(name) else {
            throw StakeMapError.editRefused(.cannotUnset(option: name, kind: kind, allowed: clearable[kind] ?? []))
        }
        var node = try graph.attributes(of: entry, id: id)
        switch name {
        case "power": node.power = nil
        case "interest": node.interest = nil
        case "legitimacy": node.legitimacy = nil
        case "urgency": node.urgency = nil
        case "level": node.level = nil
        case "email": node.email = nil
        case "notes": node.notes = nil
        case "required": node.required = false
        case "steps": try graph.setSteps(id, [])
        case "tools": try graph.setTools(id, [])
        default:
            let (kind, incoming, other): (EdgeKind, Bool, NodeKind?) =
                switch name {
                case "unit": (.memberOf, false, .unit)
                case "groups": (.memberOf, false, .group)
                case "roles": (.hasRole, false, nil)
                case "contact-for": (.contactFor, false, nil)
                case "influences": (.influences, false, nil)
                case "reports-to": (.reportsTo, false, nil)
                default: (.contactFor, true, nil)  // a group's contact
                }
            try graph.replaceLinks(of: entry.key, kind, incoming: incoming, otherKind: other, with: [])
            return
        }
        if node != (try graph.attributes(of: entry, id: id)) { try graph.update(id, entry, to: node) }
    }
}
