/// `rename` and `merge`: a node under a new name (a unit under a
/// new path, with everything nested in it), and two nodes made one.
extension GraphEditor {
    /// Renames a node. A person keeps its id; a unit, group or role takes the
    /// slug of its new name. A unit's new name is a path (`Gemeente Oss/Mobiliteit`)
    /// or, without `/`, a new last level under the same parent.
    public static func rename(_ store: StakeMapStore, _ reference: String, to newName: String, dryRun: Bool = false)
        throws -> EditMessage
    {
        guard let name = CellValue.trimmed(newName) else { throw StakeMapError.editRefused(.emptyName) }
        return try edit(store, dryRun: dryRun) { graph in
            let (id, entry) = try NodeReference.resolve(reference, in: graph)
            let stored = try graph.attributes(of: entry, id: id)
            let label = NodeLabel(name: stored.name, kind: entry.kind, side: entry.side)
            switch entry.kind {
            case .person:
                guard stored.name != name else { return .sameName(label) }
                var node = stored
                node.name = name
                try graph.update(id, entry, to: node)
                return .renamedPerson(label, name: name, id: id)
            case .group, .role:
                let newID = Slug.make(name)
                guard !newID.isEmpty else {
                    throw StakeMapError.editRefused(.noLettersForID(name, option: false))
                }
                guard stored.name != name || newID != id else { return .sameName(label) }
                try refuseTaken(newID, by: id, graph)
                var node = stored
                node.name = name
                if newID == id { try graph.update(id, entry, to: node) } else {
                    _ = try graph.changeID(id, entry, to: newID, attributes: node)
                }
                return .renamed(label, name: name, id: newID)
            case .unit:
                let oldPath = stored.path ?? stored.name
                let newPath = name.contains("/") ? name : parentPath(of: oldPath).map { $0 + "/" + name } ?? name
                let moved = try moveUnit(id, entry, from: oldPath, to: newPath, graph)
                guard moved > 0 else { return .samePath(label) }
                return .renamedUnit(
                    from: oldPath, to: normalizedPath(newPath) ?? newPath, id: Slug.make(newPath), subUnits: moved - 1)
            }
        }
    }

    /// Makes `reference` one with `target`: unset attributes of the target are
    /// filled from the first, steps and tools united, every link moved (a link
    /// that would exist twice keeps the higher weight; one between the two
    /// disappears), a unit's members and sub-units moved along; then the first
    /// is removed.
    public static func merge(_ store: StakeMapStore, _ reference: String, into target: String, dryRun: Bool = false)
        throws -> EditMessage
    {
        try edit(store, dryRun: dryRun) { graph in
            let (fromID, from) = try NodeReference.resolve(reference, in: graph)
            let (intoID, into) = try NodeReference.resolve(target, in: graph)
            let first = try graph.attributes(of: from, id: fromID)
            var second = try graph.attributes(of: into, id: intoID)
            // Two of one name (the usual merge of a person) are told apart by id.
            let sameName = first.name == second.name
            let fromLabel = NodeLabel(name: first.name, kind: from.kind, side: from.side, shownID: sameName ? fromID : nil)
            let intoLabel = NodeLabel(name: second.name, kind: into.kind, side: into.side, shownID: sameName ? intoID : nil)
            guard fromID != intoID else { throw StakeMapError.editRefused(.mergeIntoItself(fromLabel)) }
            guard from.kind == into.kind else { throw StakeMapError.editRefused(.mergeKinds(fromLabel, into: intoLabel)) }
            guard from.side == into.side else {
                throw StakeMapError.editRefused(.mergeSides(fromLabel, into: intoLabel, id: fromID))
            }
            if from.kind == .unit, let path = second.path, let firstPath = first.path, path.hasPrefix(firstPath + "/") {
                throw StakeMapError.editRefused(.mergeIntoSubUnit(fromLabel, into: intoLabel))
            }
            second.power = second.power ?? first.power
            second.interest = second.interest ?? first.interest
            second.legitimacy = second.legitimacy ?? first.legitimacy
            second.urgency = second.urgency ?? first.urgency
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
            return .merged(fromLabel, into: intoLabel, links: moved, subUnits: movedUnits, dropped: max(dropped, 0))
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
            throw StakeMapError.editRefused(.emptyPathLevel(text))
        }
        if newPath == oldPath { return 0 }
        if newPath.hasPrefix(oldPath + "/") {
            throw StakeMapError.editRefused(.moveIntoItself(newPath: newPath, oldPath: oldPath))
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
                throw StakeMapError.editRefused(.pathLevelWithoutLetters(unit.path))
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
                throw StakeMapError.editRefused(.pathIDTaken(path: path, id: id, kind: known.kind))
            }
            guard known.side == side else {
                throw StakeMapError.editRefused(.pathSideDiffers(path: path, side: known.side))
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
        throw StakeMapError.editRefused(.idOfOther(newID: newID, name: name, kind: other.kind, id: id))
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
