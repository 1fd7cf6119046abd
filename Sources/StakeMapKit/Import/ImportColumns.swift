import Foundation

/// The kinds of file `stakemap import` reads (docs/formats.md).
public enum ImportKind: String, CaseIterable, Sendable {
    case people, units, groups, roles, links

    /// The columns of this file kind: canonical name, the Dutch header names and
    /// other English spellings it also accepts (as written; compared after
    /// ``HeaderKey/normalize(_:)``), and whether it is required. docs/formats.md
    /// documents this table, and a test holds the two together.
    var columns: [ColumnSpec] {
        switch self {
        case .people:
            [
                ColumnSpec(.id), ColumnSpec(.name, dutch: ["naam"], required: true), ColumnSpec(.side, dutch: ["kant"]),
                ColumnSpec(.unit, dutch: ["afdeling", "organisatie"]),
                ColumnSpec(.roles, dutch: ["rol", "rollen"], also: ["role"]),
                ColumnSpec(.groups, dutch: ["doelgroep", "doelgroepen"], also: ["group"]),
                ColumnSpec(.contactFor, dutch: ["contactpersoon voor"]), ColumnSpec(.power, dutch: ["macht"]),
                ColumnSpec(.interest, dutch: ["belang"]), ColumnSpec(.legitimacy, dutch: ["legitimiteit"]),
                ColumnSpec(.urgency, dutch: ["urgentie"]), ColumnSpec(.salience, dutch: ["saillantie"]),
                ColumnSpec(.steps, dutch: ["betrokken", "stappen"], also: ["step"]),
                ColumnSpec(.level, dutch: ["niveau"]), ColumnSpec(.influences, dutch: ["beïnvloedt"]),
                ColumnSpec(.reportsTo, dutch: ["leidinggevende"]),
                ColumnSpec(.email, dutch: ["e-mail", "e-mailadres", "mail"]),
                ColumnSpec(.notes, dutch: ["notities", "notitie"], also: ["note"]),
            ]
        case .units:
            [
                ColumnSpec(.unit, dutch: ["afdeling", "organisatie"], also: ["path"], required: true),
                ColumnSpec(.side, dutch: ["kant"]), ColumnSpec(.power, dutch: ["macht"]),
                ColumnSpec(.interest, dutch: ["belang"]), ColumnSpec(.legitimacy, dutch: ["legitimiteit"]),
                ColumnSpec(.urgency, dutch: ["urgentie"]), ColumnSpec(.salience, dutch: ["saillantie"]),
                ColumnSpec(.level, dutch: ["niveau"]),
                ColumnSpec(.steps, dutch: ["betrokken", "stappen"], also: ["step"]),
                ColumnSpec(.tools, dutch: ["middelen"]), ColumnSpec(.contactFor, dutch: ["contactpersoon voor"]),
                ColumnSpec(.notes, dutch: ["notities", "notitie"], also: ["note"]),
            ]
        case .groups:
            [
                ColumnSpec(.id), ColumnSpec(.name, dutch: ["naam"], required: true), ColumnSpec(.power, dutch: ["macht"]),
                ColumnSpec(.interest, dutch: ["belang"]), ColumnSpec(.legitimacy, dutch: ["legitimiteit"]),
                ColumnSpec(.urgency, dutch: ["urgentie"]), ColumnSpec(.salience, dutch: ["saillantie"]),
                ColumnSpec(.level, dutch: ["niveau"]),
                ColumnSpec(.steps, dutch: ["betrokken", "stappen"], also: ["step"]),
                ColumnSpec(.tools, dutch: ["middelen"]),
                ColumnSpec(.contact, dutch: ["contactpersoon", "contactpersonen"], also: ["contacts"]),
                ColumnSpec(.notes, dutch: ["notities", "notitie"], also: ["note"]),
            ]
        case .roles:
            [
                ColumnSpec(.id), ColumnSpec(.name, dutch: ["naam"], required: true),
                ColumnSpec(.required, dutch: ["verplicht"]),
                ColumnSpec(.notes, dutch: ["notities", "notitie"], also: ["note"]),
            ]
        case .links:
            [
                ColumnSpec(.source, dutch: ["van"], required: true), ColumnSpec(.target, dutch: ["naar"], required: true),
                ColumnSpec(.kind, dutch: ["soort"]), ColumnSpec(.weight, dutch: ["gewicht"]),
                ColumnSpec(.note, dutch: ["notitie", "notities"], also: ["notes"]),
            ]
        }
    }
}

/// A column of an import file, by its canonical (English) name.
public enum Column: String, CaseIterable, Sendable {
    case id, name, side, unit, roles, groups, power, interest, steps, level, influences, email, notes
    case tools, contact, required, source, target, kind, weight, note
    case contactFor = "contact_for"
    case reportsTo = "reports_to"
    case legitimacy, urgency
    /// Derived from power, legitimacy and urgency: `export` writes it, the import passes over it.
    case salience

    /// The position in `allCases`. Read for every cell of every row, so a switch
    /// rather than a dictionary, which hashed the raw value each time (2% of a
    /// large import); a test holds it to `allCases`.
    var ordinal: Int {
        switch self {
        case .id: 0
        case .name: 1
        case .side: 2
        case .unit: 3
        case .roles: 4
        case .groups: 5
        case .power: 6
        case .interest: 7
        case .steps: 8
        case .level: 9
        case .influences: 10
        case .email: 11
        case .notes: 12
        case .tools: 13
        case .contact: 14
        case .required: 15
        case .source: 16
        case .target: 17
        case .kind: 18
        case .weight: 19
        case .note: 20
        case .contactFor: 21
        case .reportsTo: 22
        case .legitimacy: 23
        case .urgency: 24
        case .salience: 25
        }
    }
}

struct ColumnSpec: Sendable {
    let column: Column
    /// The Dutch header names, as a Dutch spreadsheet writes them (`contactpersoon voor`).
    let dutch: [String]
    /// Other English spellings (`role` for `roles`).
    let also: [String]
    let required: Bool

    init(_ column: Column, dutch: [String] = [], also: [String] = [], required: Bool = false) {
        self.column = column
        self.dutch = dutch
        self.also = also
        self.required = required
    }

    /// Every other header word for this column, the Dutch ones first.
    var aliases: [String] { dutch + also }

    /// Every normalized header that names this column.
    var keys: [String] { [HeaderKey.normalize(column.rawValue)] + aliases.map(HeaderKey.normalize) }
}

/// Where each known column sits in a file's header, and what the header called it.
struct HeaderMap: Sendable {
    private var index: [Column: Int] = [:] {
        didSet { positions = Column.allCases.map { index[$0] ?? -1 } }
    }
    /// The same as `index`, by the column's ordinal: read for every cell of every row.
    private var positions: [Int] = Column.allCases.map { _ in -1 }
    private var written: [Column: String] = [:] {
        didSet { titles = Column.allCases.map { written[$0] ?? $0.rawValue } }
    }
    /// The same as `written`, by ordinal, with the column's own name where the header has none.
    private var titles: [String] = Column.allCases.map(\.rawValue)
    let width: Int

    /// Maps a header row; returns the problems (unknown or repeated columns, a
    /// missing required one).
    static func make(
        header: [String], kind: ImportKind, ignoreUnknown: Bool
    ) -> (HeaderMap, [ImportProblem]) {
        var map = HeaderMap(width: header.count)
        var lookup: [String: Column] = [:]
        for spec in kind.columns {
            for key in spec.keys { lookup[key] = spec.column }
        }
        var problems: [ImportProblem] = []
        var unknown: [String] = []
        for (position, title) in header.enumerated() {
            let key = HeaderKey.normalize(title)
            if key.isEmpty && title.trimmingCharacters(in: .whitespaces).isEmpty {
                continue  // an unnamed trailing column, as Excel leaves them
            }
            guard let column = lookup[key] else {
                unknown.append(title)
                continue
            }
            if let first = map.written[column] {
                problems.append(.sameColumnTwice(first: first, second: title, meaning: column))
                continue
            }
            map.index[column] = position
            map.written[column] = title
        }
        if !unknown.isEmpty && !ignoreUnknown {
            problems.append(.unknownColumns(unknown, in: kind))
        }
        for spec in kind.columns where spec.required && map.index[spec.column] == nil {
            problems.append(.requiredColumnMissing(spec.column, in: kind))
        }
        return (map, problems)
    }

    func has(_ column: Column) -> Bool { index[column] != nil }

    /// The column's position in the header, or nil when it has none.
    func position(_ column: Column) -> Int? {
        let position = positions[column.ordinal]
        return position >= 0 ? position : nil
    }

    /// The most characters a cell may hold: notes 100,000, any other cell (a
    /// name, id, path or list) 1,000.
    static func limit(of column: Column) -> Int {
        column == .notes || column == .note ? 100_000 : 1_000
    }

    /// The first cell of the row longer than its column's ``limit(of:)``: its
    /// column and length in characters. Linear: a cell's UTF-8 length is known,
    /// and only a cell with more bytes than the limit has its characters counted.
    func tooLong(in fields: [String]) -> (column: Column, length: Int)? {
        for column in Column.allCases {
            guard let position = position(column), position < fields.count else { continue }
            let cell = fields[position]
            let limit = Self.limit(of: column)
            if cell.utf8.count > limit, cell.count > limit { return (column, cell.count) }
        }
        return nil
    }

    /// The header as written in the file, for messages.
    func title(_ column: Column) -> String { titles[column.ordinal] }

    /// The same map with each title carrying its column's letter, for a sheet
    /// of a workbook (see ``ColumnTitle``).
    func lettered() -> HeaderMap {
        var map = self
        for (column, position) in index {
            map.written[column] = ColumnTitle.withLetter(written[column] ?? column.rawValue, letter: ColumnTitle.letter(position))
        }
        return map
    }

    /// The trimmed cell, or nil when the column is absent or the cell empty.
    func cell(_ column: Column, in fields: [String]) -> String? {
        let position = positions[column.ordinal]
        guard position >= 0, position < fields.count else { return nil }
        return CellValue.trimmed(fields[position])
    }

    /// The cell as written (notes keep their inner spacing), nil when empty.
    func rawCell(_ column: Column, in fields: [String]) -> String? {
        let position = positions[column.ordinal]
        guard position >= 0, position < fields.count else { return nil }
        let value = fields[position]
        return CellValue.trimmed(value) == nil ? nil : value
    }
}

extension ImportKind {
    /// The Dutch word for the kind, which `import` and `list` take as well as
    /// the English one (`stakemap import mensen mensen.csv`).
    public var dutchName: String {
        switch self {
        case .people: "mensen"
        case .units: "afdelingen"
        case .groups: "doelgroepen"
        case .roles: "rollen"
        case .links: "relaties"
        }
    }

    /// The kind named in English or Dutch, in any case.
    public init?(input: String) {
        let word = input.lowercased()
        guard let kind = Self.allCases.first(where: { $0.rawValue == word || $0.dutchName == word }) else { return nil }
        self = kind
    }
}
