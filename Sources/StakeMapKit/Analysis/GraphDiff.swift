/// What changed between two states of the graph (`diff`): nodes and
/// links added, removed and changed, who joined and left each step, and the
/// gaps opened and closed. Both states are read as `list` and `gaps` read the
/// project, so a node's record here is its `list --format json` record.
public struct GraphDiff: Sendable {
    public struct Change: Sendable {
        public var attribute: String
        public var from: JSONValue
        public var to: JSONValue
    }

    public struct ChangedNode: Sendable {
        public var id, kind, name: String
        public var changes: [Change]
    }

    public struct ChangedLink: Sendable {
        public var source, target, kind: String
        public var changes: [Change]
    }

    public struct Involvement: Sendable {
        public var step: InvolvementStep
        public var joined: [String]
        public var left: [String]
    }

    public var from: GraphState
    public var to: GraphState
    public var nodesAdded: [ListedRecord] = []
    public var nodesRemoved: [ListedRecord] = []
    public var nodesChanged: [ChangedNode] = []
    public var linksAdded: [ListedRecord] = []
    public var linksRemoved: [ListedRecord] = []
    public var linksChanged: [ChangedLink] = []
    /// The four steps in order, each with the ids that joined and left it.
    public var involvement: [Involvement] = []
    public var gapsOpened: [Gap] = []
    public var gapsClosed: [Gap] = []
    /// The names of the nodes of either state, for the table.
    public var names: [String: String] = [:]

    public var isEmpty: Bool {
        nodesAdded.isEmpty && nodesRemoved.isEmpty && nodesChanged.isEmpty && linksAdded.isEmpty
            && linksRemoved.isEmpty && linksChanged.isEmpty && gapsOpened.isEmpty && gapsClosed.isEmpty
    }

    /// Compares the graph of `from` with that of `to`, both rebuilt from the journal.
    public static func compute(_ store: StakeMapStore, from: GraphState, to: GraphState) throws -> GraphDiff {
        let clock = PhaseClock()
        let before = try store.store(of: from)
        let after = try store.store(of: to)
        clock.phase("diff: copy both states")
        var diff = GraphDiff(from: from, to: to)
        let (oldNodes, oldLinks) = try records(before)
        let (newNodes, newLinks) = try records(after)
        clock.phase("diff: read both states")
        for (id, record) in oldNodes.merging(newNodes, uniquingKeysWith: { old, _ in old }) {
            if case .string(let name) = record["name"] { diff.names[id] = name }
        }
        for id in Set(oldNodes.keys).union(newNodes.keys).sorted() {
            switch (oldNodes[id], newNodes[id]) {
            case (nil, let added?): diff.nodesAdded.append(added)
            case (let removed?, nil): diff.nodesRemoved.append(removed)
            case (let old?, let new?):
                let changes = Self.changes(old, new, leaving: ["id"])
                if !changes.isEmpty {
                    diff.nodesChanged.append(
                        ChangedNode(id: id, kind: Self.text(new["kind"]), name: Self.text(new["name"]), changes: changes))
                }
            default: break
            }
        }
        for key in Set(oldLinks.keys).union(newLinks.keys).sorted(by: {
            ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind)
        }) {
            switch (oldLinks[key], newLinks[key]) {
            case (nil, let added?): diff.linksAdded.append(added)
            case (let removed?, nil): diff.linksRemoved.append(removed)
            case (let old?, let new?):
                let changes = Self.changes(old, new, leaving: ["source", "target", "kind"])
                if !changes.isEmpty {
                    diff.linksChanged.append(ChangedLink(source: key.source, target: key.target, kind: key.kind, changes: changes))
                }
            default: break
            }
        }
        diff.involvement = InvolvementStep.allCases.map { step in
            let had = Set(oldNodes.filter { Self.steps($0.value).contains(step.rawValue) }.keys)
            let has = Set(newNodes.filter { Self.steps($0.value).contains(step.rawValue) }.keys)
            return Involvement(step: step, joined: has.subtracting(had).sorted(), left: had.subtracting(has).sorted())
        }
        clock.phase("diff: compare")
        let oldGaps = try GapFinder.run(before).gaps
        let newGaps = try GapFinder.run(after).gaps
        let oldKeys = Set(oldGaps.map { "\($0.rule) \($0.node)" })
        let newKeys = Set(newGaps.map { "\($0.rule) \($0.node)" })
        diff.gapsOpened = newGaps.filter { !oldKeys.contains("\($0.rule) \($0.node)") }
        diff.gapsClosed = oldGaps.filter { !newKeys.contains("\($0.rule) \($0.node)") }
        clock.phase("diff: gaps")
        return diff
    }

    /// Every node's record by id and every link's by source, target and kind.
    private static func records(_ store: StakeMapStore) throws -> (
        nodes: [String: ListedRecord], links: [LinkKey: ListedRecord]
    ) {
        try store.withSnapshot { snapshot in
            let listing = GraphListing(snapshot)
            var nodes: [String: ListedRecord] = [:]
            var links: [LinkKey: ListedRecord] = [:]
            for section in GraphListing.Section.allCases {
                try listing.forEachRecord(section) { record in
                    if section == .links {
                        links[LinkKey(text(record["source"]), text(record["target"]), text(record["kind"]))] = record
                    } else {
                        nodes[text(record["id"])] = record
                    }
                }
            }
            return (nodes, links)
        }
    }

    private struct LinkKey: Hashable {
        let source, target, kind: String
        init(_ source: String, _ target: String, _ kind: String) { (self.source, self.target, self.kind) = (source, target, kind) }
    }

    private static func changes(_ old: ListedRecord, _ new: ListedRecord, leaving same: Set<String>) -> [Change] {
        // Records of one kind list their fields in one order: most are equal as a whole.
        if old.fields.count == new.fields.count,
            zip(old.fields, new.fields).allSatisfy({ $0.0 == $1.0 && $0.1 == $1.1 })
        {
            return []
        }
        let names = Set(old.fields.map(\.0)).union(new.fields.map(\.0)).subtracting(same).sorted()
        return names.compactMap { name in
            let (from, to) = (old[name] ?? .null, new[name] ?? .null)
            return from == to ? nil : Change(attribute: name, from: from, to: to)
        }
    }

    private static func steps(_ record: ListedRecord) -> [String] {
        guard case .array(let values) = record["steps"] else { return [] }
        return values.map { text($0) }
    }

    static func text(_ value: JSONValue?) -> String {
        if case .string(let text) = value { return text }
        return ""
    }
}
