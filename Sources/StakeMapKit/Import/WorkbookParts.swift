import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The small parts of a workbook that say where its sheets are and how their
/// cells read: the relationships, the list of sheets, the styles and the
/// shared strings (ECMA-376 Part 1, §12 and §18). Each is read with
/// Foundation's `XMLParser`, whose element names keep any namespace prefix
/// (`x:row`); `localName` drops it.
enum WorkbookParts {
    /// An element's name without its namespace prefix. (By its UTF-8: a
    /// search by Character took a fifth of the time of reading a sheet.)
    static func localName(_ name: String) -> String {
        let utf8 = name.utf8
        guard let colon = utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[utf8.index(after: colon)...])
    }

    /// Parses `stream` with `delegate`; nil when it is well-formed, else XMLParser's reason.
    static func parse(_ stream: InputStream, with delegate: XMLParserDelegate) -> String? {
        let parser = XMLParser(stream: stream)
        parser.delegate = delegate
        if parser.parse() { return nil }
        return parser.parserError.map { "\(($0 as NSError).localizedDescription)" } ?? "XML error"
    }

    /// The target of a relationship, as a path inside the zip: relative to the
    /// part that has it (`base`, a folder such as `xl`), or absolute from the root.
    static func resolve(_ target: String, from base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for part in target.split(separator: "/") {
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if part != "." {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}

/// A `.rels` part: each relationship's id, type and target.
final class RelationshipsPart: NSObject, XMLParserDelegate {
    struct Relationship {
        let id: String
        let type: String
        let target: String
    }
    private(set) var relationships: [Relationship] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        guard WorkbookParts.localName(elementName) == "Relationship", let target = attributes["Target"] else { return }
        relationships.append(Relationship(id: attributes["Id"] ?? "", type: attributes["Type"] ?? "", target: target))
    }

    /// The target of the first relationship whose type ends in `/kind` (`officeDocument`, `styles`).
    func target(ofType kind: String) -> String? {
        relationships.first { $0.type.hasSuffix("/" + kind) }?.target
    }
}

/// `xl/workbook.xml`: the sheets in their order (name and relationship id),
/// and whether dates count from 1904 (old Excel for Mac).
final class WorkbookPart: NSObject, XMLParserDelegate {
    private(set) var sheets: [(name: String, relationship: String)] = []
    private(set) var date1904 = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        switch WorkbookParts.localName(elementName) {
        case "sheet":
            // The relationship id is `r:id`, whatever prefix the file gives the namespace.
            let relationship = attributes.first { $0.key == "id" || $0.key.hasSuffix(":id") }?.value ?? ""
            sheets.append((attributes["name"] ?? "", relationship))
        case "workbookPr":
            date1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
        default:
            break
        }
    }
}

/// `xl/styles.xml`: for each cell style (`s="3"`, an index into `cellXfs`) how its number reads.
final class StylesPart: NSObject, XMLParserDelegate {
    private var codes: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    /// The format of each style, by index.
    var formats: [CellFormat] { formatIDs.map { CellFormat.of(id: $0, codes: codes) } }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        switch WorkbookParts.localName(elementName) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                codes[id] = code
            }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            formatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if WorkbookParts.localName(elementName) == "cellXfs" { inCellFormats = false }
    }
}

/// `xl/sharedStrings.xml`: the text of each string item, in order. The text
/// of a rich item is its runs' text; phonetic runs (`rPh`) are left out.
final class SharedStrings: SheetEvents {
    private(set) var strings: [String] = []
    private var text = ""
    private var inText = false
    private var phonetic = 0

    var wantsCharacters: Bool { inText }

    func start(_ name: String, _ attributes: SheetAttributes) {
        switch name {
        case "si": text = ""
        case "t": inText = phonetic == 0
        case "rPh": phonetic += 1
        default: break
        }
    }

    func end(_ name: String) {
        switch name {
        case "si": strings.append(SheetText.unescape(text))
        case "t": inText = false
        case "rPh": phonetic -= 1
        default: break
        }
    }

    func characters(_ string: String) {
        if inText { text += string }
    }
}
