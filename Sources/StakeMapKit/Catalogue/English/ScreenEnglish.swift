extension Screen {
    public var english: String {
        switch self {
        case .internalError(let detail): "internal error: \(detail)"
        case .initReady(let path, let schema, let applied):
            "\(path): ready, schema \(schema) (" + (applied.isEmpty ? "up to date" : "applied \(applied.joined(separator: ", "))") + ")"
        case .exported(let folder, let files, let rows):
            "\(folder): " + zip(files, rows).map { "\($0) (\($1) rows)" }.joined(separator: ", ")
        case .snapshotTaken(let name, let changeSet):
            "snapshot \(name): " + (changeSet == 0 ? "the empty graph" : "the state after #\(changeSet)")
        case .notAKind(let kind): "'\(kind)' is not a kind of node: use person, unit, group or role"
        case .csvNeedsFolder: "--format csv writes five files: give the folder with --out DIR"
        case .acceptedNotCSV: "--accepted lists as a table or JSON, not CSV"
        case .limitTooSmall(let limit): "--limit must be 1 or more, not \(limit)"
        case .snapshotNameAndList: "give a NAME to take a snapshot, or --list to list them, not both"
        case .snapshotNeedsName: "give a NAME for the snapshot (or --list to list them)"
        case .depthNeedsFocus: "--depth needs --focus ID: the node to start from"
        case .depthNegative: "--depth must be 0 or more"
        case .landscapeNeedsPage: "--landscape needs --page a4|a3|a2: the paper to lay on its side"
        case .filtersNotForLinks: "the filters (--unit, --step, --level, --side, --role, --quadrant) are for people, units, groups and roles, not links"
        case .notAFilterValue(let option, let value): "\(option): \"\(value)\" is not one of the values it takes; see `stakemap list --help`"
        case .maxTooSmall(let max): "--max must be 1 or more, not \(max)"
        case .depthTooSmall(let depth): "--depth must be 1 or more, not \(depth)"
        case .formatUnknown(let file): "cannot tell the format from '\(file)': end it in .png, .svg, .pdf or .dot, or give --format"
        }
    }
}
