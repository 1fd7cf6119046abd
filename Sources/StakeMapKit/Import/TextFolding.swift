import Foundation

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
