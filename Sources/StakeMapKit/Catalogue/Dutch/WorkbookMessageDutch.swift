extension WorkbookMessage {
    public var dutch: String {
        switch self {
        case .damaged:
            "deze Excel-werkmap is beschadigd of onvolledig (de zip is afgebroken of kapot); open hem in Excel en sla hem opnieuw op, "
                + "of sla hem op als CSV UTF-8"
        case .oldExcel:
            "dit is een oude Excel-werkmap (.xls); kies in Excel Opslaan als, Excel-werkmap (.xlsx), of CSV UTF-8"
        case .passwordProtected:
            "deze werkmap is met een wachtwoord beveiligd; open hem in Excel, haal het wachtwoord weg "
                + "(Bestand, Info, Werkmap beveiligen) en sla hem op als .xlsx, of sla hem op als CSV UTF-8"
        case .openDocument:
            "dit is een OpenDocument-spreadsheet (.ods); kies in LibreOffice Opslaan als, Excel 2007-365 (.xlsx), "
                + "of Tekst CSV"
        case .notAWorkbook:
            "dit zip-bestand bevat geen Excel-werkmap; geef een .xlsx-bestand of een CSV-bestand"
        case .tooLarge(let limit):
            "deze werkmap zou uitgepakt groter worden dan \(Self.size(limit)) (\(limit) bytes); stakemap leest hem niet — "
                + "sla het werkblad op als CSV UTF-8 en importeer dat"
        case .noSheets:
            "deze werkmap heeft geen werkbladen"
        case .sheetNotFound(let name, let sheets):
            "deze werkmap heeft geen werkblad \"\(name)\"; de werkbladen zijn "
                + "\(sheets.map { "\"\($0)\"" }.joined(separator: ", ")) (--sheet neemt een naam of een nummer)"
        case .sheetNumberOutOfRange(let number, let count):
            "er is geen werkblad \(number): deze werkmap heeft \(count) werkblad\(count == 1 ? "" : "en")"
        case .workbookFromPipe:
            "dit is een Excel-werkmap op standaardinvoer; geef hem met zijn bestandsnaam (stakemap import people mensen.xlsx)"
        case .sheetOptionForText:
            "--sheet is voor Excel-werkmappen, en dit bestand is CSV-tekst; laat --sheet weg"
        case .errorCell(let column, let value):
            "kolom \(ColumnTitle.quoted(column)): de cel toont de fout \(value); verbeter de formule "
                + "of typ de waarde in"
        case .errorInHeader(let cell, let value):
            "cel \(cell) van de kopregel toont de fout \(value); typ daar de naam van de kolom"
        case .cellRightOfHeader(let cell, let lastColumn):
            "cel \(cell) heeft een waarde maar staat rechts van de laatste kolom van de kopregel (\(lastColumn)); "
                + "geef die kolom een kop of maak de cel leeg"
        case .badXML(let part, let reason):
            "het deel \(part) van de werkmap is onleesbaar (\(reason)); open hem in Excel en sla hem opnieuw op"
        case .sheetTooLong(let sheet, let rows, let limit):
            "het werkblad \(sheet) zou \(rows) rijen krijgen, meer dan de \(limit) die een Excel-werkblad onder "
                + "de kopregel kan bevatten; exporteer als CSV (--format csv --out MAP)"
        case .xlsxNeedsFile:
            "--format xlsx schrijft één werkmap: geef het bestand met --out BESTAND.xlsx"
        case .exported(let file, let sheets, let rows):
            "\(file): " + zip(sheets, rows).map { "\($0) \($1) rijen" }.joined(separator: ", ")
        }
    }
}
