// Our own CSV reader, because the import must report the physical line of every
// record and reject an unclosed quote at the line where it opens: yaslab/CSV.swift
// reports no line numbers and swallows malformed quotes, and SwiftCSV reads the
// whole file into memory. Neither detects the encoding of an Excel export.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text encodings a CSV file can be read in (`--encoding`).
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    /// What Excel writes on Dutch Windows ("CSV (gescheiden door lijstscheidingsteken)").
    case windows1252 = "windows-1252"
    /// ISO 8859-1: byte 0xNN is U+00NN.
    case latin1
}

/// One record of a CSV file: a header or a data row.
public struct CSVRecord: Equatable, Sendable {
    /// The physical line (1-based) where the record starts.
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A CSV file that cannot be read, at the physical line (1-based) where the problem is.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// Reads a CSV file record by record (RFC 4180), keeping only the current
/// record in memory, and tells the physical line where each record starts.
///
/// - The delimiter (`,` `;` or tab) is the one that occurs most often outside
///   quotes in the header line, `,` on a tie, unless one is given.
/// - A UTF-8 byte-order mark is skipped. Without a given encoding a record is
///   UTF-8, or Windows-1252 when it is not valid UTF-8.
/// - LF, CRLF and a lone CR (old Excel for Mac) all end a line. Line breaks
///   inside quoted fields are kept as written.
/// - A line with no bytes is a record with one empty field; skipping empty
///   rows is up to the caller.
/// - After an error `next()` goes on with the following record, except after
///   an unclosed quote or binary data, which end the input (`next()` then
///   returns nil).
public final class CSVReader {
    static let defaultChunkSize = 1 << 20
    /// The header must end within this many bytes to count all of it for the delimiter.
    static let delimiterDetectionLimit = 1 << 20

    /// The delimiter in use, detected or given.
    public var delimiter: UInt8 { fieldDelimiter }
    /// The bytes read from the input so far, for progress display.
    public private(set) var bytesRead = 0

    private var fieldDelimiter: UInt8
    private let encoding: TextEncoding?
    private var source: ByteSource
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The unconsumed bytes are `buffer[start..<end]`; the next record starts at `start`.
    private var start = 0
    private var end = 0
    private var sourceExhausted = false
    private var finished = false
    /// The physical line where the next record starts.
    private var line = 1
    private let byteClasses: UnsafeMutablePointer<UInt8>
    private var spans: [FieldSpan] = []
    private var scratch: [UInt8] = []

    /// Reads from an open file descriptor (a file or stdin, fd 0); does not close it.
    public convenience init(
        fileDescriptor: Int32, delimiter: UInt8? = nil, encoding: TextEncoding? = nil
    ) throws(CSVError) {
        try self.init(
            source: ByteSource(fileDescriptor: fileDescriptor), delimiter: delimiter,
            encoding: encoding, chunkSize: Self.defaultChunkSize)
    }

    /// Convenience for tests and small inputs.
    public convenience init(
        bytes: [UInt8], delimiter: UInt8? = nil, encoding: TextEncoding? = nil
    ) throws(CSVError) {
        try self.init(
            source: ByteSource(bytes: bytes), delimiter: delimiter, encoding: encoding,
            chunkSize: Self.defaultChunkSize)
    }

    /// Reads `bytes` `chunkSize` bytes at a time, so tests can put records across chunk boundaries.
    convenience init(
        bytes: [UInt8], delimiter: UInt8? = nil, encoding: TextEncoding? = nil, chunkSize: Int
    ) throws(CSVError) {
        try self.init(
            source: ByteSource(bytes: bytes), delimiter: delimiter, encoding: encoding,
            chunkSize: chunkSize)
    }

    init(
        source: ByteSource, delimiter: UInt8?, encoding: TextEncoding?, chunkSize: Int
    ) throws(CSVError) {
        self.source = source
        self.encoding = encoding
        capacity = max(chunkSize, 4)
        buffer = .allocate(capacity: capacity)
        byteClasses = .allocate(capacity: 256)
        // Detection needs the buffer, so it comes after all stored properties are set.
        fieldDelimiter = delimiter ?? ByteClass.comma
        if let delimiter, delimiter == ByteClass.quote || delimiter == ByteClass.lf || delimiter == ByteClass.cr {
            throw CSVError(line: 1, message: "the delimiter cannot be a quote or a line break")
        }

        try skipByteOrderMark()
        try rejectBinaryStart()
        if delimiter == nil {
            fieldDelimiter = try detectDelimiter()
        }
        fillByteClasses()
    }

    deinit {
        buffer.deallocate()
        byteClasses.deallocate()
    }

    /// When not empty, the fields to decode by position; in a plain ASCII record
    /// the others read as "". A pass that needs one column of a large file saves
    /// making the rest. (A record with other bytes is decoded whole, as without
    /// it: whether it falls back to Windows-1252 depends on all of its fields.)
    public var fieldsWanted: [Bool] = []

    @inline(__always)
    private func wanted(_ index: Int) -> Bool {
        fieldsWanted.isEmpty || (index < fieldsWanted.count && fieldsWanted[index])
    }

    /// The next record, or nil at the end of the input.
    public func next() throws(CSVError) -> CSVRecord? {
        while !finished {
            switch try parseRecord() {
            case .needMoreInput:
                try refill()
            case .endOfInput:
                finished = true
            case .record(let nextStart, let lineBreaks, let highBits, let error):
                let recordStart = start
                let recordLine = line
                start = nextStart
                line += lineBreaks
                if let error { throw error }
                let fields = try decodeFields(recordStart: recordStart, recordLine: recordLine, highBits: highBits)
                return CSVRecord(line: recordLine, fields: fields)
            }
        }
        return nil
    }

    // MARK: Input

    /// Moves the unconsumed bytes to the front, grows the buffer when one record
    /// fills all of it, and reads until it is full; at the end of the input sets `sourceExhausted`.
    /// Filling it all (a pipe gives 64 KiB a time) keeps the re-parsing of a record
    /// that spans refills linear: the buffer doubles between two parses of it.
    private func refill() throws(CSVError) {
        let remaining = end - start
        if start > 0 {
            if remaining > 0 { memmove(buffer, buffer + start, remaining) }
            start = 0
            end = remaining
        }
        if end == capacity {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
        }
        while end < capacity {
            let count = source.read(into: buffer + end, maxCount: capacity - end)
            if count < 0 {
                finished = true
                throw CSVError(line: line, message: "cannot read the input: \(String(cString: strerror(errno)))")
            }
            if count == 0 {
                sourceExhausted = true
                return
            }
            end += count
            bytesRead += count
        }
    }

    /// A NUL byte in the first chunk means a binary file (an image, a zip, an
    /// .xlsx): say so at once instead of complaining about its "header".
    private func rejectBinaryStart() throws(CSVError) {
        var lineNumber = 1
        for index in start..<end {
            let byte = buffer[index]
            if byte == ByteClass.lf { lineNumber += 1 }
            if byte == 0 {
                finished = true
                throw CSVError(
                    line: lineNumber,
                    message: "binary data (byte 0x00) — this is not a text CSV file; in Excel use Save As, CSV UTF-8")
            }
        }
    }

    private func skipByteOrderMark() throws(CSVError) {
        while end - start < 3 && !sourceExhausted { try refill() }
        let available = end - start
        let b = buffer + start
        if available >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
            start += 3
        } else if available >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)) {
            finished = true
            throw CSVError(
                line: 1, message: "this is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" instead")
        }
    }

    // MARK: Delimiter detection

    private func detectDelimiter() throws(CSVError) -> UInt8 {
        while true {
            let complete = sourceExhausted || end - start >= Self.delimiterDetectionLimit
            if let delimiter = scanHeaderForDelimiter(complete: complete) { return delimiter }
            try refill()
        }
    }

    /// Counts `,` `;` and tab outside quotes in the first line that has any bytes;
    /// nil when that line does not end within the buffer and more input may come.
    private func scanHeaderForDelimiter(complete: Bool) -> UInt8? {
        var commas = 0
        var semicolons = 0
        var tabs = 0
        var inQuotes = false
        var atFieldStart = true
        var lineHasBytes = false
        var i = start
        // Before the delimiter is known, a quote opens a field at a line start or after any candidate.
        while i < end {
            let b = buffer[i]
            if inQuotes {
                if b == ByteClass.quote {
                    if i + 1 == end && !complete { return nil }
                    if i + 1 < end && buffer[i + 1] == ByteClass.quote {
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
                if lineHasBytes { return Self.mostFrequent(commas: commas, semicolons: semicolons, tabs: tabs) }
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
        return complete ? Self.mostFrequent(commas: commas, semicolons: semicolons, tabs: tabs) : nil
    }

    private static func mostFrequent(commas: Int, semicolons: Int, tabs: Int) -> UInt8 {
        if semicolons > commas && semicolons >= tabs { return ByteClass.semicolon }
        if tabs > commas && tabs > semicolons { return ByteClass.tab }
        return ByteClass.comma
    }

    private func fillByteClasses() {
        byteClasses.initialize(repeating: ByteClass.ordinary, count: 256)
        for control in 0..<0x20 where control != 0x09 && control != 0x0C {
            byteClasses[control] = ByteClass.control
        }
        byteClasses[Int(ByteClass.lf)] = ByteClass.lineFeed
        byteClasses[Int(ByteClass.cr)] = ByteClass.carriageReturn
        byteClasses[Int(ByteClass.quote)] = ByteClass.quoteMark
        byteClasses[Int(fieldDelimiter)] = ByteClass.delimiter
    }

    // MARK: Parsing

    private enum ParseOutcome {
        /// A whole record is in the buffer; the next one starts at `nextStart`.
        case record(nextStart: Int, lineBreaks: Int, highBits: UInt8, error: CSVError?)
        case needMoreInput
        case endOfInput
    }

    /// Finds the fields of the record at `start`, from scratch each time, so a
    /// record cut by the end of the buffer is simply parsed again after a refill.
    private func parseRecord() throws(CSVError) -> ParseOutcome {
        let p = buffer
        let n = end
        let classes = byteClasses
        let atEnd = sourceExhausted
        let delimiter = fieldDelimiter
        var i = start
        if i == n { return atEnd ? .endOfInput : .needMoreInput }

        // A local array spares an exclusivity check on every field.
        var spans: [FieldSpan] = []
        swap(&spans, &self.spans)
        defer { swap(&spans, &self.spans) }
        spans.removeAll(keepingCapacity: true)
        let line = self.line
        var lineBreaks = 0
        // Every byte of the field contents ORed together: below 0x80 means pure ASCII.
        var highBits: UInt8 = 0
        var error: CSVError?

        while true {
            if i < n && p[i] == ByteClass.quote {
                let quoteLine = line + lineBreaks
                i += 1
                let contentStart = i
                var escaped = false
                quoted: while true {
                    if i == n {
                        guard atEnd else { return .needMoreInput }
                        finished = true
                        throw CSVError(
                            line: quoteLine,
                            message: "unclosed quote: the quoted field starting here never ends; add the closing \"")
                    }
                    let c = p[i]
                    switch classes[Int(c)] {
                    case ByteClass.quoteMark:
                        if i + 1 == n && !atEnd { return .needMoreInput }
                        if i + 1 < n && p[i + 1] == ByteClass.quote {
                            escaped = true
                            i += 2
                        } else {
                            break quoted
                        }
                    case ByteClass.lineFeed:
                        lineBreaks += 1
                        i += 1
                    case ByteClass.carriageReturn:
                        if i + 1 == n && !atEnd { return .needMoreInput }
                        i += i + 1 < n && p[i + 1] == ByteClass.lf ? 2 : 1
                        lineBreaks += 1
                    case ByteClass.control:
                        throw binaryData(c, line: line + lineBreaks)
                    default:
                        highBits |= c
                        i += 1
                    }
                }
                spans.append(FieldSpan(start: contentStart, end: i, escaped: escaped))
                i += 1  // the closing quote
                if i == n && !atEnd { return .needMoreInput }
                if i < n {
                    let k = classes[Int(p[i])]
                    if k != ByteClass.delimiter && k != ByteClass.lineFeed && k != ByteClass.carriageReturn {
                        if error == nil {
                            error = CSVError(
                                line: line,
                                message:
                                    "text after a closing quote; quote the whole field and double the quotes inside it (\"\")"
                            )
                        }
                        // Skip the rest of the field to find the next record.
                        while i < n {
                            let k = classes[Int(p[i])]
                            if k == ByteClass.delimiter || k == ByteClass.lineFeed || k == ByteClass.carriageReturn {
                                break
                            }
                            if k == ByteClass.control { throw binaryData(p[i], line: line + lineBreaks) }
                            i += 1
                        }
                        if i == n && !atEnd { return .needMoreInput }
                    }
                }
            } else {
                let fieldStart = i
                while i < n {
                    let c = p[i]
                    let k = classes[Int(c)]
                    if k == ByteClass.ordinary || k == ByteClass.quoteMark {
                        // A quote inside an unquoted field is kept as written, as Excel does.
                        highBits |= c
                        i += 1
                        continue
                    }
                    if k == ByteClass.control { throw binaryData(c, line: line + lineBreaks) }
                    break
                }
                if i == n && !atEnd { return .needMoreInput }
                spans.append(FieldSpan(start: fieldStart, end: i, escaped: false))
            }

            // The field ends at the end of the input, a delimiter or a line break.
            if i == n {
                return .record(nextStart: i, lineBreaks: lineBreaks, highBits: highBits, error: error)
            }
            let c = p[i]
            if c == delimiter {
                i += 1
                continue
            }
            if c == ByteClass.lf {
                return .record(nextStart: i + 1, lineBreaks: lineBreaks + 1, highBits: highBits, error: error)
            }
            if i + 1 == n && !atEnd { return .needMoreInput }
            let nextStart = i + 1 < n && p[i + 1] == ByteClass.lf ? i + 2 : i + 1
            return .record(nextStart: nextStart, lineBreaks: lineBreaks + 1, highBits: highBits, error: error)
        }
    }

    private func binaryData(_ byte: UInt8, line: Int) -> CSVError {
        finished = true
        return CSVError(line: line, message: "binary data (byte \(hex(byte))) — this is not a text CSV file")
    }

    // MARK: Decoding

    private func decodeFields(recordStart: Int, recordLine: Int, highBits: UInt8) throws(CSVError) -> [String] {
        switch encoding {
        case nil, .utf8:
            var fields: [String] = []
            fields.reserveCapacity(spans.count)
            if highBits < 0x80 {
                for (index, span) in spans.enumerated() { fields.append(wanted(index) ? decodeUTF8(span) : "") }
                return fields
            }
            for span in spans {
                if let field = validUTF8(span) {
                    fields.append(field)
                } else if encoding == nil {
                    return try decodeWindows1252(recordStart: recordStart, recordLine: recordLine)
                } else {
                    throw CSVError(
                        line: lineOf(span.start, recordStart: recordStart, recordLine: recordLine),
                        message: "this text is not valid UTF-8; the file may be Windows-1252 or Latin-1")
                }
            }
            return fields
        case .windows1252:
            return try decodeWindows1252(recordStart: recordStart, recordLine: recordLine)
        case .latin1:
            return spans.map { span in
                transcode(span) { byte, utf8 in Self.appendUTF8(UInt32(byte), to: &utf8) }
            }
        }
    }

    private func bytes(of span: FieldSpan) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: buffer + span.start, count: span.end - span.start)
    }

    /// The field's bytes with each doubled quote taken as one, in `scratch`.
    private func unescapeIntoScratch(_ span: FieldSpan) {
        scratch.removeAll(keepingCapacity: true)
        var i = span.start
        while i < span.end {
            scratch.append(buffer[i])
            i += buffer[i] == ByteClass.quote ? 2 : 1
        }
    }

    private func decodeUTF8(_ span: FieldSpan) -> String {
        guard span.escaped else { return String(decoding: bytes(of: span), as: UTF8.self) }
        unescapeIntoScratch(span)
        return String(decoding: scratch, as: UTF8.self)
    }

    /// The field as a string, nil when it is not valid UTF-8. (`String(validating:as:)`
    /// goes through generic code that made non-ASCII records three times slower.)
    private func validUTF8(_ span: FieldSpan) -> String? {
        guard span.escaped else {
            let bytes = bytes(of: span)
            return Self.isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
        }
        unescapeIntoScratch(span)
        return scratch.withUnsafeBufferPointer { bytes in
            Self.isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
        }
    }

    /// Well-formed UTF-8 as in the Unicode standard (table 3-7): no overlong
    /// forms, no surrogates, nothing above U+10FFFF.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            i + offset < n && range.contains(bytes[i + offset])
        }
        while i < n {
            let lead = bytes[i]
            switch lead {
            case 0x00...0x7F:
                i += 1
                continue
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                i += 2
            case 0xE0:
                guard continuation(1, 0xA0...0xBF), continuation(2) else { return false }
                i += 3
            case 0xE1...0xEC, 0xEE...0xEF:
                guard continuation(1), continuation(2) else { return false }
                i += 3
            case 0xED:
                guard continuation(1, 0x80...0x9F), continuation(2) else { return false }
                i += 3
            case 0xF0:
                guard continuation(1, 0x90...0xBF), continuation(2), continuation(3) else { return false }
                i += 4
            case 0xF1...0xF3:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                i += 4
            case 0xF4:
                guard continuation(1, 0x80...0x8F), continuation(2), continuation(3) else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }

    private func decodeWindows1252(recordStart: Int, recordLine: Int) throws(CSVError) -> [String] {
        for span in spans {
            for i in span.start..<span.end where Self.windows1252Scalar(buffer[i]) == nil {
                let byte = buffer[i]
                let what =
                    encoding == nil
                    ? "is neither UTF-8 nor Windows-1252 text" : "is not a Windows-1252 character"
                throw CSVError(
                    line: lineOf(i, recordStart: recordStart, recordLine: recordLine),
                    message: "byte \(hex(byte)) \(what); the file may be in another encoding (latin1?)")
            }
        }
        return spans.map { span in
            transcode(span) { byte, utf8 in
                Self.appendUTF8(Self.windows1252Scalar(byte)!, to: &utf8)
            }
        }
    }

    /// Decodes a single-byte encoding: maps each byte of the field, writes UTF-8 to `scratch`.
    private func transcode(_ span: FieldSpan, _ append: (UInt8, inout [UInt8]) -> Void) -> String {
        var utf8 = scratch
        scratch = []  // keeps `utf8` uniquely referenced
        utf8.removeAll(keepingCapacity: true)
        var i = span.start
        while i < span.end {
            let byte = buffer[i]
            append(byte, &utf8)
            i += byte == ByteClass.quote && span.escaped ? 2 : 1
        }
        let field = String(decoding: utf8, as: UTF8.self)
        scratch = utf8
        return field
    }

    private static func appendUTF8(_ scalar: UInt32, to utf8: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            utf8.append(UInt8(scalar))
        case 0x80..<0x800:
            utf8.append(UInt8(0xC0 | scalar >> 6))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        default:  // the single-byte encodings here reach no further than U+FFFF
            utf8.append(UInt8(0xE0 | scalar >> 12))
            utf8.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The code point of a Windows-1252 byte, nil for the five undefined ones
    /// (0x81, 0x8D, 0x8F, 0x90, 0x9D). Outside 0x80–0x9F it equals the byte, as in Latin-1.
    static func windows1252Scalar(_ byte: UInt8) -> UInt32? {
        guard byte >= 0x80 && byte < 0xA0 else { return UInt32(byte) }
        let scalar = windows1252Controls[Int(byte - 0x80)]
        return scalar == 0 ? nil : scalar
    }

    private static let windows1252Controls: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,  // 0x88
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,  // 0x98
    ]

    /// The physical line of the byte at `position` in the current record.
    private func lineOf(_ position: Int, recordStart: Int, recordLine: Int) -> Int {
        var line = recordLine
        var i = recordStart
        while i < position {
            if buffer[i] == ByteClass.lf {
                line += 1
            } else if buffer[i] == ByteClass.cr && !(i + 1 < position && buffer[i + 1] == ByteClass.lf) {
                line += 1
            }
            i += 1
        }
        return line
    }
}

/// Where a field's bytes are in the buffer: for a quoted field, between the quotes.
struct FieldSpan {
    var start: Int
    var end: Int
    /// Holds doubled quotes that stand for one.
    var escaped: Bool
}

/// Bytes with a meaning to the parser, and the classes of the byte table.
enum ByteClass {
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let quote = UInt8(ascii: "\"")
    static let comma = UInt8(ascii: ",")
    static let semicolon = UInt8(ascii: ";")
    static let tab = UInt8(ascii: "\t")

    static let ordinary: UInt8 = 0
    static let delimiter: UInt8 = 1
    static let lineFeed: UInt8 = 2
    static let carriageReturn: UInt8 = 3
    static let quoteMark: UInt8 = 4
    /// A C0 control other than tab, LF, FF and CR: the input is not text.
    static let control: UInt8 = 5
}

/// Where the reader's bytes come from: a file descriptor, or an array for small inputs.
struct ByteSource {
    private let fileDescriptor: Int32?
    private let bytes: [UInt8]
    private var offset = 0

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        bytes = []
    }

    init(bytes: [UInt8]) {
        fileDescriptor = nil
        self.bytes = bytes
    }

    /// Like read(2): the number of bytes read, 0 at the end, -1 on an error (see errno).
    mutating func read(into destination: UnsafeMutablePointer<UInt8>, maxCount: Int) -> Int {
        guard let fileDescriptor else {
            let count = min(maxCount, bytes.count - offset)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBufferPointer { source in
                destination.update(from: source.baseAddress! + offset, count: count)
            }
            offset += count
            return count
        }
        while true {
            let count = systemRead(fileDescriptor, destination, maxCount)
            if count >= 0 || errno != EINTR { return count }
        }
    }
}

/// read(2), which `ByteSource.read` hides by its name.
private func systemRead(_ fd: Int32, _ destination: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(fd, destination, count)
}

private func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "0x" + (digits.count == 1 ? "0" + digits : digits)
}
