extension ImportProblem {
    public var english: String {
        switch self {
        case .unreadable(let problem):
            problem.english
        case .emptyFile:
            "the file is empty; it needs a header line"
        case .changedWhileImported:
            "the file changed while it was being imported; run the import again"
        case .sameColumnTwice(let first, let second, let meaning):
            "columns \"\(first)\" and \"\(second)\" both mean \(meaning.rawValue); keep one"
        case .unknownColumns(let names, let kind):
            "unknown column\(names.count == 1 ? "" : "s") \(names.map { "\"\($0)\"" }.joined(separator: ", ")) "
                + "in a \(kind.rawValue) file; known columns (Dutch names in brackets): "
                + "\(kind.columnNames(in: .en)); or pass --ignore-unknown"
        case .requiredColumnMissing(let column, let kind):
            "the required column \"\(column.rawValue)\" is missing" + Self.alsoAccepted(column, in: kind)
        case .tooManyCells(let cells, let header):
            "this row has \(cells) cells but the header has \(header); quote cells that contain the delimiter"
        case .cellTooLong(let column, let length, let limit):
            "column \"\(column)\": the cell has \(length) characters, more than the \(limit) a cell of this column "
                + "may have; shorten it"
        case .duplicateID(let id, let first, let line, let reason):
            "id \"\(id)\" appears twice in this file (lines \(first) and \(line))"
                + (reason.map {
                    switch $0 {
                    case .sameEmail: " — two rows with the same email"
                    case .sameName: " — two people with the same name; add an id column to tell them apart"
                    }
                } ?? "")
        case .duplicateLink(let link, let first, let line):
            "id \"\(link)\" appears twice in this file (lines \(first) and \(line))"
        case .idOfOtherKind(let id, let kind, _):
            "id \"\(id)\" is already a \(kind.rawValue) in the database; ids are unique across kinds"
        case .nameEmpty(let column, let kind):
            "column \"\(column)\": the name is empty; every \(kind.name(on: .internal, in: .en)) needs a name"
        case .nameWithoutID(let column, let name, let kind):
            "column \"\(column)\": \"\(name)\" has no latin letters or digits to make an id from; "
                + (kind == .person ? "add an id column (or an email) for this person" : "fill in the id column")
        case .idNotOfName(let column, let id, let name, let slug):
            "column \"\(column)\": \"\(id)\" does not match the name \"\(name)\"; the id must be \"\(slug)\" "
                + "(or leave it empty)"
        case .notAScore(let column, let value):
            "column \"\(column)\": \"\(value)\" is not a whole number from 1 to 5"
        case .notASide(let column, let value):
            "column \"\(column)\": \"\(value)\" is not a side; use internal/intern or external/extern"
        case .notALevel(let column, let value):
            "column \"\(column)\": \"\(value)\" is not a participation level; use inform, consult, advise, "
                + "coproduce or codecide (informeren, raadplegen, adviseren, coproduceren, meebeslissen)"
        case .notAStep(let column, let value):
            "column \"\(column)\": \"\(value)\" is not a step; use frame, goals, plan, start "
                + "(kaders, doelen, plan, starten) or all, separated by |"
        case .notYesNo(let column, let value):
            "column \"\(column)\": \"\(value)\" is not yes/no (ja/nee)"
        case .notALinkKind(let column, let value):
            "column \"\(column)\": \"\(value)\" is not a link kind; use influences, member_of, "
                + "has_role, reports_to or contact_for"
        case .unitPathEmpty(let column):
            "column \"\(column)\": the unit path is empty; write it as Organisation/Department"
        case .unitPathLevelEmpty(let column, let path):
            "column \"\(column)\": \"\(path)\" has an empty level; write levels as Organisation/Department/Team"
        case .unitLevelWithoutID(let column, let level, _):
            "column \"\(column)\": the unit \"\(level)\" has no latin letters or digits to make an id from; "
                + "add a latin name to it"
        case .unitIDTaken(let column, let path, let id, let kind, _):
            "column \"\(column)\": \"\(path)\" gives the id \"\(id)\", which is already a \(kind.rawValue)"
        case .unitSideDiffers(let column, let unit, let stored, let row):
            "column \"\(column)\": the unit \"\(unit)\" is \(stored.rawValue) in the database, "
                + "but this row says \(row.rawValue); a unit has one side"
        case .unitOnOtherSide(let column, let cell, let unit, let stored):
            "column \"\(column)\": \(cell.map { "\"\($0)\": " } ?? "")the unit \"\(unit)\" is \(stored.rawValue), "
                + "but this row is \(stored.other.rawValue); a unit has one side (give the outside organisation its own name)"
        case .referenceWithoutID(let column, let name, let kind):
            "column \"\(column)\": \"\(name)\" has no latin letters or digits to make an id from; "
                + "add it in a \(kind == .role ? "roles" : "groups") file with an explicit id and refer to that id"
        case .nameOfOtherKind(let column, let name, let id, let kind, _, let wanted):
            "column \"\(column)\": \"\(name)\" is a \(kind.rawValue) (id \"\(id)\"), "
                + "not a \(wanted.name(on: .internal, in: .en))"
        case .contactNotInternal(let column, let kind):
            "column \"\(column)\": only internal people and units can be the contact for a target group, "
                + "and this \(kind.rawValue) is external"
        case .sourceEmpty(let column):
            "column \"\(column)\": the source is empty; give the id of a node"
        case .targetEmpty(let column):
            "column \"\(column)\": the target is empty; give the id of a node"
        case .ambiguousName(let column, let name, let ids):
            "column \"\(column)\": \"\(name)\" is the name of \(ids.count) nodes: "
                + "\(ids.map { "\"\($0)\"" }.joined(separator: ", ")); write the id instead"
        case .unknownID(let column, let id, let suggestions):
            "column \"\(column)\": unknown id \"\(id)\" (not in this file nor in the database)"
                + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
        case .linkNotAllowed(let column, let problem):
            "column \"\(column)\": \(problem.english)"
        case .removedBySync(let column, let id):
            "column \"\(column)\": \"\(id)\" has no row in this file, and --sync removes who the file does not list; "
                + "add a row for \(id) or leave the reference out"
        }
    }

    /// ` (also accepted: naam)`: the header words besides the column's own name.
    private static func alsoAccepted(_ column: Column, in kind: ImportKind) -> String {
        let aliases = kind.columns.first { $0.column == column }?.aliases ?? []
        return aliases.isEmpty ? "" : " (also accepted: \(aliases.joined(separator: ", ")))"
    }
}

extension Side {
    /// The side a unit of this side is not.
    var other: Side { self == .internal ? .external : .internal }
}
