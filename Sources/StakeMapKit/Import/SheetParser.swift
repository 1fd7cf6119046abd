import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a worksheet part (or the shared strings) with Foundation's
/// `XMLParser`, event by event, into ``SheetRows`` (``SharedStrings``): for a
/// part that is not UTF-8 (XML allows UTF-16), and the reference
/// ``SheetScanner`` is tested against.
final class SheetParser: NSObject, XMLParserDelegate {
    let events: any SheetEvents
    private(set) var writeFailure: Error?

    init(_ events: any SheetEvents) {
        self.events = events
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        events.start(
            WorkbookParts.localName(elementName),
            SheetAttributes(reference: attributes["r"], style: attributes["s"], type: attributes["t"]))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        do {
            try events.end(WorkbookParts.localName(elementName))
        } catch {
            writeFailure = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        events.characters(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        events.characters(String(decoding: CDATABlock, as: UTF8.self))
    }
}
