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

/// Reads a CSV file record by record (RFC 4180), keeping only the current
/// record in memory, and tells the physical line where each record starts.
///
/// - The delimiter (`,` `;` or tab) is the one that occurs most often outside
///   quotes in the header line, `,` on a tie, unless one is given.
/// - A UTF-8 byte-order mark is skipped. Without a given encoding a record is
///   UTF-8, or Windows-1252 when it is not valid UTF-8 (`CSVTextDecoder`).
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
    private var decoder: CSVTextDecoder
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
        decoder = CSVTextDecoder(encoding: encoding)
        capacity = max(chunkSize, 4)
        buffer = .allocate(capacity: capacity)
        byteClasses = .allocate(capacity: 256)
        // Detection needs the buffer, so it comes after all stored properties are set.
        fieldDelimiter = delimiter ?? ByteClass.comma
        if let delimiter, delimiter == ByteClass.quote || delimiter == ByteClass.lf || delimiter == ByteClass.cr {
            throw CSVError(line: 1, problem: .delimiterNotAllowed)
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
                throw CSVError(line: line, problem: .readFailed(reason: String(cString: strerror(errno))))
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
        // A workbook read from a pipe (a file given by name is known before).
        if end - start >= 4 && buffer[start] == 0x50 && buffer[start + 1] == 0x4B && buffer[start + 2] == 3
            && buffer[start + 3] == 4
        {
            finished = true
            throw CSVError(line: 1, problem: .workbook(.workbookFromPipe))
        }
        var lineNumber = 1
        for index in start..<end {
            let byte = buffer[index]
            if byte == ByteClass.lf { lineNumber += 1 }
            if byte == 0 {
                finished = true
                throw CSVError(line: lineNumber, problem: .binaryFile)
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
            throw CSVError(line: 1, problem: .utf16)
        }
    }

    // MARK: Delimiter detection

    private func detectDelimiter() throws(CSVError) -> UInt8 {
        while true {
            let complete = sourceExhausted || end - start >= Self.delimiterDetectionLimit
            let header = UnsafeBufferPointer(start: buffer + start, count: end - start)
            if let delimiter = CSVDelimiter.scanHeader(header, complete: complete) { return delimiter }
            try refill()
        }
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
                        throw CSVError(line: quoteLine, problem: .unclosedQuote)
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
                            error = CSVError(line: line, problem: .textAfterClosingQuote)
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
        return CSVError(line: line, problem: .binaryByte(byte))
    }

    // MARK: Decoding

    private func decodeFields(recordStart: Int, recordLine: Int, highBits: UInt8) throws(CSVError) -> [String] {
        try decoder.decode(
            spans, of: RecordBytes(buffer: buffer, start: recordStart, line: recordLine), highBits: highBits,
            fieldsWanted: fieldsWanted)
    }
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
