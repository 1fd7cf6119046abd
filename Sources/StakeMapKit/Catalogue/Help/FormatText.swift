/// What stakemap says about itself: the columns of each kind of import file
/// (in `help import` and in the unknown-column error), `--excel`, `--version`.
public enum FormatText: CatalogueText, CaseIterable {
    /// The columns of every kind of import file with their Dutch names, and the values of the fixed vocabularies.
    case importColumns
    /// `--excel` of `export` and `gaps`.
    case excel
    /// `--excel` given without `--format csv`.
    case excelNeedsCSV
    /// `stakemap --version`.
    case version

    public static var examples: [FormatText] { allCases }

    /// `  people  id, name* (naam), …`: a line per kind, wrapped to 78 columns
    /// between columns (never inside `roles (rol/rollen)`), the continuation under
    /// the first column, so that argument-parser (which wraps at 80 and indents
    /// nothing) leaves it as it is.
    static func kindLines(in language: Language) -> String {
        ImportKind.allCases.map { kind in
            var lines = [""]
            for item in kind.columnItems(in: language, markRequired: true) {
                if lines[lines.count - 1].isEmpty {
                    lines[lines.count - 1] = item
                } else if lines[lines.count - 1].count + 2 + item.count < 68 {
                    lines[lines.count - 1] += ", " + item
                } else {
                    lines[lines.count - 1] += ","
                    lines.append(item)
                }
            }
            return lines.enumerated().map { number, line in
                (number == 0 ? "  " + TextLayout.pad(kind.rawValue, 8) : String(repeating: " ", count: 10)) + line
            }.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

extension ImportKind {
    /// `id, name (naam), side (kant), …` in English, `id, naam (name), kant (side), …`
    /// in Dutch: every column of this kind of file under each name the import accepts
    /// in that language, with `*` after a required one when `markRequired`.
    func columnNames(in language: Language, markRequired: Bool = false) -> String {
        columnItems(in: language, markRequired: markRequired).joined(separator: ", ")
    }

    /// Each column of ``columnNames(in:markRequired:)``: `unit (afdeling/organisatie)`.
    func columnItems(in language: Language, markRequired: Bool) -> [String] {
        columns.map { spec in
            let names = language == .en ? spec.englishNames : spec.dutchNames
            return names.main + (markRequired && spec.required ? "*" : "") + (names.other.map { " (\($0))" } ?? "")
        }
    }
}

extension ColumnSpec {
    /// The canonical name, and the Dutch names that differ from it (`afdeling/organisatie`).
    var englishNames: (main: String, other: String?) {
        let dutch = dutch.filter { HeaderKey.normalize($0) != HeaderKey.normalize(column.rawValue) }
        return (column.rawValue, dutch.isEmpty ? nil : dutch.joined(separator: "/"))
    }

    /// The Dutch names, the one Dutch messages use first (`e-mail/e-mailadres/mail`),
    /// and the canonical name when it differs from them.
    var dutchNames: (main: String, other: String?) {
        let title = ImportProblem.title(column)
        let names = [title] + dutch.filter { HeaderKey.normalize($0) != HeaderKey.normalize(title) }
        let same = names.contains { HeaderKey.normalize($0) == HeaderKey.normalize(column.rawValue) }
        return (names.joined(separator: "/"), same ? nil : column.rawValue)
    }
}
