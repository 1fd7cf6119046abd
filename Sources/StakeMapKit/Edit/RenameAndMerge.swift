/// `rename` and `merge` (SPEC §6): a node under a new name (a unit under a
/// new path, with everything nested in it), and two nodes made one.
extension GraphEditor {
    /// Renames a node. A person keeps its id; a unit, group or role takes the
    /// slug of its new name. A unit's new name is a path (`Gemeente Oss/Mobiliteit`)
    /// or, without `/`, a new last level under the same parent.
    public static func rename(_ store: StakeMapStore, _ reference: String, to newName: String, dryRun: Bool = false)
        throws -> String
    {
        guard let name = CellValue.trimmed(newName) else {
            throw StakeMapError.editRefused("the new name is empty; give the name the node should have")
        }
        return try edit(store, dryRun: dryRun) { graph in
            let (id, entry) = try NodeReference.resolve(reference, in: graph)
            let stored = try graph.attributes(of: entry, id: id)
            let label = "\(stored.name) (\(entry.kind.rawValue))"
            switch entry.kind {
            case .person:
                guard stored.name != name else { return "\(label) already has this name; nothing to change" }
                var node = stored
                node.name = name
                try graph.update(id, entry, to: node)
                return "renamed \(label) to \(name); the id stays \(id)"
            case .group, .role:
                let newID = Slug.make(name)
                guard !newID.isEmpty else {
                    throw StakeMapError.editRefused("\"\(name)\" has no latin letters or digits to make an id from")
                }
                guard stored.name != name || newID != id else { return "\(label) already has this name; nothing to change" }
                try refuseTaken(newID, by: id, graph)
                var node = stored
                node.name = name
                if newID == id { try graph.update(id, entry, to: node) } else {
                    _ = try graph.changeID(id, entry, to: newID, attributes: node)
                }
                return "renamed \(label) to \(name) (id \(newID))"
            case .unit:
                let oldPath = stored.path ?? stored.name
                let newPath = name.contains("/") ? name : parentPath(of: oldPath).map { $0 + "/" + name } ?? name
                let moved = try moveUnit(id, entry, from: oldPath, to: newPath, graph)
                guard moved > 0 else { return "\(label) already has this path; nothing to change" }
                let nested = moved > 1 ? " with \(count(moved - 1, "sub-unit", "sub-units"))" : ""
                return "renamed \(oldPath) to \(normalizedPath(newPath) ?? newPath) (id \(Slug.make(newPath)))\(nested)"
            }
        }
    }

    /// Makes `reference` one with `target`: unset attributes of the target are
    /// filled from the first, steps and tools united, every link moved (a link
    /// that would exist twice keeps the higher weight; one between the two
    /// disappears), a unit's members and sub-units moved along; then the first
    /// is removed.
    public static func merge(_ store: StakeMapStore, _ reference: String, into target: String, dryRun: Bool = false)
        throws -> String
    {
        try edit(store, dryRun: dryRun) { graph in
            let (fromID, from) = try NodeReference.resolve(reference, in: graph)
            let (intoID, into) = try NodeReference.resolve(target, in: graph)
            let first = try graph.attributes(of: from, id: fromID)
            var second = try graph.attributes(of: into, id: intoID)
            // Two of one name (the usual merge of a person) are told apart by id.
            let (fromLabel, intoLabel) =
                first.name == second.name
                ? ("\(first.name) (\(fromID))", "\(second.name) (\(intoID))")
                : ("\(first.name) (\(from.kind.rawValue))", "\(second.name) (\(into.kind.rawValue))")
            guard fromID != intoID else { throw StakeMapError.editRefused("\(fromLabel) cannot be merged into itself") }
            guard from.kind == into.kind else {
                throw StakeMapError.editRefused(
                    "\(fromLabel) is a \(from.kind.rawValue) and \(intoLabel) a \(into.kind.rawValue); only nodes of one kind merge")
            }
            guard from.side == into.side else {
                throw StakeMapError.editRefused(
                    "\(fromLabel) is \(from.side.rawValue) and \(intoLabel) \(into.side.rawValue); only nodes of one side merge"
                        + (from.kind == .unit ? " (change a unit's side with `stakemap set \(fromID) --side …` first)" : ""))
            }
            if from.kind == .unit, let path = second.path, let firstPath = first.path, path.hasPrefix(firstPath + "/") {
                throw StakeMapError.editRefused("\(intoLabel) is nested in \(fromLabel); a unit cannot be merged into its own sub-unit")
            }
            second.power = second.power ?? first.power
            second.interest = second.interest ?? first.interest
            second.level = second.level ?? first.level
            second.email = second.email ?? first.email
            second.notes = second.notes ?? first.notes
            if from.kind == .role { second.required = (second.required ?? false) || (first.required ?? false) }
            try graph.update(intoID, into, to: second)
            try graph.setSteps(intoID, try graph.steps(of: intoID).union(graph.steps(of: fromID)))
            try graph.setTools(intoID, try graph.tools(of: intoID).union(graph.tools(of: fromID)))
            // Sub-units move by path, so that their paths and ids follow.
            var movedUnits = 0
            for link in try graph.links(of: from.key, incoming: true) where link.kind == .memberOf {
                guard let sub = try graph.node(key: link.other), sub.kind == .unit, let entry = try graph.entry(sub.id)
                else { continue }
                let subNode = try graph.attributes(of: entry, id: sub.id)
                let oldPath = subNode.path ?? subNode.name
                _ = try moveUnit(sub.id, entry, from: oldPath, to: (second.path ?? second.name) + "/" + subNode.name, graph)
                movedUnits += 1
            }
            var moved = 0
            for incoming in [false, true] {
                for link in try graph.links(of: from.key, incoming: incoming) where link.other != into.key {
                    if try moveLink(link, incoming: incoming, to: into, graph) { moved += 1 }
                }
            }
            let dropped = try graph.remove(fromID, from) - moved
            let between = dropped > 0 ? "; \(count(dropped, "link", "links")) that would be doubled or between the two went" : ""
            let units = movedUnits > 0 ? ", \(count(movedUnits, "sub-unit", "sub-units"))" : ""
            return "merged \(fromLabel) into \(intoLabel): \(count(moved, "link", "links"))\(units) moved\(between)"
        }
    }

    // MARK: Units by path

    /// Gives a unit a new path, and every unit nested in it the path under it;
    /// the missing parents of the new path are made. Returns how many units
    /// changed (0: the path was already this).
    static func moveUnit(_ id: String, _ entry: GraphWriter.Entry, from oldPath: String, to text: String, _ graph: GraphWriter)
        throws -> Int
    {
        guard let newPath = normalizedPath(text) else {
            throw StakeMapError.editRefused("\"\(text)\" has an empty level; write a path as Organisation/Department/Team")
        }
        if newPath == oldPath { return 0 }
        if newPath.hasPrefix(oldPath + "/") {
            throw StakeMapError.editRefused("\"\(newPath)\" lies inside \(oldPath) itself; a unit cannot be moved into itself")
        }
        var plan: [(id: String, entry: GraphWriter.Entry, path: String)] = [(id, entry, newPath)]
        for sub in try subUnits(of: entry, graph) {
            guard let node = try graph.node(key: sub.key) else { continue }
            let subPath = try graph.attributes(of: sub, id: node.id).path ?? node.id
            plan.append((node.id, sub, newPath + subPath.dropFirst(oldPath.count)))
        }
        let movingKeys = Set(plan.map(\.entry.key))
        for unit in plan {
            let newID = Slug.make(unit.path)
            if newID.isEmpty || unit.path.split(separator: "/").contains(where: { Slug.make(String($0)).isEmpty }) {
                throw StakeMapError.editRefused("\"\(unit.path)\" has a level without latin letters or digits to make an id from")
            }
            if let other = try graph.entry(newID), !movingKeys.contains(other.key) {
                try refuseTaken(newID, by: unit.id, graph)
            }
        }
        let parent = try parentPath(of: newPath).map { try parentUnit($0, side: entry.side, graph) }
        // When one moving unit takes the id another still has (Ruimte → "Ruimte
        // Verkeer" while Ruimte/Verkeer moves too), all first take an id no unit
        // can have (with a space); within one change set the journal keeps none of it.
        let currentIDs = Set(plan.map(\.id))
        if plan.contains(where: { Slug.make($0.path) != $0.id && currentIDs.contains(Slug.make($0.path)) }) {
            for (index, unit) in plan.enumerated() where Slug.make(unit.path) != unit.id {
                let temporary = "moving \(unit.entry.key)"
                let moved = try graph.changeID(
                    unit.id, unit.entry, to: temporary, attributes: try graph.attributes(of: unit.entry, id: unit.id))
                plan[index] = (temporary, moved, unit.path)
            }
        }
        for unit in plan {
            var node = try graph.attributes(of: unit.entry, id: unit.id)
            node.path = unit.path
            node.name = String(unit.path.split(separator: "/").last!)
            let newID = Slug.make(unit.path)
            if newID == unit.id { try graph.update(unit.id, unit.entry, to: node) } else {
                _ = try graph.changeID(unit.id, unit.entry, to: newID, attributes: node)
            }
        }
        try graph.replaceLinks(of: entry.key, .memberOf, otherKind: .unit, with: parent.map { [$0.key] } ?? [])
        return plan.count
    }

    /// The unit at `path`, made with its missing parents when there is none.
    static func parentUnit(_ path: String, side: Side, _ graph: GraphWriter) throws -> GraphWriter.Entry {
        let id = Slug.make(path)
        if let known = try graph.entry(id) {
            guard known.kind == .unit else {
                throw StakeMapError.editRefused("\"\(path)\" gives the id \"\(id)\", which is already a \(known.kind.rawValue)")
            }
            guard known.side == side else {
                throw StakeMapError.editRefused(
                    "the unit \"\(path)\" is \(known.side.rawValue), and a unit inside it must be too; a unit has one side")
            }
            return known
        }
        try importRow(.unit, [("unit", path), ("side", side.rawValue)], into: graph)
        guard let made = try graph.entry(id) else { throw StakeMapError.unknownNode(id: id) }
        return made
    }

    /// A path with every level trimmed; nil when a level is empty.
    static func normalizedPath(_ text: String) -> String? {
        let levels = text.split(separator: "/", omittingEmptySubsequences: false).map { CellValue.trimmed(String($0)) }
        guard levels.allSatisfy({ $0 != nil }) else { return nil }
        return levels.map { $0! }.joined(separator: "/")
    }

    static func parentPath(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }

    /// An error when `newID` is another node's id: the way to make them one is `merge`.
    static func refuseTaken(_ newID: String, by id: String, _ graph: GraphWriter) throws {
        guard newID != id, let other = try graph.entry(newID) else { return }
        let name = try graph.attributes(of: other, id: newID).name
        throw StakeMapError.editRefused(
            "the id \"\(newID)\" is already \(name) (\(other.kind.rawValue)); "
                + "to make the two one, use `stakemap merge \(id) --into \(newID)`")
    }

    /// Moves one link of the merged node to `into`; false when `into` already
    /// had it (it keeps the higher weight) or it is a second unit of a person
    /// (the one `into` has stays).
    static func moveLink(_ link: GraphWriter.LinkEnd, incoming: Bool, to into: GraphWriter.Entry, _ graph: GraphWriter)
        throws -> Bool
    {
        let (source, target) = incoming ? (link.other, into.key) : (into.key, link.other)
        if !incoming && link.kind == .memberOf, let other = try graph.node(key: link.other), other.kind == .unit {
            // A unit keeps its own place (its path); a person keeps its own unit.
            if into.kind == .unit { return false }
            let units = try graph.links(of: into.key, incoming: false).filter { $0.kind == .memberOf }
            if try units.contains(where: { try graph.node(key: $0.other)?.kind == .unit }) { return false }
        }
        let existing = try graph.links(of: source, incoming: false).first { $0.kind == link.kind && $0.other == target }
        guard let existing else {
            try graph.setLink(source, link.kind, target, weight: link.weight, note: link.note)
            return true
        }
        let weight = [existing.weight, link.weight].compactMap { $0 }.max()
        if weight != existing.weight || (existing.note == nil && link.note != nil) {
            try graph.setLink(source, link.kind, target, weight: weight, note: existing.note ?? link.note)
        }
        return false
    }
}
