import Foundation

/// The id of a unit, group or role, made from its name: `Gemeente Oss/Ruimte`
/// → `gemeente-oss-ruimte`. Empty for a name with no Latin letters or digits
/// (such a name needs an explicit id).
public enum Slug {
    /// Folds accents and ligatures (NFKD without combining marks, `ß`→`ss`,
    /// `ø`→`o`, `æ`→`ae`, `œ`→`oe`, `ł`→`l`, …), lowercases, turns every run of
    /// characters other than `a`–`z` and `0`–`9` into one `-`, trims `-` at both ends.
    public static func make(_ name: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(name.utf8.count)
        var separatorPending = false
        func add(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if separatorPending && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                separatorPending = false
                slug.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                add(byte | 0x20)
            default:
                separatorPending = true
            }
        }
        if TextFolding.isASCII(name) {
            for byte in name.utf8 { add(byte) }
        } else {
            for scalar in TextFolding.fold(name).unicodeScalars {
                add(scalar.isASCII ? UInt8(scalar.value) : 0)
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }
}

/// The form in which CSV headers are compared with the known columns and
/// their Dutch aliases: `E-mail` = `email`, `Contactpersoon voor` = `contactpersoon_voor`.
public enum HeaderKey {
    /// Lowercases, folds accents as `Slug` does, and removes whitespace,
    /// hyphens, underscores and invisible format characters (such as a stray BOM).
    public static func normalize(_ header: String) -> String {
        if TextFolding.isASCII(header) {
            var key: [UInt8] = []
            key.reserveCapacity(header.utf8.count)
            for byte in header.utf8 {
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"), 0x09...0x0D:
                    continue
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    key.append(byte | 0x20)
                default:
                    key.append(byte)
                }
            }
            return String(decoding: key, as: UTF8.self)
        }
        var key = String.UnicodeScalarView()
        for scalar in TextFolding.fold(header).lowercased().unicodeScalars {
            if scalar == "-" || scalar == "_" || scalar.properties.isWhitespace { continue }
            if scalar.properties.generalCategory == .format { continue }
            key.append(scalar)
        }
        return String(key)
    }
}

/// Accent and ligature folding shared by slugs and header keys.
enum TextFolding {
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// NFKD with the nonspacing marks dropped, and the letters that NFKD leaves
    /// alone spelled in ASCII. Keeps the case.
    static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "ß": folded.append(contentsOf: "ss".unicodeScalars)
            case "ẞ": folded.append(contentsOf: "SS".unicodeScalars)
            case "ø": folded.append("o")
            case "Ø": folded.append("O")
            case "æ": folded.append(contentsOf: "ae".unicodeScalars)
            case "Æ": folded.append(contentsOf: "AE".unicodeScalars)
            case "œ": folded.append(contentsOf: "oe".unicodeScalars)
            case "Œ": folded.append(contentsOf: "OE".unicodeScalars)
            case "ł": folded.append("l")
            case "Ł": folded.append("L")
            // Beyond the SPEC's list, so Turkish and Nordic names do not lose letters.
            case "ı": folded.append("i")
            case "đ", "ð": folded.append("d")
            case "Đ", "Ð": folded.append("D")
            case "þ": folded.append(contentsOf: "th".unicodeScalars)
            case "Þ": folded.append(contentsOf: "TH".unicodeScalars)
            default: folded.append(scalar)
            }
        }
        return String(folded)
    }
}
