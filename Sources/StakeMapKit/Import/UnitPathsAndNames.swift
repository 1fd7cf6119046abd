/// Units given by their path, roles and target groups given by name: found,
/// or created along the way.
extension ImportSession {
    /// Resolves a unit path (`Gemeente Oss/Ruimte/Verkeer`, or a unit id),
    /// creating the missing levels on `side`. Returns the unit, nil when the
    /// cell is wrong (reported).
    func resolveUnit(_ text: String, side: Side, line: Int, column: String) throws -> (entry: GraphWriter.Entry, id: String)? {
        // Thousands of people share a few hundred paths: resolve each path once.
        if let resolved = resolvedPaths[text], resolved.entry.side == side { return resolved }
        guard let unit = try resolveUnitPath(text, side: side, line: line, column: column) else { return nil }
        resolvedPaths[text] = unit
        return unit
    }

    private func resolveUnitPath(_ text: String, side: Side, line: Int, column: String) throws
        -> (entry: GraphWriter.Entry, id: String)?
    {
        if let known = try graph.entry(text), known.kind == .unit {
            if known.side != side {
                report(line, .unitOnOtherSide(column: column, cell: nil, unit: text, stored: known.side))
                return nil
            }
            return (known, text)
        }
        let levels = text.split(separator: "/", omittingEmptySubsequences: false)
            .map { CellValue.trimmed(String($0)) ?? "" }
        if levels.contains(where: \.isEmpty) {
            report(line, .unitPathLevelEmpty(column: column, path: text))
            return nil
        }
        var parent: GraphWriter.Entry?
        var unit: (entry: GraphWriter.Entry, id: String)?
        var path = ""
        for level in levels {
            path = path.isEmpty ? level : path + "/" + level
            let id = Slug.make(path)
            if id.isEmpty || Slug.make(level).isEmpty {
                report(line, .unitLevelWithoutID(column: column, level: level, side: side))
                return nil
            }
            let entry: GraphWriter.Entry
            if let known = try graph.entry(id) {
                guard known.kind == .unit else {
                    report(
                        line, .unitIDTaken(column: column, path: path, id: id, kind: known.kind, side: known.side))
                    return nil
                }
                if known.side != side {
                    report(
                        line,
                        .unitOnOtherSide(column: column, cell: path == text ? nil : text, unit: path, stored: known.side))
                    return nil
                }
                entry = known
            } else {
                entry = try graph.add(id, NodeAttributes(kind: .unit, side: side, name: level, path: path))
                summary.unitsCreated += 1
                if let parent { try graph.addLink(entry.key, .memberOf, parent.key) }
            }
            parent = entry
            unit = (entry, id)
        }
        return unit
    }

    /// Resolves a role or group given by name or id, creating it when missing.
    func resolveNamed(_ text: String, as kind: NodeKind, line: Int, column: String) throws -> GraphWriter.Entry? {
        // Thousands of people name the same few roles and groups: once each.
        if let resolved = resolvedNames[kind]?[text] { return resolved }
        guard let entry = try resolveName(text, as: kind, line: line, column: column) else { return nil }
        resolvedNames[kind, default: [:]][text] = entry
        return entry
    }

    private func resolveName(_ text: String, as kind: NodeKind, line: Int, column: String) throws -> GraphWriter.Entry? {
        if let known = try graph.entry(NodeID.normalize(text)), known.kind == kind { return known }
        let id = Slug.make(text)
        if id.isEmpty {
            report(line, .referenceWithoutID(column: column, name: text, kind: kind))
            return nil
        }
        if let known = try graph.entry(id) {
            if known.kind == kind { return known }
            report(
                line,
                .nameOfOtherKind(column: column, name: text, id: id, kind: known.kind, side: known.side, wanted: kind))
            return nil
        }
        let node =
            kind == .role
            ? NodeAttributes(kind: .role, side: .internal, name: text, required: false)
            : NodeAttributes(kind: .group, side: .external, name: text)
        if kind == .role { summary.rolesCreated += 1 } else { summary.groupsCreated += 1 }
        return try graph.add(id, node)
    }
}
