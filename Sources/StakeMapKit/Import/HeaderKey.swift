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
