import Foundation

/// One handler per file kind: read the row's cells, write the node, stage its edges.
extension ImportSession {
    func importPerson(_ record: CSVRecord) throws {
        let fields = record.fields
        let line = record.line
        guard let name = header.cell(.name, in: fields) else {
            report(line, "column \"\(header.title(.name))\": the name is empty; every person needs a name")
            return
        }
        let email = header.cell(.email, in: fields)
        let (id, hint) = Self.personID(fields, header)!
        if id.isEmpty {  // only a slug of the name can be empty
            report(
                line,
                "column \"\(header.title(.name))\": \"\(name)\" has no latin letters or digits to make an id from; "
                    + "add an id column (or an email) for this person")
            return
        }
        let old = try storedNode(id)
        if let old, old.kind != .person {
            report(line, "id \"\(id)\" is already a \(old.kind.rawValue) in the database; ids are unique across kinds")
            return
        }
        guard try claim(id, line: line, existed: old != nil, hint: hint) else { return }
        let problemsBefore = issueCount
        let side = header.cell(.side, in: fields).flatMap { value(CellValue.side($0, column: header.title(.side)), line: line) }
        let power = header.cell(.power, in: fields).flatMap { value(CellValue.score($0, column: header.title(.power)), line: line) }
        let interest = header.cell(.interest, in: fields).flatMap {
            value(CellValue.score($0, column: header.title(.interest)), line: line)
        }
        let level = header.cell(.level, in: fields).flatMap { value(CellValue.level($0, column: header.title(.level)), line: line) }
        let steps = header.cell(.steps, in: fields).flatMap { value(CellValue.steps($0, column: header.title(.steps)), line: line) }
        guard issueCount == problemsBefore else { return }
        let existed = old != nil
        let personSide = side ?? old?.side ?? .internal

        var new = old ?? StoredNode(kind: .person, side: personSide, name: name)
        new.side = personSide
        new.name = name
        if let power { new.power = power }
        if let interest { new.interest = interest }
        if let level { new.level = level.rawValue }
        if let email { new.email = email }
        if let notes = header.rawCell(.notes, in: fields) { new.notes = notes }
        var changed = try write(id, new, old: old)
        if let steps { changed = try replaceSteps(id, steps, existed: existed) || changed }
        if changed { try touch(id) }

        if let unit = header.cell(.unit, in: fields),
            let unitID = try resolveUnit(unit, side: personSide, line: line, column: header.title(.unit))
        {
            try link(line: line, owner: id, target: unitID, kind: .memberOf, existed: existed)
            if existed { try replaceEdges(of: id, kind: .memberOf, targetKind: .unit) }
        }
        if let roles = header.cell(.roles, in: fields) {
            for role in CellValue.list(roles) {
                if let roleID = try resolveNamed(role, as: .role, line: line, column: header.title(.roles)) {
                    try link(line: line, owner: id, target: roleID, kind: .hasRole, existed: existed)
                }
            }
            if existed { try replaceEdges(of: id, kind: .hasRole) }
        }
        if let groups = header.cell(.groups, in: fields) {
            for group in CellValue.list(groups) {
                if let groupID = try resolveNamed(group, as: .group, line: line, column: header.title(.groups)) {
                    try link(line: line, owner: id, target: groupID, kind: .memberOf, existed: existed)
                }
            }
            if existed { try replaceEdges(of: id, kind: .memberOf, targetKind: .group) }
        }
        if let groups = header.cell(.contactFor, in: fields) {
            try stageContacts(groups, owner: id, side: personSide, what: "person", line: line, existed: existed)
        }
        if let targets = header.cell(.influences, in: fields) {
            for target in CellValue.list(targets) {
                try refer(
                    line: line, person: id, target: NodeID.normalize(target), kind: .influences,
                    column: header.title(.influences), existed: existed)
            }
            if existed { try replaceEdges(of: id, kind: .influences) }
        }
        if let manager = header.cell(.reportsTo, in: fields) {
            try refer(
                line: line, person: id, target: NodeID.normalize(manager), kind: .reportsTo,
                column: header.title(.reportsTo), existed: existed)
            if existed { try replaceEdges(of: id, kind: .reportsTo) }
        }
    }

    /// A `contact_for` cell of a person or unit: the target groups it is responsible for.
    private func stageContacts(
        _ cell: String, owner: String, side: Side, what: String, line: Int, existed: Bool
    ) throws {
        let column = header.title(.contactFor)
        guard side == .internal else {
            report(
                line,
                "column \"\(column)\": only internal people and units can be the contact for a target group, "
                    + "and this \(what) is external")
            return
        }
        for group in CellValue.list(cell) {
            if let groupID = try resolveNamed(group, as: .group, line: line, column: column) {
                try link(line: line, owner: owner, target: groupID, kind: .contactFor, existed: existed)
            }
        }
        if existed { try replaceEdges(of: owner, kind: .contactFor) }
    }

    func importUnitRow(_ record: CSVRecord) throws {
        let fields = record.fields
        let line = record.line
        guard let path = header.cell(.unit, in: fields) else {
            report(line, "column \"\(header.title(.unit))\": the unit path is empty; write it as Organisation/Department")
            return
        }
        let problemsBefore = issueCount
        let side = header.cell(.side, in: fields).flatMap { value(CellValue.side($0, column: header.title(.side)), line: line) }
        let power = header.cell(.power, in: fields).flatMap { value(CellValue.score($0, column: header.title(.power)), line: line) }
        let interest = header.cell(.interest, in: fields).flatMap {
            value(CellValue.score($0, column: header.title(.interest)), line: line)
        }
        let level = header.cell(.level, in: fields).flatMap { value(CellValue.level($0, column: header.title(.level)), line: line) }
        let steps = header.cell(.steps, in: fields).flatMap { value(CellValue.steps($0, column: header.title(.steps)), line: line) }
        guard issueCount == problemsBefore else { return }

        let candidate = try knownKind(path)?.kind == .unit ? path : Slug.make(path)
        let old = try storedNode(candidate)
        if let old, old.kind != .unit {
            report(line, "column \"\(header.title(.unit))\": \"\(path)\" gives the id \"\(candidate)\", which is already a \(old.kind.rawValue)")
            return
        }
        if let old, let side, side != old.side {
            report(
                line,
                "column \"\(header.title(.side))\": the unit \"\(old.path ?? path)\" is \(old.side.rawValue) in the database, "
                    + "but this row says \(side.rawValue); a unit has one side")
            return
        }
        let unitSide = side ?? old?.side ?? .internal
        guard let id = try resolveUnit(path, side: unitSide, line: line, column: header.title(.unit)) else { return }
        guard try claim(id, line: line, existed: old != nil) else { return }
        let existed = old != nil
        if !existed { summary.unitsCreated -= 1 }  // counted as added instead
        guard var new = try storedNode(id) else { return }
        let before = new
        if let power { new.power = power }
        if let interest { new.interest = interest }
        if let level { new.level = level.rawValue }
        if let notes = header.rawCell(.notes, in: fields) { new.notes = notes }
        var changed = try write(id, new, old: before) && existed
        if let steps { changed = try replaceSteps(id, steps, existed: true) && existed || changed }
        if let tools = header.cell(.tools, in: fields) {
            changed = try replaceTools(id, CellValue.list(tools), existed: true) && existed || changed
        }
        if changed { try touch(id) }
        if let groups = header.cell(.contactFor, in: fields) {
            try stageContacts(groups, owner: id, side: unitSide, what: "unit", line: line, existed: existed)
        }
    }

    /// The id of a group or role row: the `id` cell must equal the slug of the
    /// name, unless the name has no slug (then any id is accepted).
    private func namedRowID(_ fields: [String], name: String, line: Int) -> String? {
        let slug = Slug.make(name)
        if let given = header.cell(.id, in: fields) {
            let id = NodeID.normalize(given)
            if !slug.isEmpty && id != slug {
                report(
                    line,
                    "column \"\(header.title(.id))\": \"\(given)\" does not match the name \"\(name)\"; "
                        + "the id must be \"\(slug)\" (or leave it empty)")
                return nil
            }
            return id
        }
        if slug.isEmpty {
            report(
                line,
                "column \"\(header.title(.name))\": \"\(name)\" has no latin letters or digits to make an id from; "
                    + "fill in the id column")
            return nil
        }
        return slug
    }

    /// The start of a groups or roles row: its name, its id (see ``namedRowID``)
    /// and what is stored under that id; nil when the row is wrong (reported).
    private func claimNamedRow(_ record: CSVRecord, as kind: NodeKind, what: String) throws
        -> (name: String, id: String, old: StoredNode?)?
    {
        guard let name = header.cell(.name, in: record.fields) else {
            report(record.line, "column \"\(header.title(.name))\": the name is empty; every \(what) needs a name")
            return nil
        }
        guard let id = namedRowID(record.fields, name: name, line: record.line) else { return nil }
        let old = try storedNode(id)
        if let old, old.kind != kind {
            report(
                record.line,
                "id \"\(id)\" is already a \(old.kind.rawValue) in the database; ids are unique across kinds")
            return nil
        }
        guard try claim(id, line: record.line, existed: old != nil) else { return nil }
        return (name, id, old)
    }

    func importGroup(_ record: CSVRecord) throws {
        let fields = record.fields
        let line = record.line
        guard let (name, id, old) = try claimNamedRow(record, as: .group, what: "target group") else { return }
        let problemsBefore = issueCount
        let power = header.cell(.power, in: fields).flatMap { value(CellValue.score($0, column: header.title(.power)), line: line) }
        let interest = header.cell(.interest, in: fields).flatMap {
            value(CellValue.score($0, column: header.title(.interest)), line: line)
        }
        let level = header.cell(.level, in: fields).flatMap { value(CellValue.level($0, column: header.title(.level)), line: line) }
        let steps = header.cell(.steps, in: fields).flatMap { value(CellValue.steps($0, column: header.title(.steps)), line: line) }
        guard issueCount == problemsBefore else { return }
        let existed = old != nil
        var new = old ?? StoredNode(kind: .group, side: .external, name: name)
        new.name = name
        if let power { new.power = power }
        if let interest { new.interest = interest }
        if let level { new.level = level.rawValue }
        if let notes = header.rawCell(.notes, in: fields) { new.notes = notes }
        var changed = try write(id, new, old: old)
        if !existed { knownSmallNodes[id] = (.group, .external, key(of: id)) }
        if let steps { changed = try replaceSteps(id, steps, existed: existed) || changed }
        if let tools = header.cell(.tools, in: fields) {
            changed = try replaceTools(id, CellValue.list(tools), existed: existed) || changed
        }
        if changed { try touch(id) }
        if let contacts = header.cell(.contact, in: fields) {
            for contact in CellValue.list(contacts) {
                var source = NodeID.normalize(contact)
                if try knownKind(source) == nil, try knownKind(Slug.make(contact))?.kind == .unit {
                    source = Slug.make(contact)  // a unit given by its path
                }
                try stage(
                    line: line, owner: id, source: source, target: id, kind: .contactFor,
                    sourceColumn: header.title(.contact))
            }
            if existed { try replaceEdges(of: id, kind: .contactFor, incoming: true) }
        }
    }

    func importRole(_ record: CSVRecord) throws {
        let fields = record.fields
        let line = record.line
        guard let (name, id, old) = try claimNamedRow(record, as: .role, what: "role") else { return }
        let required = header.cell(.required, in: fields).flatMap {
            value(CellValue.yesNo($0, column: header.title(.required)), line: line)
        }
        if header.cell(.required, in: fields) != nil && required == nil { return }
        var new = old ?? StoredNode(kind: .role, side: .internal, name: name, required: 0)
        new.name = name
        if let required { new.required = required ? 1 : 0 }
        if let notes = header.rawCell(.notes, in: fields) { new.notes = notes }
        if try write(id, new, old: old) { try touch(id) }
        if old == nil { knownSmallNodes[id] = (.role, .internal, key(of: id)) }
    }

    func importLink(_ record: CSVRecord) throws {
        let fields = record.fields
        let line = record.line
        let problemsBefore = issueCount
        let source = header.cell(.source, in: fields)
        let target = header.cell(.target, in: fields)
        if source == nil { report(line, "column \"\(header.title(.source))\": the source is empty; give the id of a node") }
        if target == nil { report(line, "column \"\(header.title(.target))\": the target is empty; give the id of a node") }
        var kind = EdgeKind.influences
        if let text = header.cell(.kind, in: fields) {
            if let parsed = EdgeKind(input: text) {
                kind = parsed
            } else {
                report(
                    line,
                    "column \"\(header.title(.kind))\": \"\(text)\" is not a link kind; use influences, member_of, "
                        + "has_role, reports_to or contact_for")
            }
        }
        let weight = header.cell(.weight, in: fields).flatMap {
            value(CellValue.score($0, column: header.title(.weight)), line: line)
        }
        guard issueCount == problemsBefore, let source, let target else { return }
        let sourceID = NodeID.normalize(source)
        let targetID = NodeID.normalize(target)
        let key = "\(sourceID) -> \(targetID) (\(kind.rawValue))"
        guard try claim(key, line: line, existed: false) else { return }
        try stage(
            line: line, owner: "", source: sourceID, target: targetID, kind: kind, weight: weight,
            note: header.rawCell(.note, in: fields), sourceColumn: header.title(.source),
            targetColumn: header.title(.target))
    }
}

extension StoredNode {
    init(kind: NodeKind, side: Side, name: String, required: Int? = nil) {
        self.init(
            kind: kind, side: side, name: name, power: nil, interest: nil, level: nil, email: nil, notes: nil,
            path: nil, required: required)
    }
}
