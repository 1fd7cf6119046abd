import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a worksheet part with Foundation's `XMLParser`, event by event,
/// into ``SheetRows``: for a sheet that is not UTF-8 (XML allows UTF-16),
/// and the reference ``SheetScanner`` is tested against.
final class SheetParser: NSObject, XMLParserDelegate {
    let rows: SheetRows
    private(set) var writeFailure: Error?

    init(_ rows: SheetRows) {
        self.rows = rows
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        rows.start(
            WorkbookParts.localName(elementName),
            SheetAttributes(reference: attributes["r"], style: attributes["s"], type: attributes["t"]))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        do {
            try rows.end(WorkbookParts.localName(elementName))
        } catch {
            writeFailure = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        rows.characters(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        rows.characters(String(decoding: CDATABlock, as: UTF8.self))
    }
}
