import Foundation

/// The text encodings a CSV file can be read in (`--encoding`).
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    /// What Excel writes on Dutch Windows ("CSV (gescheiden door lijstscheidingsteken)").
    case windows1252 = "windows-1252"
    /// ISO 8859-1: byte 0xNN is U+00NN.
    case latin1
}

/// The bytes of the record being decoded: it starts at `start` in `buffer`, on physical line `line`.
struct RecordBytes {
    let buffer: UnsafeMutablePointer<UInt8>
    let start: Int
    let line: Int

    func bytes(of span: FieldSpan) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: buffer + span.start, count: span.end - span.start)
    }

    /// The physical line of the byte at `position` in the record.
    func line(at position: Int) -> Int {
        var line = self.line
        var i = start
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

/// Turns the fields of a record into strings: UTF-8 (checked by the standard
/// library), or, when no encoding is given, Windows-1252 for a record that is
/// not valid UTF-8; or the encoding given.
struct CSVTextDecoder {
    let encoding: TextEncoding?
    /// Holds a field's bytes unescaped or transcoded, reused from field to field.
    private var scratch: [UInt8] = []

    init(encoding: TextEncoding?) {
        self.encoding = encoding
    }

    /// The fields of `record` at `spans`. `highBits` is every field byte ORed
    /// together; below 0x80 the record is ASCII and only `fieldsWanted` are
    /// made (empty: all), the others read as "".
    mutating func decode(
        _ spans: [FieldSpan], of record: RecordBytes, highBits: UInt8, fieldsWanted: [Bool]
    ) throws(CSVError) -> [String] {
        switch encoding {
        case nil, .utf8:
            var fields: [String] = []
            fields.reserveCapacity(spans.count)
            if highBits < 0x80 {
                for (index, span) in spans.enumerated() {
                    let wanted = fieldsWanted.isEmpty || (index < fieldsWanted.count && fieldsWanted[index])
                    fields.append(wanted ? ascii(span, of: record) : "")
                }
                return fields
            }
            for span in spans {
                if let field = validUTF8(span, of: record) {
                    fields.append(field)
                } else if encoding == nil {
                    return try decodeWindows1252(spans, of: record)
                } else {
                    throw CSVError(line: record.line(at: span.start), problem: .notUTF8)
                }
            }
            return fields
        case .windows1252:
            return try decodeWindows1252(spans, of: record)
        case .latin1:
            return spans.map { span in transcode(span, of: record) { UInt32($0) } }
        }
    }

    /// The field's bytes with each doubled quote taken as one, in `scratch`.
    private mutating func unescapeIntoScratch(_ span: FieldSpan, of record: RecordBytes) {
        scratch.removeAll(keepingCapacity: true)
        var i = span.start
        while i < span.end {
            scratch.append(record.buffer[i])
            i += record.buffer[i] == ByteClass.quote ? 2 : 1
        }
    }

    private mutating func ascii(_ span: FieldSpan, of record: RecordBytes) -> String {
        guard span.escaped else { return String(decoding: record.bytes(of: span), as: UTF8.self) }
        unescapeIntoScratch(span, of: record)
        return String(decoding: scratch, as: UTF8.self)
    }

    /// The field as a string, nil when it is not valid UTF-8. `UTF8Span`'s check
    /// and copy took 0.23 s for 2M 27-byte fields, `String(decoding:)` alone
    /// 0.26 s, `String(validating:as:)` 0.68 s (release, this machine).
    private mutating func validUTF8(_ span: FieldSpan, of record: RecordBytes) -> String? {
        guard span.escaped else { return Self.validUTF8(record.bytes(of: span)) }
        unescapeIntoScratch(span, of: record)
        return scratch.withUnsafeBufferPointer(Self.validUTF8)
    }

    private static func validUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let text = try? UTF8Span(validating: bytes.span) else { return nil }
        return String(copying: text)
    }

    private mutating func decodeWindows1252(_ spans: [FieldSpan], of record: RecordBytes) throws(CSVError) -> [String]
    {
        let table = Self.windows1252
        for span in spans {
            for i in span.start..<span.end where table[Int(record.buffer[i])] == nil {
                throw CSVError(
                    line: record.line(at: i), problem: .undecodableByte(record.buffer[i], fallback: encoding == nil))
            }
        }
        return spans.map { span in transcode(span, of: record) { table[Int($0)]! } }
    }

    /// Windows-1252 as Foundation reads it, byte by byte; nil for the five bytes
    /// it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). Outside 0x80–0x9F a byte is its code point.
    private static let windows1252: [UInt32?] = (0...255).map { byte in
        String(data: Data([UInt8(byte)]), encoding: .windowsCP1252)?.unicodeScalars.first?.value
    }

    /// Decodes a single-byte encoding: maps each byte of the field to its code
    /// point and writes it as UTF-8. Foundation's `String(data:encoding:)` took
    /// 2.2 µs a field, `UTF8.encode` three times as long as this (release, 25-byte fields).
    private mutating func transcode(
        _ span: FieldSpan, of record: RecordBytes, _ codePoint: (UInt8) -> UInt32
    ) -> String {
        scratch.removeAll(keepingCapacity: true)
        var i = span.start
        while i < span.end {
            let byte = record.buffer[i]
            Self.appendUTF8(codePoint(byte), to: &scratch)
            i += byte == ByteClass.quote && span.escaped ? 2 : 1
        }
        return String(decoding: scratch, as: UTF8.self)
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
}
