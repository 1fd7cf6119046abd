/// What stakemap says about an Excel workbook it reads or writes (SPEC §10):
/// why one cannot be read, a cell it cannot take, what an export wrote.
public enum WorkbookMessage: CatalogueText, Equatable {
    /// The zip is cut short or damaged.
    case damaged
    /// An Excel 97–2003 workbook (an OLE2 compound file).
    case oldExcel
    /// A workbook saved with a password: an OLE2 file holding the encrypted package.
    case passwordProtected
    /// A LibreOffice or OpenOffice spreadsheet (.ods).
    case openDocument
    /// A zip file without a workbook in it.
    case notAWorkbook
    /// The parts would unpack to more than `limit` bytes.
    case tooLarge(limit: Int)
    case noSheets
    case sheetNotFound(String, sheets: [String])
    case sheetNumberOutOfRange(Int, count: Int)
    /// `--sheet` on a CSV file.
    case sheetOptionForText
    /// A zip on standard input: a workbook is read from a file.
    case workbookFromPipe
    /// A cell that holds an Excel error (`#N/A`, `#DIV/0!`); `column` is its header title with its letter.
    case errorCell(column: String, value: String)
    /// An error cell in the header row, at `cell` (`F1`).
    case errorInHeader(cell: String, value: String)
    /// A cell with a value right of the header's last column.
    case cellRightOfHeader(cell: String, lastColumn: String)
    /// A part's XML cannot be read (XMLParser's reason).
    case badXML(part: String, reason: String)
    /// Export: a sheet would have more rows than Excel's 1,048,576.
    case sheetTooLong(sheet: String, rows: Int, limit: Int)
    /// Export: `--format xlsx` writes one file.
    case xlsxNeedsFile
    /// Export: the workbook written, its sheets and their rows.
    case exported(file: String, sheets: [String], rows: [Int])
}

extension WorkbookMessage {
    /// Every case with representative values, for the test that walks the catalogue.
    public static var examples: [WorkbookMessage] {
        [
            .damaged, .oldExcel, .passwordProtected, .openDocument,
            .notAWorkbook, .tooLarge(limit: 1 << 30), .noSheets,
            .sheetNotFound("Mensen", sheets: ["Blad1", "Blad2"]), .sheetNumberOutOfRange(3, count: 2),
            .sheetOptionForText, .workbookFromPipe, .errorCell(column: "Macht", value: "#N/A"),
            .errorInHeader(cell: "C1", value: "#REF!"), .cellRightOfHeader(cell: "H7", lastColumn: "F"),
            .badXML(part: "xl/worksheets/sheet1.xml", reason: "unexpected end of file"),
            .sheetTooLong(sheet: "people", rows: 1_200_000, limit: 1_048_575), .xlsxNeedsFile,
            .exported(file: "project.xlsx", sheets: ["people", "units"], rows: [40, 23]),
        ]
    }

    /// A size in GiB or MiB, as the messages show it.
    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 30 && bytes % (1 << 30) == 0 ? "\(bytes >> 30) GiB" : "\(bytes >> 20) MiB"
    }
}
