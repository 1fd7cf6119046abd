/// How `CSVReader` finds the delimiter: the one of `,` `;` and tab that occurs
/// most often outside quotes in the header line, `,` on a tie.
enum CSVDelimiter {
    /// Counts `,` `;` and tab outside quotes in the first line of `bytes` that has
    /// any; nil when that line does not end within `bytes` and more input may
    /// come (`complete` false).
    static func scanHeader(_ bytes: UnsafeBufferPointer<UInt8>, complete: Bool) -> UInt8? {
        var commas = 0
        var semicolons = 0
        var tabs = 0
        var inQuotes = false
        var atFieldStart = true
        var lineHasBytes = false
        let end = bytes.count
        var i = 0
        // Before the delimiter is known, a quote opens a field at a line start or after any candidate.
        while i < end {
            let b = bytes[i]
            if inQuotes {
                if b == ByteClass.quote {
                    if i + 1 == end && !complete { return nil }
                    if i + 1 < end && bytes[i + 1] == ByteClass.quote {
                        i += 2
                        continue
                    }
                    inQuotes = false
                }
                i += 1
                continue
            }
            switch b {
            case ByteClass.lf, ByteClass.cr:
                if lineHasBytes { return mostFrequent(commas: commas, semicolons: semicolons, tabs: tabs) }
                atFieldStart = true
            case ByteClass.comma:
                commas += 1
                atFieldStart = true
                lineHasBytes = true
            case ByteClass.semicolon:
                semicolons += 1
                atFieldStart = true
                lineHasBytes = true
            case ByteClass.tab:
                tabs += 1
                atFieldStart = true
                lineHasBytes = true
            case ByteClass.quote:
                if atFieldStart { inQuotes = true }
                atFieldStart = false
                lineHasBytes = true
            default:
                atFieldStart = false
                lineHasBytes = true
            }
            i += 1
        }
        return complete ? mostFrequent(commas: commas, semicolons: semicolons, tabs: tabs) : nil
    }

    private static func mostFrequent(commas: Int, semicolons: Int, tabs: Int) -> UInt8 {
        if semicolons > commas && semicolons >= tabs { return ByteClass.semicolon }
        if tabs > commas && tabs > semicolons { return ByteClass.tab }
        return ByteClass.comma
    }
}
