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
