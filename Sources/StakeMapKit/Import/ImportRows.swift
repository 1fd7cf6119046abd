/// The rows of units, groups, roles and links files: read the row's cells,
/// write the node and its links.
extension ImportSession {
    func importUnitRow(_ record: CSVRecord) throws {
        let fields = record.fields
        let line = record.line
        guard let path = header.cell(.unit, in: fields) else {
            report(line, .unitPathEmpty(column: header.title(.unit)))
            return
        }
        let values = RowValues(fields, header)
        guard accept(values.problems, line: line) else { return }

        let candidate = try graph.entry(path)?.kind == .unit ? path : Slug.make(path)
        let old = try stored(candidate)
        if let old, old.entry.kind != .unit {
            report(
                line,
                .unitIDTaken(
                    column: header.title(.unit), path: path, id: candidate, kind: old.entry.kind, side: old.entry.side))
            return
        }
        if let old, let side = values.side, side != old.entry.side {
            report(
                line,
                .unitSideDiffers(
                    column: header.title(.side), unit: old.node.path ?? path, stored: old.entry.side, row: side))
            return
        }
        let unitSide = values.side ?? old?.entry.side ?? .internal
        guard let (_, id) = try resolveUnit(path, side: unitSide, line: line, column: header.title(.unit)) else { return }
        let existed = old != nil
        guard claim(id, try graph.entry(id), existed: existed, line: line) else { return }
        if !existed { summary.unitsCreated -= 1 }  // counted as added instead
        guard let before = try stored(id) else { return }
        var new = before.node
        values.apply(to: &new)
        if let notes = header.rawCell(.notes, in: fields) { new.notes = notes }
        var (unit, changed) = try write(id, new, old: before, line: line)
        changed = changed && existed
        if let steps = values.steps { changed = try graph.setSteps(id, steps) && existed || changed }
        if let tools = header.cell(.tools, in: fields) {
            changed = try graph.setTools(id, Set(CellValue.list(tools))) && existed || changed
        }
        if let groups = header.cell(.contactFor, in: fields) {
            changed = try setContacts(groups, of: unit, line: line, existed: existed) || changed
        }
        if changed { touched.insert(unit.key) }
    }

    /// The id of a group or role row: the `id` cell must equal the slug of the
    /// name, unless the name has no slug (then any id is accepted).
    private func namedRowID(_ fields: [String], name: String, kind: NodeKind, line: Int) -> String? {
        let slug = Slug.make(name)
        if let given = header.cell(.id, in: fields) {
            let id = NodeID.normalize(given)
            if !slug.isEmpty && id != slug {
                report(line, .idNotOfName(column: header.title(.id), id: given, name: name, slug: slug))
                return nil
            }
            return id
        }
        if slug.isEmpty {
            report(line, .nameWithoutID(column: header.title(.name), name: name, kind: kind))
            return nil
        }
        return slug
    }

    /// The start of a groups or roles row: its name, its id (see ``namedRowID``)
    /// and what is stored under that id; nil when the row is wrong (reported).
    private func claimNamedRow(_ record: CSVRecord, as kind: NodeKind) throws
        -> (name: String, id: String, old: (entry: GraphWriter.Entry, node: NodeAttributes)?)?
    {
        guard let name = header.cell(.name, in: record.fields) else {
            report(record.line, .nameEmpty(column: header.title(.name), kind: kind))
            return nil
        }
        guard let id = namedRowID(record.fields, name: name, kind: kind, line: record.line) else { return nil }
        let old = try stored(id)
        if let old, old.entry.kind != kind {
            report(record.line, .idOfOtherKind(id, kind: old.entry.kind, side: old.entry.side))
            return nil
        }
        guard claim(id, old?.entry, existed: old != nil, line: record.line) else { return nil }
        return (name, id, old)
    }

    func importGroup(_ record: CSVRecord) throws {
        let fields = record.fields
        let line = record.line
        guard let (name, id, old) = try claimNamedRow(record, as: .group) else { return }
        let values = RowValues(fields, header)
        guard accept(values.problems, line: line, claimed: id) else { return }
        let existed = old != nil
        var new = old?.node ?? NodeAttributes(kind: .group, side: .external, name: name)
        new.name = name
        values.apply(to: &new)
        if let notes = header.rawCell(.notes, in: fields) { new.notes = notes }
        var (group, changed) = try write(id, new, old: old, line: line)
        if let steps = values.steps { changed = try graph.setSteps(id, steps, isNew: !existed) || changed }
        if let tools = header.cell(.tools, in: fields) {
            changed = try graph.setTools(id, Set(CellValue.list(tools)), isNew: !existed) || changed
        }
        if let contacts = header.cell(.contact, in: fields) {
            let me = EdgeRule.End(id: id, kind: .group, side: .external)
            var keys: [Int64] = []
            for contact in CellValue.list(contacts) {
                var source = NodeID.normalize(contact)
                if try graph.entry(source) == nil, try graph.entry(Slug.make(contact))?.kind == .unit {
                    source = Slug.make(contact)  // a unit given by its path
                }
                if let key = try refer(
                    source, from: me, kind: .contactFor, incoming: true, line: line, column: header.title(.contact))
                {
                    keys.append(key)
                }
            }
            changed = try setLinks(of: group, .contactFor, incoming: true, to: keys, existed: existed) || changed
        }
        if changed { touched.insert(group.key) }
    }

    func importRole(_ record: CSVRecord) throws {
        let fields = record.fields
        let line = record.line
        guard let (name, id, old) = try claimNamedRow(record, as: .role) else { return }
        let required = header.cell(.required, in: fields).flatMap {
            value(CellValue.yesNo($0, column: header.title(.required)), line: line)
        }
        if header.cell(.required, in: fields) != nil && required == nil {
            unclaimedWrite(id, line: line)
            return
        }
        var new = old?.node ?? NodeAttributes(kind: .role, side: .internal, name: name, required: false)
        new.name = name
        if let required { new.required = required }
        if let notes = header.rawCell(.notes, in: fields) { new.notes = notes }
        let (role, changed) = try write(id, new, old: old, line: line)
        if changed { touched.insert(role.key) }
    }

    func importLink(_ record: CSVRecord) throws {
        let fields = record.fields
        let line = record.line
        let problemsBefore = issueCount
        let source = header.cell(.source, in: fields)
        let target = header.cell(.target, in: fields)
        if source == nil { report(line, .sourceEmpty(column: header.title(.source))) }
        if target == nil { report(line, .targetEmpty(column: header.title(.target))) }
        var kind = EdgeKind.influences
        if let text = header.cell(.kind, in: fields) {
            if let parsed = EdgeKind(input: text) {
                kind = parsed
            } else {
                report(line, .notALinkKind(column: header.title(.kind), value: text))
            }
        }
        let weight = header.cell(.weight, in: fields).flatMap {
            value(CellValue.score($0, column: header.title(.weight)), line: line)
        }
        guard issueCount == problemsBefore, let source, let target else { return }
        var sourceID = NodeID.normalize(source)
        var targetID = NodeID.normalize(target)
        let key = "\(sourceID) -> \(targetID) (\(kind.rawValue))"
        if let first = claimedLinks[key] {
            report(line, .duplicateLink(key, first: Int(first), line: line))
            return
        }
        claimedLinks[key] = Int32(clamping: line)
        var sourceEntry = try graph.entry(sourceID)
        var targetEntry = try graph.entry(targetID)
        var ambiguous = (source: false, target: false)
        if sourceEntry == nil, let named = try node(named: source, line: line, column: header.title(.source)) {
            if case .one(let id, let entry) = named { (sourceID, sourceEntry) = (id, entry) }
            ambiguous.source = if case .ambiguous = named { true } else { false }
        }
        if targetEntry == nil, let named = try node(named: target, line: line, column: header.title(.target)) {
            if case .one(let id, let entry) = named { (targetID, targetEntry) = (id, entry) }
            ambiguous.target = if case .ambiguous = named { true } else { false }
        }
        if sourceEntry == nil, !ambiguous.source {
            report(line, try unknownReference(sourceID, column: header.title(.source)))
        }
        if targetEntry == nil, !ambiguous.target {
            report(line, try unknownReference(targetID, column: header.title(.target)))
        }
        guard let sourceEntry, let targetEntry else { return }
        if let problem = EdgeRule.check(
            kind, from: EdgeRule.End(id: sourceID, kind: sourceEntry.kind, side: sourceEntry.side),
            to: EdgeRule.End(id: targetID, kind: targetEntry.kind, side: targetEntry.side))
        {
            report(line, .linkNotAllowed(column: header.title(.target), problem))
            return
        }
        switch try graph.writeLink(
            sourceEntry.key, kind, targetEntry.key, weight: weight, note: header.rawCell(.note, in: fields))
        {
        case .added: summary.added += 1
        case .updated: summary.updated += 1
        case .unchanged: break
        }
        if options.sync {
            try syncLink(sourceEntry.key, kind, targetEntry.key, weight: weight, note: header.rawCell(.note, in: fields))
        }
    }

    /// Unwraps a cell value, reporting the problem at `line` when it fails.
    func value<T>(_ result: Result<T, CellProblem>, line: Int) -> T? {
        switch result {
        case .success(let value): return value
        case .failure(let problem):
            report(line, problem.problem)
            return nil
        }
    }
}
