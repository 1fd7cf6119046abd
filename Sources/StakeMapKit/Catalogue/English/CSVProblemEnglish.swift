extension CSVProblem {
    public var english: String {
        switch self {
        case .delimiterNotAllowed:
            "the delimiter cannot be a quote or a line break"
        case .readFailed(let reason):
            "cannot read the input: \(reason)"
        case .binaryFile:
            "binary data (byte 0x00) — this is not a text CSV file; in Excel use Save As, CSV UTF-8"
        case .utf16:
            "this is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" instead"
        case .unclosedQuote:
            "unclosed quote: the quoted field starting here never ends; add the closing \""
        case .textAfterClosingQuote:
            "text after a closing quote; quote the whole field and double the quotes inside it (\"\")"
        case .binaryByte(let byte):
            "binary data (byte \(hex(byte))) — this is not a text CSV file"
        case .notUTF8:
            "this text is not valid UTF-8; the file may be Windows-1252 or Latin-1"
        case .undecodableByte(let byte, let fallback):
            "byte \(hex(byte)) \(fallback ? "is neither UTF-8 nor Windows-1252 text" : "is not a Windows-1252 character"); "
                + "the file may be in another encoding (latin1?)"
        case .workbook(let message):
            message.english
        }
    }
}
