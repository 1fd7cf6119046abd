/// Fitting text into a terminal's columns (one column per character).
enum TextLayout {
    /// Splits `text` into lines of at most `width` characters at spaces (the first
    /// line at most `firstWidth`, default `width`); a word longer than a line is cut.
    static func wrap(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
        var lines: [String] = []
        var line = ""
        var limit: Int { max(lines.isEmpty ? firstWidth ?? width : width, 1) }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if line.isEmpty, word.count <= limit {
                line = String(word)
            } else if !line.isEmpty, line.count + 1 + word.count <= limit {
                line += " " + word
            } else {
                if !line.isEmpty { lines.append(line) }
                while word.count > limit {
                    lines.append(String(word.prefix(limit)))
                    word = word.dropFirst(limit)
                }
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` padded with spaces to `width` characters (never cut).
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// `text` right-aligned in `width` characters (never cut).
    static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
