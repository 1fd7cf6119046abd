import Foundation

/// How a number in a sheet reads as text, as Excel shows it: a whole number
/// without `.0`, other numbers with Excel's 15 significant digits, and a date
/// (a cell whose number format is a date or time) as `YYYY-MM-DD`.
enum CellFormat: Equatable {
    case number
    case date
    case dateTime(seconds: Bool)
    case time(seconds: Bool)

    /// The format of a number format id (ECMA-376 §18.8.30), with the
    /// workbook's own format codes for ids from 164 on.
    static func of(id: Int, codes: [Int: String]) -> CellFormat {
        switch id {
        case 14...17: return .date
        case 18, 20: return .time(seconds: false)
        case 19, 21, 45...47: return .time(seconds: true)
        case 22: return .dateTime(seconds: false)
        default: return codes[id].map(of(code:)) ?? .number
        }
    }

    /// The format a custom code such as `dd-mm-yyyy` or `[$-413]d mmmm yyyy h:mm` stands for:
    /// a date or time when, outside quoted text, escapes and `[...]`, it has
    /// y, d or m (month) or h or s (time).
    static func of(code: String) -> CellFormat {
        var letters = Set<Character>()
        var quoted = false
        var bracket = false
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case ";" where !quoted && !bracket:
                // Only the first section (positive numbers) decides.
                return format(letters)
            default:
                if !quoted && !bracket { letters.insert(character) }
            }
        }
        // `[h]:mm:ss`, elapsed time, is in brackets: still a time.
        if code.lowercased().contains("[h") || code.lowercased().contains("[m") || code.lowercased().contains("[s") {
            letters.insert("h")
        }
        return format(letters)
    }

    private static func format(_ letters: Set<Character>) -> CellFormat {
        if letters.contains("e") && letters.contains("0") { return .number }  // 0.00E+00
        let time = letters.contains("h") || letters.contains("s")
        let date = letters.contains("y") || letters.contains("d") || (letters.contains("m") && !time)
        let seconds = letters.contains("s")
        switch (date, time) {
        case (true, true): return .dateTime(seconds: seconds)
        case (true, false): return .date
        case (false, true): return .time(seconds: seconds)
        case (false, false): return .number
        }
    }

    /// The text of the number `value` (a cell's `<v>`) in this format; the value as written when it is no number.
    func text(_ value: String, date1904: Bool) -> String {
        if self == .number, Self.isPlainInteger(value) { return value }
        guard let number = Double(value), number.isFinite else { return value }
        switch self {
        case .number:
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(format: "%.15g", number)
        case .date, .dateTime, .time:
            return Self.dateText(number, format: self, date1904: date1904) ?? value
        }
    }

    private static func isPlainInteger(_ text: String) -> Bool {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count < 16 else { return false }
        var first = true
        for byte in bytes {
            if first && byte == UInt8(ascii: "-") && bytes.count > 1 {
                first = false
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return false }
            first = false
        }
        return true
    }

    /// A serial date (days since the workbook's epoch, the fraction the time
    /// of day) as ISO text. In the 1900 system serial 60 is Excel's
    /// 1900-02-29, a day that never was; days before it are one later.
    static func dateText(_ serial: Double, format: CellFormat, date1904: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }  // up to 9999-12-31
        // Round to the second, as Excel shows it.
        let totalSeconds = Int64((serial * 86_400).rounded())
        var days = Int(totalSeconds / 86_400)
        let seconds = Int(totalSeconds % 86_400)
        let civil: (year: Int, month: Int, day: Int)
        if date1904 {
            civil = civilDate(daysSince1970: days - 24_107)  // 1904-01-01 is 24,107 days before 1970
        } else if days == 60 {
            civil = (1900, 2, 29)
        } else {
            if days < 60 { days += 1 }
            civil = civilDate(daysSince1970: days - 25_569)  // serial 25,569 is 1970-01-01
        }
        let date = "\(pad(civil.year, 4))-\(pad(civil.month, 2))-\(pad(civil.day, 2))"
        let clock = { (withSeconds: Bool) in
            "\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2))" + (withSeconds ? ":\(pad(seconds % 60, 2))" : "")
        }
        switch format {
        case .number, .date: return date
        case .dateTime(let withSeconds): return date + " " + clock(withSeconds)
        case .time(let withSeconds):
            // An elapsed time past a day (`[h]:mm:ss`) counts its hours on.
            let hours = Int(totalSeconds / 3600)
            return "\(pad(hours, 2)):\(pad(seconds / 60 % 60, 2))" + (withSeconds ? ":\(pad(seconds % 60, 2))" : "")
        }
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Year, month and day of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civilDate(daysSince1970: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
