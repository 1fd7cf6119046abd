/// Excel's escapes in text (`_x000D_` for a carriage return, `_x005F_` for an
/// underscore), decoded where they stand for a character text may hold.
enum SheetText {
    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(5)
            if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16),
                let scalar = UnicodeScalar(code), code == 0x09 || code == 0x0A || code == 0x0D || code >= 0x20
            {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }
}
