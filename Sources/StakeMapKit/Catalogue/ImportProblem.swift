/// What is wrong with an import file, its header or one of its rows: the
/// message after `FILE:LINE: `. A cell's problem names its column as the
/// file's header wrote it and shows the value as the cell held it.
public enum ImportProblem: CatalogueText, Equatable {
    /// The file cannot be read as CSV text.
    case unreadable(CSVProblem)
    case emptyFile
    /// A second reading of the file found other people than the first.
    case changedWhileImported
    /// Two header cells name the same column (`Naam` and `name`).
    case sameColumnTwice(first: String, second: String, meaning: Column)
    /// Header cells that name no column of this kind of file.
    case unknownColumns([String], in: ImportKind)
    case requiredColumnMissing(Column, in: ImportKind)
    case tooManyCells(Int, header: Int)
    case cellTooLong(column: String, length: Int, limit: Int)
    /// Two rows of the file with one id; `reason` says how the second got it.
    case duplicateID(String, first: Int, line: Int, reason: DuplicateReason?)
    /// Two rows of a links file with one link (its ends and kind).
    case duplicateLink(String, first: Int, line: Int)
    /// The row's id belongs to a node of another kind in the database.
    case idOfOtherKind(String, kind: NodeKind, side: Side)
    case nameEmpty(column: String, kind: NodeKind)
    /// A name without Latin letters or digits, in a row that needs an id made from it.
    case nameWithoutID(column: String, name: String, kind: NodeKind)
    /// The `id` cell of a groups or roles row is not the slug of its name.
    case idNotOfName(column: String, id: String, name: String, slug: String)
    case notAScore(column: String, value: String)
    case notASide(column: String, value: String)
    case notALevel(column: String, value: String)
    case notAStep(column: String, value: String)
    case notYesNo(column: String, value: String)
    case notALinkKind(column: String, value: String)
    case unitPathEmpty(column: String)
    case unitPathLevelEmpty(column: String, path: String)
    case unitLevelWithoutID(column: String, level: String, side: Side)
    /// A unit path whose id is a node of another kind.
    case unitIDTaken(column: String, path: String, id: String, kind: NodeKind, side: Side)
    /// A units file row gives a side other than the stored one.
    case unitSideDiffers(column: String, unit: String, stored: Side, row: Side)
    /// A path (or one of its upper levels, `unit`) that is a unit of the other side than the row's.
    case unitOnOtherSide(column: String, cell: String?, unit: String, stored: Side)
    /// A role or group named without Latin letters or digits in a people or units file.
    case referenceWithoutID(column: String, name: String, kind: NodeKind)
    /// A role or group name whose slug is the id of a node of another kind.
    case nameOfOtherKind(column: String, name: String, id: String, kind: NodeKind, side: Side, wanted: NodeKind)
    /// A `contact_for` cell on an external person or unit.
    case contactNotInternal(column: String, kind: NodeKind)
    case sourceEmpty(column: String)
    case targetEmpty(column: String)
    /// A name that several nodes have.
    case ambiguousName(column: String, name: String, ids: [String])
    /// An id no node has, with up to three close ids or names.
    case unknownID(column: String, id: String, suggestions: [String])
    case linkNotAllowed(column: String, LinkProblem)
    /// `--sync` would remove a node that a reference cell of the file names.
    case removedBySync(column: String, id: String)
}

/// How a row of a people file came to have the id of an earlier row.
public enum DuplicateReason: Equatable, Sendable {
    case sameEmail
    case sameName
}

extension ImportProblem {
    /// Every case with representative values, for the test that walks the catalogue.
    public static var examples: [ImportProblem] {
        [
            .unreadable(.unclosedQuote), .emptyFile, .changedWhileImported,
            .sameColumnTwice(first: "Naam", second: "name", meaning: .name),
            .unknownColumns(["Functie", "Telefoon"], in: .people), .unknownColumns(["Functie"], in: .links),
            .requiredColumnMissing(.unit, in: .units), .requiredColumnMissing(.source, in: .links),
            .tooManyCells(5, header: 4), .cellTooLong(column: "Notities", length: 100_001, limit: 100_000),
            .duplicateID("jan-jansen", first: 3, line: 7, reason: .sameName),
            .duplicateID("j.jansen@oss.nl", first: 4, line: 8, reason: .sameEmail),
            .duplicateID("jan", first: 5, line: 9, reason: nil),
            .duplicateLink("jan -> piet (influences)", first: 2, line: 6),
            .idOfOtherKind("verkeer", kind: .unit, side: .internal),
            .nameEmpty(column: "Naam", kind: .person), .nameEmpty(column: "Naam", kind: .group),
            .nameWithoutID(column: "Naam", name: "张伟", kind: .person),
            .nameWithoutID(column: "Naam", name: "张伟", kind: .role),
            .idNotOfName(column: "id", id: "fietsbond", name: "Fietsersbond", slug: "fietsersbond"),
            .notAScore(column: "Macht", value: "9"), .notASide(column: "Kant", value: "binnen"),
            .notALevel(column: "Niveau", value: "meedenken"), .notAStep(column: "Betrokken", value: "uitvoering"),
            .notYesNo(column: "Verplicht", value: "misschien"), .notALinkKind(column: "Soort", value: "kent"),
            .unitPathEmpty(column: "Afdeling"), .unitPathLevelEmpty(column: "Afdeling", path: "Gemeente//Verkeer"),
            .unitLevelWithoutID(column: "Afdeling", level: "交通", side: .external),
            .unitIDTaken(column: "Afdeling", path: "Wethouder", id: "wethouder", kind: .role, side: .internal),
            .unitSideDiffers(column: "Kant", unit: "Gemeente/Verkeer", stored: .internal, row: .external),
            .unitOnOtherSide(column: "Afdeling", cell: "Kempenlijn/Directie", unit: "Kempenlijn", stored: .external),
            .unitOnOtherSide(column: "Afdeling", cell: nil, unit: "Gemeente", stored: .internal),
            .referenceWithoutID(column: "Rollen", name: "主席", kind: .role),
            .referenceWithoutID(column: "Doelgroepen", name: "主席", kind: .group),
            .nameOfOtherKind(
                column: "Rollen", name: "Fietsers", id: "fietsers", kind: .group, side: .external, wanted: .role),
            .contactNotInternal(column: "Contactpersoon voor", kind: .person),
            .contactNotInternal(column: "Contactpersoon voor", kind: .unit),
            .sourceEmpty(column: "Van"), .targetEmpty(column: "Naar"),
            .ambiguousName(column: "Beïnvloedt", name: "Jan de Vries", ids: ["jan-de-vries", "j.devries@oss.nl"]),
            .unknownID(column: "Leidinggevende", id: "iemand", suggestions: ["iemand2 (Iemand Anders)", "ieman"]),
            .unknownID(column: "Leidinggevende", id: "iemand", suggestions: []),
            .linkNotAllowed(column: "Leidinggevende", .toItself(id: "jan")),
            .removedBySync(column: "Beïnvloedt", id: "jan"),
        ]
    }
}
