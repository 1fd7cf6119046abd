import Foundation

/// The elements of a worksheet or shared-strings part, as either reader gives
/// them (``SheetScanner``, ``SheetParser``): names without their namespace prefix.
protocol SheetEvents: AnyObject {
    /// Whether the characters now are wanted (a value's, a string's).
    var wantsCharacters: Bool { get }
    func start(_ name: String, _ attributes: SheetAttributes)
    func end(_ name: String) throws
    func characters(_ text: String)
}

/// The attributes of a sheet's elements that its rows need: `r` of a row or
/// cell, and a cell's style `s` and type `t`.
struct SheetAttributes {
    var reference: String?
    var style: String?
    var type: String?
}

/// Turns the elements of a worksheet part (`<sheetData><row r="7"><c r="F7"
/// s="2" t="s"><v>12</v></c>…`), as either reader of the sheet gives them
/// (``SheetParser``, ``SheetScanner``), into record lines on `output`: the
/// row number Excel shows, then the row's cells as text (see
/// ``SheetRecords``). It holds one row.
///
/// Strings: shared (`t="s"`), inline (`t="inlineStr"`, `<is><t>`) and formula
/// results (`t="str"`, how SheetJS writes every string); booleans as TRUE and
/// FALSE; numbers as ``CellFormat`` reads them through the cell's style; an
/// error value (`#N/A`) is a problem of its row and column.
final class SheetRows: SheetEvents {
    /// What the other parts say about the sheet's cells.
    struct Context {
        let strings: [String]
        let formats: [CellFormat]
        let date1904: Bool
    }

    private let strings: [String]
    private let formats: [CellFormat]
    private let date1904: Bool
    private let output: BufferedOutput
    /// The header row once written: its titles, to name the column of an error.
    private var header: [String]?
    private(set) var rowsWritten = 0

    // The row and cell being read.
    private(set) var rowNumber = 0
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

    init(_ context: Context, output: BufferedOutput) {
        strings = context.strings
        formats = context.formats
        date1904 = context.date1904
        self.output = output
    }

    /// The row being read, for a message about damaged XML.
    var currentRow: Int { max(rowNumber, 1) }

    /// Whether the characters now are a value's (then `characters` wants them).
    var wantsCharacters: Bool { inValue || inText }

    /// An element starts; `name` without its namespace prefix.
    func start(_ name: String, _ attributes: SheetAttributes) {
        switch name {
        case "c":
            cellReference = attributes.reference
            cellType = attributes.type
            cellStyle = attributes.style.flatMap { Int($0) } ?? 0
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
            rowNumber = attributes.reference.flatMap { Int($0) } ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            problems.removeAll()
            column = -1
        default:
            break
        }
    }

    func end(_ name: String) throws {
        switch name {
        case "c": endCell()
        case "v": inValue = false
        case "is": inInlineString = false
        case "t": inText = false
        case "rPh": phonetic -= 1
        case "row": try endRow()
        default: break
        }
    }

    func characters(_ text: String) {
        if inValue || inText { value += text }
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
            problems.append(errorProblem())
            text = ""
        case "d":
            // An ISO 8601 date (strict Open XML); its date part, as the other dates read.
            text = value.count >= 10 && value.contains("T00:00:00") ? String(value.prefix(10)) : value
        default:
            let format = cellStyle < formats.count ? formats[cellStyle] : .number
            text = value.isEmpty ? "" : format.text(Self.trimmed(value), date1904: date1904)
        }
        // A sheet has 16,384 columns at most (XFD); a cell past that is damage, not data.
        guard column >= 0, column < 16_384, !text.isEmpty else { return }
        while cells.count <= column { cells.append("") }
        cells[column] = text
    }

    private func errorProblem() -> WorkbookMessage {
        let reference = cellReference ?? "\(ColumnTitle.letter(max(column, 0)))\(rowNumber)"
        guard let header else { return .errorInHeader(cell: reference, value: value) }
        guard column >= 0, column < header.count else {
            return .cellRightOfHeader(cell: reference, lastColumn: ColumnTitle.letter(max(header.count - 1, 0)))
        }
        let title = header[column].isEmpty ? ColumnTitle.letter(column) : header[column]
        return .errorCell(column: ColumnTitle.withLetter(title, letter: ColumnTitle.letter(column)), value: value)
    }

    private func endRow() throws {
        while let last = cells.last, last.isEmpty { cells.removeLast() }
        if let header, cells.count > header.count, problems.isEmpty {
            problems.append(
                .cellRightOfHeader(
                    cell: "\(ColumnTitle.letter(cells.count - 1))\(rowNumber)",
                    lastColumn: ColumnTitle.letter(max(header.count - 1, 0))))
        }
        for problem in problems {
            try output.write(CSVWriter.line(["E\(rowNumber)"] + SheetRecords.encode(problem)))
        }
        if problems.isEmpty && !cells.isEmpty {
            if header == nil { header = cells }
            try output.write(CSVWriter.line(["R\(rowNumber)"] + cells))
            rowsWritten += 1
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
