/// `set UNIT --side S`: a unit goes to the other side with its
/// sub-units and their people, refused when a link of one of them would break
/// a rule (an internal contact for a group would become external).
extension GraphEditor {
    /// Moves the unit and everything in it to `side`; returns how many nodes moved.
    static func moveSide(_ id: String, _ entry: GraphWriter.Entry, to side: Side, _ graph: GraphWriter) throws -> Int {
        let label = try describe(id, entry, graph)
        for link in try graph.links(of: entry.key, incoming: false) where link.kind == .memberOf {
            if let parent = try graph.node(key: link.other), parent.kind == .unit {
                throw StakeMapError.editRefused(.nestedUnitSide(label, parent: parent.id, side: entry.side, id: id))
            }
        }
        var moving: [(id: String, entry: GraphWriter.Entry)] = [(id, entry)]
        for unit in [entry] + (try subUnits(of: entry, graph)) {
            guard let node = try graph.node(key: unit.key) else { continue }
            if unit.key != entry.key { moving.append((node.id, unit)) }
            for member in try graph.links(of: unit.key, incoming: true) where member.kind == .memberOf {
                guard let person = try graph.node(key: member.other), person.kind == .person,
                    let personEntry = try graph.entry(person.id)
                else { continue }
                moving.append((person.id, personEntry))
            }
        }
        let keys = Dictionary(moving.map { ($0.entry.key, $0) }, uniquingKeysWith: { first, _ in first })
        // Every link that touches a moving node, checked with the sides it will have.
        func end(_ key: Int64) throws -> EdgeRule.End? {
            if let node = keys[key] { return EdgeRule.End(id: node.id, kind: node.entry.kind, side: side) }
            guard let other = try graph.node(key: key), let entry = try graph.entry(other.id) else { return nil }
            return EdgeRule.End(id: other.id, kind: entry.kind, side: entry.side)
        }
        for node in moving {
            for incoming in [false, true] {
                for link in try graph.links(of: node.entry.key, incoming: incoming) {
                    let here = EdgeRule.End(id: node.id, kind: node.entry.kind, side: side)
                    guard let there = try end(link.other) else { continue }
                    // Units nest by their path, not by the rules of a link.
                    if link.kind == .memberOf && here.kind == .unit && there.kind == .unit { continue }
                    if let problem = EdgeRule.check(link.kind, from: incoming ? there : here, to: incoming ? here : there) {
                        throw StakeMapError.editRefused(.sideBreaksLink(label, side: side, problem: problem))
                    }
                }
            }
        }
        for node in moving {
            var attributes = try graph.attributes(of: node.entry, id: node.id)
            attributes.side = side
            try graph.update(node.id, node.entry, to: attributes)
        }
        return moving.count
    }
}
