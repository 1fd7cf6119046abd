/// The edit commands that change one node's steps, one link, or
/// remove nodes: each one change through the graph's writer, all or nothing,
/// recorded as one change set when it changed anything.
public enum GraphEditor {
    /// Adds (`involve`) or removes steps; `steps` as written (`all`, Dutch names).
    public static func involve(
        _ store: StakeMapStore, _ reference: String, steps words: [String], remove: Bool = false, dryRun: Bool = false
    ) throws -> EditMessage {
        let steps = try parseSteps(words)
        return try edit(store, dryRun: dryRun) { graph in
            let (id, entry) = try NodeReference.resolve(reference, kinds: [.person, .unit, .group], in: graph)
            let before = try graph.steps(of: id)
            let after = remove ? before.subtracting(steps) : before.union(steps)
            try graph.setSteps(id, after)
            let label = try describe(id, entry, graph)
            if before == after { return .involvedAlready(label, steps: ordered(steps), removing: remove) }
            return .involved(label, now: ordered(after))
        }
    }

    /// Adds a link, or updates the weight and note of the one there is.
    public static func link(
        _ store: StakeMapStore, _ sourceReference: String, kind word: String, _ targetReference: String,
        weight weightText: String? = nil, note: String? = nil, dryRun: Bool = false
    ) throws -> EditMessage {
        let kind = try parseKind(word)
        let weight = try weightText.map { text in
            guard let value = Int(text), (1...5).contains(value) else {
                throw StakeMapError.editRefused(.badWeight(text))
            }
            return value
        }
        return try edit(store, dryRun: dryRun) { graph in
            let (sourceID, source) = try NodeReference.resolve(sourceReference, in: graph)
            let (targetID, target) = try NodeReference.resolve(targetReference, in: graph)
            if let problem = EdgeRule.check(
                kind, from: EdgeRule.End(id: sourceID, kind: source.kind, side: source.side),
                to: EdgeRule.End(id: targetID, kind: target.kind, side: target.side))
            {
                throw StakeMapError.editRefused(.linkRule(problem))
            }
            let change = try graph.writeLink(source.key, kind, target.key, weight: weight, note: note)
            let edit: LinkEdit =
                switch change {
                case .added: .added
                case .updated: .updated
                case .unchanged: .unchanged
                }
            return .link(edit, source: sourceID, kind: kind, target: targetID)
        }
    }

    /// Removes a link; one that does not exist is an error.
    public static func unlink(
        _ store: StakeMapStore, _ sourceReference: String, kind word: String, _ targetReference: String,
        dryRun: Bool = false
    ) throws -> EditMessage {
        let kind = try parseKind(word)
        return try edit(store, dryRun: dryRun) { graph in
            let (sourceID, source) = try NodeReference.resolve(sourceReference, in: graph)
            let (targetID, target) = try NodeReference.resolve(targetReference, in: graph)
            guard try graph.removeLink(source.key, kind, target.key) else {
                throw StakeMapError.editRefused(.noSuchLink(source: sourceID, kind: kind, target: targetID))
            }
            return .link(.removed, source: sourceID, kind: kind, target: targetID)
        }
    }

    /// Removes nodes with their links, steps and tools. A unit with sub-units or
    /// members is refused unless `cascade`, which removes its sub-units too
    /// (people are never removed along: they lose the unit).
    public static func remove(
        _ store: StakeMapStore, _ references: [String], cascade: Bool = false, dryRun: Bool = false
    ) throws -> EditMessage {
        try edit(store, dryRun: dryRun) { graph in
            var removed: [NodeLabel] = []
            var subUnits = 0
            var links = 0
            for reference in references {
                let (id, entry) = try NodeReference.resolve(reference, in: graph)
                let label = try describe(id, entry, graph)
                if entry.kind == .unit && !cascade {
                    let inside = try graph.links(of: entry.key, incoming: true).filter { $0.kind == .memberOf }
                    let units = try inside.filter { try graph.node(key: $0.other)?.kind == .unit }.count
                    if !inside.isEmpty {
                        throw StakeMapError.editRefused(.unitNotEmpty(label, members: inside.count - units, subUnits: units))
                    }
                }
                removed.append(label)
                for unit in try Self.subUnits(of: entry, graph).reversed() {
                    guard let node = try graph.node(key: unit.key) else { continue }
                    links += try graph.remove(node.id, unit)
                    subUnits += 1
                }
                links += try graph.remove(id, entry)
            }
            return .removed(removed, subUnits: subUnits, links: links)
        }
    }

    // MARK: Shared

    /// Runs one edit as one change; its summary gets the dry-run note.
    static func edit(_ store: StakeMapStore, dryRun: Bool, _ body: (GraphWriter) throws -> EditMessage) throws
        -> EditMessage
    {
        let summary: EditMessage
        do {
            summary = try store.change { graph in
                (try body(graph), dryRun ? ChangeOutcome.rollback : .commit)
            }
        } catch StakeMapError.unknownReference(let message) {
            throw StakeMapError.editRefused(.reference(message))
        }
        return dryRun ? .dryRun(summary) : summary
    }

    /// Every unit nested in `unit`, parents before children.
    static func subUnits(of unit: GraphWriter.Entry, _ graph: GraphWriter) throws -> [GraphWriter.Entry] {
        guard unit.kind == .unit else { return [] }
        var found: [GraphWriter.Entry] = []
        var queue = [unit.key]
        while let key = queue.popLast() {
            for link in try graph.links(of: key, incoming: true) where link.kind == .memberOf {
                guard let node = try graph.node(key: link.other), node.kind == .unit,
                    let entry = try graph.entry(node.id)
                else { continue }
                found.append(entry)
                queue.append(entry.key)
            }
        }
        return found
    }

    static func describe(_ id: String, _ entry: GraphWriter.Entry, _ graph: GraphWriter) throws -> NodeLabel {
        NodeLabel(name: try graph.attributes(of: entry, id: id).name, kind: entry.kind, side: entry.side)
    }

    static func parseSteps(_ words: [String]) throws -> Set<InvolvementStep> {
        guard !words.isEmpty else { throw StakeMapError.editRefused(.noSteps) }
        var steps: Set<InvolvementStep> = []
        for word in words.flatMap({ CellValue.list($0) }) {
            if word.lowercased() == "all" || word.lowercased() == "alle" {
                steps.formUnion(InvolvementStep.allCases)
            } else if let step = InvolvementStep(input: word) {
                steps.insert(step)
            } else {
                throw StakeMapError.editRefused(.notAStep(word, allowsAll: true))
            }
        }
        return steps
    }

    static func parseKind(_ word: String) throws -> EdgeKind {
        guard let kind = EdgeKind(input: word) else {
            throw StakeMapError.editRefused(.notALinkKind(word))
        }
        return kind
    }

    static func ordered(_ steps: Set<InvolvementStep>) -> [InvolvementStep] {
        InvolvementStep.allCases.filter(steps.contains)
    }
}
