/// A column as a message names it: its header as written, and for a sheet of
/// a workbook also its letter, `"Macht" (F)`.
///
/// The letter travels inside the title string, behind U+001F, which neither a
/// CSV file (a control byte is binary data) nor a workbook (XML 1.0 has no
/// such character) can hold, so the many messages that take a column's
/// title as a string need not change their values.
enum ColumnTitle {
    static let letterMark: Character = "\u{1F}"

    static func withLetter(_ title: String, letter: String) -> String {
        title + String(letterMark) + letter
    }

    /// `"Macht"`, or `"Macht" (F)` for a title with a letter.
    static func quoted(_ title: String) -> String {
        guard let mark = title.lastIndex(of: letterMark) else { return "\"\(title)\"" }
        return "\"\(title[..<mark])\" (\(title[title.index(after: mark)...]))"
    }

    /// The letters Excel gives the column at `position` (0-based): A … Z, AA … XFD.
    static func letter(_ position: Int) -> String {
        var number = position + 1
        var letters: [Character] = []
        while number > 0 {
            let rest = (number - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + rest))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }
}
