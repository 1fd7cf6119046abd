import Foundation
import XCTest

@testable import StakeMapKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The sheet's own reader against `XMLParser`: every sheet here, cut into
/// chunks of every size from 1 byte, gives the same records both ways.
final class SheetScannerTests: XCTestCase {
    static let context = SheetRows.Context(
        strings: ["Naam", "Jan de Vries", "Ineke"], formats: [.number, .date, .dateTime(seconds: false)],
        date1904: false)

    static let sheets: [String] = [
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n"
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            + #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Macht</t></is></c>"#
            + #"<c r="C1" t="str"><f>"Notities"</f><v>Notities</v></c></row><row r="2" spans="1:3"/>"#
            + #"<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>4.0</v></c><c r="C3" s="1"><v>46096</v></c></row>"#
            + #"<row r="4"><c r="A4" t="inlineStr"><is><r><t>Ine</t></r><r><rPr><b/></rPr><t>ke</t></r><rPh sb="0" eb="1"><t>イ</t></rPh></is></c><c r="C4" t="b"><v>1</v></c></row>"#
            + #"<row r="6"><c t="inlineStr"><is><t>Piet</t></is></c><c><v>3</v></c><c s="2"><v>46096.75</v></c></row>"#
            + "</sheetData></worksheet>",
        // Prefixes, single quotes, a ">" in a value, entities, character references,
        // CDATA, comments, a processing instruction, CRLF in a text, spaces between elements.
        #"<?xml version='1.0' encoding='utf-8'?>"# + "\n"
            + #"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + "\n  <x:sheetData>\n"
            + #"    <x:row r='1'><x:c r='A1' t='inlineStr'><x:is><x:t>name</x:t></x:is></x:c>"#
            + #"<x:c r="B1" note="a>b" t="inlineStr"><x:is><x:t xml:space="preserve"> notes </x:t></x:is></x:c></x:row>"#
            + "\n"
            + "    <!-- a comment <c> -->\n"
            + #"    <x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Jos&#233; &amp; Zo&#xEB;</x:t></x:is></x:c>"#
            + #"<?pi data?><x:c r="B2" t="inlineStr"><x:is><x:t><![CDATA[a < b & c]]> &lt;d&gt; &quot;e&apos;</x:t></x:is></x:c></x:row>"#
            + "\n"
            + #"    <x:row r="3"><x:c r="A3" t="str"><x:v>"# + "twee\r\nregels\rdrie"
            + #"</x:v></x:c><x:c r="B3" t="inlineStr"><x:is><x:t>a_x000D_b</x:t></x:is></x:c></x:row>"#
            + "\n  </x:sheetData>\n</x:worksheet>\n",
        // Errors: in the header, in a row, right of the header.
        #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="e"><v>#REF!</v></c></row>"#
            + #"<row r="2"><c r="A2" t="e"><v>#N/A</v></c><c r="D2"><v>1</v></c></row></sheetData></worksheet>"#,
    ]

    func testEverySheetReadsAsXMLParserReadsIt() throws {
        for sheet in Self.sheets {
            let bytes = Data(sheet.utf8)
            let expected = try Self.viaXMLParser(bytes)
            XCTAssertGreaterThan(expected.count, 20, sheet)
            for chunkSize in [1, 2, 3, 5, 7, 13, 64, bytes.count] {
                XCTAssertEqual(try Self.viaScanner(bytes, chunkSize: chunkSize), expected, "chunks of \(chunkSize)")
            }
        }
    }

    func testTheRecordsOfTheMixedSheet() throws {
        XCTAssertEqual(
            try Self.viaScanner(Data(Self.sheets[0].utf8), chunkSize: 4096),
            "R1,Naam,Macht,Notities\nR3,Jan de Vries,4,2026-03-15\nR4,Ineke,,TRUE\nR6,Piet,3,2026-03-15 18:00\n")
        XCTAssertEqual(
            try Self.viaScanner(Data(Self.sheets[1].utf8), chunkSize: 4096),
            "R1,name,\" notes \"\nR2,José & Zoë,\"a < b & c <d> \"\"e'\"\n"
                + "R3,\"twee\nregels\ndrie\",\"a\rb\"\n")
    }

    func testSharedStringsReadAsXMLParserReadsThem() throws {
        let part =
            #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4">"#
            + "<si><t>Naam</t></si><si><t xml:space=\"preserve\"> Jan &amp; Piet </t></si>"
            + "<si><r><t>Ine</t></r><r><rPr><b/></rPr><t>ke</t></r><rPh sb=\"0\" eb=\"1\"><t>イ</t></rPh></si>"
            + "<si><t>a_x000D_b\r\nc</t></si><si><t/></si></sst>"
        let bytes = Data(part.utf8)
        let expected = ["Naam", " Jan & Piet ", "Ineke", "a\rb\nc", ""]
        let viaParser = SharedStrings()
        XCTAssertNil(WorkbookParts.parse(InputStream(data: bytes), with: SheetParser(viaParser)))
        XCTAssertEqual(viaParser.strings, expected)
        for chunkSize in [1, 3, 17, bytes.count] {
            let viaScanner = SharedStrings()
            let scanner = SheetScanner(viaScanner)
            var start = 0
            while start < bytes.count {
                try scanner.feed(bytes.subdata(in: start..<min(start + chunkSize, bytes.count)))
                start += chunkSize
            }
            scanner.finish()
            XCTAssertNil(scanner.malformed)
            XCTAssertEqual(viaScanner.strings, expected, "chunks of \(chunkSize)")
        }
    }

    func testDamagedXMLIsFoundBothWays() throws {
        let cut = Data(Self.sheets[0].utf8.prefix(300))
        let rows = SheetRows(Self.context, output: BufferedOutput { _ in })
        let scanner = SheetScanner(rows)
        try scanner.feed(cut)
        scanner.finish()
        XCTAssertEqual(scanner.malformed, "the XML ends inside an element")
        for bad in ["<a><b x=1/></a>", "<c><v>&nbsp;</v></c>", "<!DOCTYPE a><a/>", "<a></b></a></a>"] {
            let scanner = SheetScanner(SheetRows(Self.context, output: BufferedOutput { _ in }))
            try scanner.feed(Data(bad.utf8))
            scanner.finish()
            XCTAssertNotNil(scanner.malformed, bad)
        }
        XCTAssertTrue(SheetScanner.isUTF8(Data(#"<?xml version="1.0" encoding="UTF-8"?><a/>"#.utf8)))
        XCTAssertFalse(SheetScanner.isUTF8(Data(#"<?xml version="1.0" encoding="UTF-16"?><a/>"#.utf8)))
        XCTAssertFalse(SheetScanner.isUTF8(Data([0xFF, 0xFE, 0x3C, 0x00])))
    }

    static func viaScanner(_ bytes: Data, chunkSize: Int) throws -> String {
        try BufferedOutput.collecting { output in
            let scanner = SheetScanner(SheetRows(context, output: output))
            var start = 0
            while start < bytes.count {
                try scanner.feed(bytes.subdata(in: start..<min(start + chunkSize, bytes.count)))
                start += chunkSize
            }
            scanner.finish()
            XCTAssertNil(scanner.malformed)
        }
    }

    static func viaXMLParser(_ bytes: Data) throws -> String {
        try BufferedOutput.collecting { output in
            let parser = SheetParser(SheetRows(context, output: output))
            XCTAssertNil(WorkbookParts.parse(InputStream(data: bytes), with: parser))
        }
    }
}
