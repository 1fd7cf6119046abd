import Foundation

/// Reads a worksheet part's UTF-8 bytes (or the shared strings') as the zip
/// unpacks them, chunk by chunk, into ``SheetRows`` (``SharedStrings``): the elements, their `r`, `s` and `t`
/// attributes, character data with XML's five entities, character
/// references and CDATA; comments and processing instructions are passed
/// over. It keeps only a tag or text cut by the end of a chunk.
///
/// Why not `XMLParser` for the sheet, as for the other parts: on the sheet of
/// 100,000 people (53 MB) `XMLParser` alone, with a delegate that does
/// nothing, took 1.2 s of CPU (2.5 s on the shared machine), and the
/// import of the sheet's rows from CSV 1.5 s, so the workbook could not come
/// within twice the CSV's time: unpacked and read with it, the sheet went to
/// records in 3.2 s; with this, in 1.2 s (release, same machine). `SheetParser` does
/// the same with `XMLParser` for a sheet that is not UTF-8, and the tests
/// read every test sheet both ways.
final class SheetScanner {
    let events: any SheetEvents
    private var pending: [UInt8] = []
    private var depth = 0
    /// Why the XML is not well-formed, once it is found not to be.
    private(set) var malformed: String?

    init(_ events: any SheetEvents) {
        self.events = events
    }

    func feed(_ chunk: Data) throws {
        guard malformed == nil else { return }
        if pending.isEmpty {
            try chunk.withUnsafeBytes { try scan($0.bindMemory(to: UInt8.self)) }
        } else {
            var work = pending
            work.append(contentsOf: chunk)
            pending = []
            try work.withUnsafeBufferPointer { try scan($0) }
        }
    }

    /// The end of the part: nothing may be left open.
    func finish() {
        guard malformed == nil else { return }
        if depth != 0 || pending.contains(where: { !Self.isSpace($0) }) {
            malformed = "the XML ends inside an element"
        }
    }

    /// Whether XML that starts with `head` is UTF-8: no UTF-16 byte-order
    /// mark, and a declaration that names no other encoding.
    static func isUTF8(_ head: Data) -> Bool {
        let bytes = [UInt8](head.prefix(256))
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        return declaredEncoding(bytes).map { ["utf-8", "utf8"].contains($0) } ?? true
    }

    /// The `encoding` of `<?xml … ?>` at the start, lowercased; nil when it names none.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard bytes.count - start > 5, bytes[start..<(start + 5)].elementsEqual("<?xml".utf8) else { return nil }
        let declaration = bytes[start...].prefix { $0 != UInt8(ascii: ">") }
        let text = String(decoding: declaration, as: UTF8.self).lowercased()
        guard let range = text.range(of: "encoding") else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    // MARK: Scanning

    private static let lessThan = UInt8(ascii: "<")
    private static let greaterThan = UInt8(ascii: ">")

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        let n = bytes.count
        var i = 0
        while i < n {
            if bytes[i] != Self.lessThan {
                var j = i
                while j < n && bytes[j] != Self.lessThan { j += 1 }
                if j == n {
                    keep(bytes, from: i)
                    return
                }
                if events.wantsCharacters { try text(UnsafeBufferPointer(rebasing: bytes[i..<j]), entities: true) }
                i = j
                continue
            }
            // A markup at i: find where it ends, or keep it for the next chunk.
            guard let end = try markup(bytes, at: i) else {
                keep(bytes, from: i)
                return
            }
            if malformed != nil { return }
            i = end
        }
    }

    private func keep(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        pending = Array(bytes[start...])
    }

    /// Handles the markup starting at `start` (`<`); returns where it ends,
    /// or nil when it goes on past the end of `bytes`.
    private func markup(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) throws -> Int? {
        let n = bytes.count
        guard start + 1 < n else { return nil }
        switch bytes[start + 1] {
        case UInt8(ascii: "?"):
            return find([UInt8(ascii: "?"), Self.greaterThan], in: bytes, from: start + 2)
        case UInt8(ascii: "!"):
            if Self.has("<!--", bytes, at: start) {
                return find(Array("-->".utf8), in: bytes, from: start + 4)
            }
            if Self.has("<![CDATA[", bytes, at: start) {
                guard let end = find(Array("]]>".utf8), in: bytes, from: start + 9) else { return nil }
                if events.wantsCharacters {
                    try text(UnsafeBufferPointer(rebasing: bytes[(start + 9)..<(end - 3)]), entities: false)
                }
                return end
            }
            if n - start < 9 { return nil }
            malformed = "a document type declaration, which a workbook may not have"
            return n
        case UInt8(ascii: "/"):
            guard let close = find([Self.greaterThan], in: bytes, from: start + 2) else { return nil }
            let name = Self.localName(bytes, from: start + 2, to: close - 1)
            depth -= 1
            if depth < 0 { malformed = "an end tag without its start" }
            try events.end(name)
            return close
        default:
            return try startTag(bytes, at: start)
        }
    }

    /// A start tag (or an empty element `<c …/>`): its name and the attributes the rows need.
    private func startTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) throws -> Int? {
        let n = bytes.count
        var i = start + 1
        while i < n && !Self.isSpace(bytes[i]) && bytes[i] != Self.greaterThan && bytes[i] != UInt8(ascii: "/") {
            i += 1
        }
        guard i < n else { return nil }
        let name = Self.localName(bytes, from: start + 1, to: i)
        let wanted = name == "c" || name == "row"
        var attributes = SheetAttributes()
        while true {
            while i < n && Self.isSpace(bytes[i]) { i += 1 }
            guard i < n else { return nil }
            if bytes[i] == Self.greaterThan {
                depth += 1
                events.start(name, attributes)
                return i + 1
            }
            if bytes[i] == UInt8(ascii: "/") {
                guard i + 1 < n else { return nil }
                guard bytes[i + 1] == Self.greaterThan else {
                    malformed = "a \"/\" inside the tag <\(name)>"
                    return n
                }
                events.start(name, attributes)
                try events.end(name)
                return i + 2
            }
            // An attribute: name = "value" (or 'value'); a value may hold a `>`.
            let nameStart = i
            while i < n && bytes[i] != UInt8(ascii: "=") && !Self.isSpace(bytes[i]) && bytes[i] != Self.greaterThan {
                i += 1
            }
            let nameEnd = i
            while i < n && Self.isSpace(bytes[i]) { i += 1 }
            guard i + 1 < n else { return nil }
            guard bytes[i] == UInt8(ascii: "=") else {
                malformed = "an attribute without a value in <\(name)>"
                return n
            }
            i += 1
            while i < n && Self.isSpace(bytes[i]) { i += 1 }
            guard i < n else { return nil }
            let quote = bytes[i]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                malformed = "an attribute value without quotes in <\(name)>"
                return n
            }
            let valueStart = i + 1
            i = valueStart
            while i < n && bytes[i] != quote { i += 1 }
            guard i < n else { return nil }
            if wanted && nameEnd - nameStart == 1 {
                let value = try decode(UnsafeBufferPointer(rebasing: bytes[valueStart..<i]), entities: true)
                switch bytes[nameStart] {
                case UInt8(ascii: "r"): attributes.reference = value
                case UInt8(ascii: "s"): attributes.style = value
                case UInt8(ascii: "t"): attributes.type = value
                default: break
                }
            }
            i += 1
        }
    }

    /// Where `pattern` ends in `bytes` from `start`, or nil when it is not there.
    private func find(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = bytes.count
        let first = pattern[0]
        var i = start
        while i + pattern.count <= n {
            if bytes[i] == first {
                var k = 1
                while k < pattern.count && bytes[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i + pattern.count }
            }
            i += 1
        }
        return nil
    }

    private static func has(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let utf8 = Array(text.utf8)
        guard start + utf8.count <= bytes.count else { return false }
        for (k, byte) in utf8.enumerated() where bytes[start + k] != byte { return false }
        return true
    }

    /// The part of a tag's name after its namespace prefix (`x:row` → `row`).
    private static func localName(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
        var nameStart = start
        var nameEnd = end
        while nameEnd > nameStart && isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
        for k in start..<nameEnd where bytes[k] == UInt8(ascii: ":") { nameStart = k + 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]), as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    // MARK: Text

    private func text(_ bytes: UnsafeBufferPointer<UInt8>, entities: Bool) throws {
        events.characters(try decode(bytes, entities: entities))
    }

    /// Character data as text: UTF-8 checked, line ends as XML reads them
    /// (CRLF and CR as LF), entities and character references replaced.
    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, entities: Bool) throws -> String {
        var plain = true
        for byte in bytes where byte == UInt8(ascii: "&") || byte == 0x0D || byte >= 0x80 {
            plain = false
            break
        }
        if plain { return String(decoding: bytes, as: UTF8.self) }
        guard let checked = try? UTF8Span(validating: bytes.span) else {
            malformed = "text that is not UTF-8"
            return ""
        }
        let text = String(copying: checked)
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == 0x0D }) else { return text }
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\r" {
                result.unicodeScalars.append("\n")
                if scalars.first == "\n" { scalars.removeFirst() }
            } else if scalar == "&" && entities {
                guard let semicolon = scalars.firstIndex(of: ";"),
                    scalars.distance(from: scalars.startIndex, to: semicolon) <= 10,
                    let replaced = Self.entity(String(scalars[..<semicolon]))
                else {
                    malformed = "an \"&\" that starts no entity"
                    return ""
                }
                result.unicodeScalars.append(replaced)
                scalars = scalars[scalars.index(after: semicolon)...]
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let code = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return code.flatMap(Unicode.Scalar.init)
        }
    }
}
