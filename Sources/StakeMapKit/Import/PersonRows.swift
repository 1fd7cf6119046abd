/// A row of a people file: the person, their unit, roles, groups, contacts,
/// influence and manager.
extension ImportSession {
    func importPerson(_ record: CSVRecord) throws {
        let fields = record.fields
        let line = record.line
        guard let name = header.cell(.name, in: fields) else {
            report(line, .nameEmpty(column: header.title(.name), kind: .person))
            return
        }
        let (id, reason) = Self.personID(fields, header)!
        if id.isEmpty {  // only a slug of the name can be empty
            report(line, .nameWithoutID(column: header.title(.name), name: name, kind: .person))
            return
        }
        let values = RowValues(fields, header)
        let entry = try graph.entry(id)
        if let entry, entry.kind != .person {
            report(line, .idOfOtherKind(id, kind: entry.kind, side: entry.side))
            return
        }
        guard claim(id, entry, existed: entry != nil, line: line, reason: reason) else { return }
        guard accept(values.problems, line: line, claimed: id) else { return }
        let old = try entry.map { ($0, try graph.attributes(of: $0, id: id)) }
        let existed = old != nil
        if !existed && !graph.startedEmpty { try warnSameName(name, id: id, line: line) }
        let side = values.side ?? old?.1.side ?? .internal

        var new = old?.1 ?? NodeAttributes(kind: .person, side: side, name: name)
        new.side = side
        new.name = name
        values.apply(to: &new)
        if let email = header.cell(.email, in: fields) { new.email = email }
        if let notes = header.rawCell(.notes, in: fields) { new.notes = notes }
        var (person, changed) = try write(id, new, old: old, line: line)
        if let steps = values.steps { changed = try graph.setSteps(id, steps, isNew: !existed) || changed }
        let me = EdgeRule.End(id: id, kind: .person, side: side)

        if let unit = header.cell(.unit, in: fields),
            let (unitEntry, _) = try resolveUnit(unit, side: side, line: line, column: header.title(.unit))
        {
            changed = try setLinks(of: person, .memberOf, otherKind: .unit, to: [unitEntry.key], existed: existed) || changed
        }
        if let roles = header.cell(.roles, in: fields) {
            let keys = try CellValue.list(roles).compactMap {
                try resolveNamed($0, as: .role, line: line, column: header.title(.roles))?.key
            }
            changed = try setLinks(of: person, .hasRole, to: keys, existed: existed) || changed
        }
        if let groups = header.cell(.groups, in: fields) {
            let keys = try CellValue.list(groups).compactMap {
                try resolveNamed($0, as: .group, line: line, column: header.title(.groups))?.key
            }
            changed = try setLinks(of: person, .memberOf, otherKind: .group, to: keys, existed: existed) || changed
        }
        if let groups = header.cell(.contactFor, in: fields) {
            changed = try setContacts(groups, of: person, line: line, existed: existed) || changed
        }
        for (column, kind) in [(Column.influences, EdgeKind.influences), (.reportsTo, .reportsTo)] {
            guard let cell = header.cell(column, in: fields) else { continue }
            let targets = kind == .reportsTo ? [cell] : CellValue.list(cell)
            let keys = try targets.compactMap {
                try refer(
                    NodeID.normalize($0), from: me, kind: kind, line: line, column: header.title(column),
                    laterRowsMayAdd: person.key)
            }
            changed = try setLinks(of: person, kind, to: keys, existed: existed) || changed
            if options.sync {
                for key in keys where syncReferences[key] == nil { syncReferences[key] = (Int32(clamping: line), column) }
            }
        }
        if changed { touched.insert(person.key) }
    }

    /// The links of `kind` from a node to the given ones: added for a new node;
    /// for one that existed, they replace the links of that kind it had (to
    /// nodes of `otherKind`, when given). True when an existing node changed.
    func setLinks(
        of node: GraphWriter.Entry, _ kind: EdgeKind, incoming: Bool = false, otherKind: NodeKind? = nil,
        to others: [Int64], existed: Bool
    ) throws -> Bool {
        if existed {
            return try graph.replaceLinks(of: node.key, kind, incoming: incoming, otherKind: otherKind, with: others)
        }
        for other in others {
            if incoming {
                try graph.addLink(other, kind, node.key)
            } else {
                try graph.addLink(node.key, kind, other)
            }
        }
        return false
    }

    /// A `contact_for` cell of a person or unit: the target groups it is
    /// responsible for. True when an existing node's contacts changed.
    func setContacts(_ cell: String, of owner: GraphWriter.Entry, line: Int, existed: Bool) throws -> Bool {
        let column = header.title(.contactFor)
        guard owner.side == .internal else {
            report(line, .contactNotInternal(column: column, kind: owner.kind))
            return false
        }
        let keys = try CellValue.list(cell).compactMap {
            try resolveNamed($0, as: .group, line: line, column: column)?.key
        }
        return try setLinks(of: owner, .contactFor, to: keys, existed: existed)
    }

    /// The id of a person's row: the id cell, else the email, else a slug of the
    /// name (empty when the name has no Latin letters or digits); with how a
    /// duplicate came about. Nil when the row has no name.
    static func personID(_ fields: [String], _ header: HeaderMap) -> (id: String, reason: DuplicateReason?)? {
        guard let name = header.cell(.name, in: fields) else { return nil }
        if let given = header.cell(.id, in: fields) { return (NodeID.normalize(given), nil) }
        if let email = header.cell(.email, in: fields) { return (NodeID.normalize(email), .sameEmail) }
        return (Slug.make(name), .sameName)
    }
}
