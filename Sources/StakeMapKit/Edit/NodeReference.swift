/// A node named by a command or a reference cell of a file: by id, or by name.
/// An id is tried first (with `@` lowercased); otherwise the
/// nodes of a fitting kind whose name has the same slug are the candidates.
public enum NodeReference {
    /// The node `text` names, of one of `kinds` (nil: any kind).
    public static func resolve(
        _ text: String, kinds: Set<NodeKind>? = nil, in graph: GraphWriter
    ) throws -> (id: String, entry: GraphWriter.Entry) {
        let id = try resolve(text, kinds: kinds, kindOf: { try graph.entry($0)?.kind }, names: graph.allNames)
        guard let entry = try graph.entry(id) else { throw StakeMapError.unknownNode(id: id) }
        return (id, entry)
    }

    /// The id of the node `text` names: `kindOf` gives the kind of the node
    /// with an id (nil: none), `names` every node's id, kind and name.
    public static func resolve(
        _ text: String, kinds: Set<NodeKind>? = nil, kindOf: (String) throws -> NodeKind?,
        names: () throws -> [(id: String, kind: NodeKind, name: String)]
    ) throws -> String {
        let id = NodeID.normalize(text)
        if let kind = try kindOf(id) {
            if let kinds, !kinds.contains(kind) {
                throw StakeMapError.unknownReference(
                    .wrongKind(id: id, kind: kind, wanted: NodeKind.allCases.filter(kinds.contains)))
            }
            return id
        }
        // A unit's id is the slug of its path, a group's or role's of its name.
        let slug = Slug.make(text)
        if slug != id, !slug.isEmpty, let kind = try kindOf(slug), kind != .person, kinds?.contains(kind) ?? true {
            return slug
        }
        let nodes = try names().filter { kinds?.contains($0.kind) ?? true }
        let matches = slug.isEmpty ? [] : nodes.filter { Slug.make($0.name) == slug }
        if matches.count == 1 { return matches[0].id }
        if matches.count > 1 {
            throw StakeMapError.unknownReference(.ambiguousName(text, ids: matches.map(\.id).sorted()))
        }
        let near = suggestions(for: text, among: nodes)
        throw StakeMapError.unknownReference(
            .noSuchNode(text, kinds: NodeKind.allCases.filter { kinds?.contains($0) ?? false }, suggestions: near))
    }

    /// Up to three nodes whose id or name is closest to `text` (edit distance),
    /// written `id (name)`.
    static func suggestions(for text: String, among nodes: [(id: String, kind: NodeKind, name: String)]) -> [String] {
        let wanted = Array(NodeID.normalize(text).lowercased())
        let slug = Array(Slug.make(text))
        var scored: [(distance: Int, label: String)] = []
        for node in nodes {
            let byID = distance(wanted, Array(node.id), atMost: wanted.count / 3 + 1)
            let byName = distance(slug, Array(Slug.make(node.name)), atMost: slug.count / 3 + 1)
            guard let best = [byID, byName].compactMap({ $0 }).min() else { continue }
            scored.append((best, node.id == node.name ? node.id : "\(node.id) (\(node.name))"))
        }
        return scored.sorted { ($0.distance, $0.label) < ($1.distance, $1.label) }.prefix(3).map(\.label)
    }

    /// Levenshtein distance, or nil when it is more than `limit`.
    static func distance(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
