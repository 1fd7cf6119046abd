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
        for scalar in compatibilityDecomposition(text) {
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
            // Beyond the usual list, so Turkish and Nordic names do not lose letters.
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

    /// The scalars of `text` in Unicode NFKD: each scalar decomposed on its own
    /// (by Foundation, once per distinct scalar), then each run of combining
    /// marks put in canonical order. Foundation's `decomposedStringWithCompatibilityMapping`
    /// of a whole text took time quadratic in its precomposed letters on Linux
    /// (`é` × 50,000: 0.31 s, × 200,000: 4.3 s; this: 0.2 s for 400,000), and
    /// about as long as this for a 25-character name (6 µs). Both folds agreed on
    /// 100,000 random strings of Latin letters, combining marks, Hangul and
    /// compatibility characters (release, this machine).
    static func compatibilityDecomposition(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var decompositions: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        /// Where the run of combining marks at the end of `scalars` starts, if there is one.
        var marksStart: Int?

        func orderMarks() {
            guard let start = marksStart else { return }
            marksStart = nil
            guard scalars.count - start > 1 else { return }
            // Stable: marks of one combining class keep their order.
            let ordered = scalars[start...].enumerated().sorted { a, b in
                let (classA, classB) = (combiningClass(a.element), combiningClass(b.element))
                return classA != classB ? classA < classB : a.offset < b.offset
            }
            scalars.replaceSubrange(start..., with: ordered.map(\.element))
        }
        func append(_ scalar: Unicode.Scalar) {
            if combiningClass(scalar) == 0 {
                orderMarks()
            } else if marksStart == nil {
                marksStart = scalars.count
            }
            scalars.append(scalar)
        }

        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                append(scalar)
                continue
            }
            let parts: [Unicode.Scalar]
            if let known = decompositions[scalar] {
                parts = known
            } else {
                parts = Array(String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars)
                decompositions[scalar] = parts
            }
            // A scalar that is itself a starter ends the marks before it, also when
            // its decomposition begins with a mark (U+0F73, U+FF9E), as Foundation has it.
            if combiningClass(scalar) == 0 { orderMarks() }
            for part in parts { append(part) }
        }
        orderMarks()
        return scalars
    }

    private static func combiningClass(_ scalar: Unicode.Scalar) -> UInt8 {
        scalar.properties.canonicalCombiningClass.rawValue
    }
}
