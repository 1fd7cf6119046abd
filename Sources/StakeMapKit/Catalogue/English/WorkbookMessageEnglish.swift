extension WorkbookMessage {
    public var english: String {
        switch self {
        case .damaged:
            "this Excel workbook is damaged or incomplete (its zip is cut short or broken); open it in Excel and save it again, "
                + "or save it as CSV UTF-8"
        case .oldExcel:
            "this is an old Excel workbook (.xls); in Excel use Save As, Excel Workbook (.xlsx), or CSV UTF-8"
        case .passwordProtected:
            "this workbook is protected by a password; open it in Excel, remove the password "
                + "(File, Info, Protect Workbook) and save it as .xlsx, or save it as CSV UTF-8"
        case .openDocument:
            "this is an OpenDocument spreadsheet (.ods); in LibreOffice use Save As, Excel 2007-365 (.xlsx), "
                + "or Text CSV"
        case .notAWorkbook:
            "this zip file holds no Excel workbook; give an .xlsx file or a CSV file"
        case .tooLarge(let limit):
            "this workbook would unpack to more than \(Self.size(limit)) (\(limit) bytes); stakemap does not read it — "
                + "save the sheet as CSV UTF-8 and import that"
        case .noSheets:
            "this workbook has no sheets"
        case .sheetNotFound(let name, let sheets):
            "there is no sheet \"\(name)\" in this workbook; its sheets are "
                + "\(sheets.map { "\"\($0)\"" }.joined(separator: ", ")) (--sheet takes a name or a number)"
        case .sheetNumberOutOfRange(let number, let count):
            "there is no sheet \(number): this workbook has \(count) sheet\(count == 1 ? "" : "s")"
        case .workbookFromPipe:
            "this is an Excel workbook on standard input; give it by its file name (stakemap import people mensen.xlsx)"
        case .sheetOptionForText:
            "--sheet is for Excel workbooks, and this file is CSV text; leave --sheet out"
        case .errorCell(let column, let value):
            "column \(ColumnTitle.quoted(column)): the cell shows the error \(value); correct the formula "
                + "or type the value"
        case .errorInHeader(let cell, let value):
            "cell \(cell) of the header shows the error \(value); type the column's name there"
        case .cellRightOfHeader(let cell, let lastColumn):
            "cell \(cell) has a value but lies right of the header's last column (\(lastColumn)); "
                + "give its column a header or clear it"
        case .badXML(let part, let reason):
            "the workbook's \(part) cannot be read (\(reason)); open it in Excel and save it again"
        case .sheetTooLong(let sheet, let rows, let limit):
            "the \(sheet) sheet would have \(rows) rows, more than the \(limit) an Excel sheet holds below its "
                + "header; export as CSV instead (--format csv --out DIR)"
        case .xlsxNeedsFile:
            "--format xlsx writes one workbook: give its file with --out FILE.xlsx"
        case .exported(let file, let sheets, let rows):
            "\(file): " + zip(sheets, rows).map { "\($0) \($1) rows" }.joined(separator: ", ")
        }
    }
}
