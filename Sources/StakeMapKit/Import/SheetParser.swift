import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a worksheet part (`<sheetData><row r="7"><c r="F7" s="2" t="s"><v>12</v></c>…`)
/// with Foundation's `XMLParser`, event by event, and writes each row with a
/// value as one record line to `output`: the row number Excel shows, then
/// its cells as text (see ``SheetRecords``). Memory holds one row.
///
/// Strings: shared (`t="s"`), inline (`t="inlineStr"`, `<is><t>`) and formula
/// results (`t="str"`, how SheetJS writes every string); booleans as TRUE and
/// FALSE; numbers as ``CellFormat`` reads them through the cell's style; an
/// error value (`#N/A`) is a problem of its row and column.
final class SheetParser: NSObject, XMLParserDelegate {
    private let strings: [String]
    private let formats: [CellFormat]
    private let date1904: Bool
    private let output: BufferedOutput
    /// The header row once written: its titles, to name the column of an error.
    private var header: [String]?
    private(set) var writeFailure: Error?
    private(set) var rowsWritten = 0

    // The row and cell being read.
    private var rowNumber = 0
    private var cells: [String] = []
    private var problems: [WorkbookMessage] = []
    private var column = -1
    private var cellReference: String?
    private var cellType: String?
    private var cellStyle = 0
    private var value = ""
    private var inValue = false
    private var inInlineString = false
    private var inText = false
    private var phonetic = 0

    /// What the other parts say about the sheet's cells.
    struct Context {
        let strings: [String]
        let formats: [CellFormat]
        let date1904: Bool
    }

    init(_ context: Context, output: BufferedOutput) {
        strings = context.strings
        formats = context.formats
        date1904 = context.date1904
        self.output = output
    }

    /// The row being read when the parser stopped, for a message about damaged XML.
    var currentRow: Int { max(rowNumber, 1) }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        switch WorkbookParts.localName(elementName) {
        case "c":
            cellReference = attributes["r"]
            cellType = attributes["t"]
            cellStyle = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
            column = cellReference.flatMap(Self.columnIndex) ?? column + 1
        case "v":
            inValue = true
        case "is":
            inInlineString = true
        case "t":
            inText = inInlineString && phonetic == 0
        case "rPh":
            phonetic += 1
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            problems.removeAll()
            column = -1
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch WorkbookParts.localName(elementName) {
        case "c":
            endCell()
        case "v":
            inValue = false
        case "is":
            inInlineString = false
        case "t":
            inText = false
        case "rPh":
            phonetic -= 1
        case "row":
            endRow(parser)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue || inText { value += string }
    }

    private func endCell() {
        let text: String
        switch cellType {
        case "s":
            guard let index = Int(Self.trimmed(value)), index >= 0, index < strings.count else {
                text = ""
                break
            }
            text = strings[index]
        case "inlineStr", "str":
            text = SheetText.unescape(value)
        case "b":
            text = Self.trimmed(value) == "1" ? "TRUE" : "FALSE"
        case "e":
            let reference = cellReference ?? "\(ColumnTitle.letter(max(column, 0)))\(rowNumber)"
            if let header, column >= 0, column < header.count {
                let title = header[column].isEmpty ? ColumnTitle.letter(column) : header[column]
                problems.append(.errorCell(column: ColumnTitle.withLetter(title, letter: ColumnTitle.letter(column)), value: value))
            } else if header == nil {
                problems.append(.errorInHeader(cell: reference, value: value))
            } else {
                problems.append(.cellRightOfHeader(cell: reference, lastColumn: ColumnTitle.letter(max((header?.count ?? 1) - 1, 0))))
            }
            text = ""
        case "d":
            // An ISO 8601 date (strict Open XML); its date part, as the other dates read.
            text = value.count >= 10 && value.contains("T00:00:00") ? String(value.prefix(10)) : value
        default:
            let format = cellStyle < formats.count ? formats[cellStyle] : .number
            text = value.isEmpty ? "" : format.text(Self.trimmed(value), date1904: date1904)
        }
        guard column >= 0, !text.isEmpty else { return }
        // A sheet has 16,384 columns at most (XFD); a cell past that is damage, not data.
        guard column < 16_384 else { return }
        while cells.count <= column { cells.append("") }
        cells[column] = text
    }

    private func endRow(_ parser: XMLParser) {
        while let last = cells.last, last.isEmpty { cells.removeLast() }
        if let header, cells.count > header.count, problems.isEmpty {
            let position = cells.count - 1
            problems.append(
                .cellRightOfHeader(
                    cell: "\(ColumnTitle.letter(position))\(rowNumber)",
                    lastColumn: ColumnTitle.letter(max(header.count - 1, 0))))
        }
        do {
            for problem in problems {
                try output.write(CSVWriter.line(["E\(rowNumber)"] + SheetRecords.encode(problem)))
            }
            if problems.isEmpty && !cells.isEmpty {
                if header == nil { header = cells }
                try output.write(CSVWriter.line(["R\(rowNumber)"] + cells))
                rowsWritten += 1
            }
        } catch {
            writeFailure = error
            parser.abortParsing()
        }
    }

    /// A number's text without the spaces around it, which a hand-written file may have.
    private static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ") else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The 0-based column of a cell reference: `F7` → 5, `AA1` → 26.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): index = index * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): index = index * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "$"): continue
            default:
                return letters > 0 ? index - 1 : nil
            }
            letters += 1
            if letters > 3 { return nil }
        }
        return letters > 0 ? index - 1 : nil
    }
}
