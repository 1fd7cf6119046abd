import Foundation
import XCTest

/// `import KIND FILE.xlsx` end to end (SPEC §10): workbooks built from their
/// XML parts as different programs write them, one saved by LibreOffice, and
/// the workbooks that must be refused.
final class WorkbookImportTests: XCTestCase {
    static let styles =
        #"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\-mm\-yyyy"/></numFmts>"#
        + #"<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>"#

    /// A people sheet with a string of each kind, `4.0`, dates through a
    /// built-in and a custom format, a boolean, an empty row; and a second sheet.
    static var mixed: WorkbookBuilder {
        var book = WorkbookBuilder()
        book.sharedStrings = [
            "<t>Naam</t>", "<t>Jan de Vries</t>",
            "<r><t>Ine</t></r><r><rPr><b/></rPr><t>ke</t></r><rPh><t>イネケ</t></rPh>",
        ]
        book.styles = styles
        book.sheets = [
            (
                "Mensen",
                #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Macht</t></is></c>"#
                    + #"<c r="C1" t="str"><f>"Notities"</f><v>Notities</v></c><c r="D1" t="inlineStr"><is><t>Belang</t></is></c></row>"#
                    + #"<row r="2" spans="1:4"/>"#
                    + #"<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>4.0</v></c><c r="C3" s="1"><v>46096</v></c><c r="D3"><v>2</v></c></row>"#
                    + #"<row r="4"><c r="A4" t="str"><v>Kees</v></c><c r="C4" t="b"><v>1</v></c><c r="D4" s="0"/></row>"#
                    + #"<row r="5"><c r="A5" t="s"><v>2</v></c><c r="C5" s="2"><v>46097.75</v></c><c r="D5"><v>1</v></c></row>"#
                    + #"<row r="6"><c t="inlineStr"><is><t>Piet</t></is></c><c><v>3</v></c><c><v>3.5</v></c></row>"#
            ),
            (
                "Doelgroepen",
                #"<row r="1"><c r="B1" t="inlineStr"><is><t>Naam</t></is></c><c r="C1" t="inlineStr"><is><t>Niveau</t></is></c></row>"#
                    + #"<row r="2"><c r="B2" t="inlineStr"><is><t>Fietsers</t></is></c><c r="C2" t="inlineStr"><is><t>Raadplegen</t></is></c></row>"#
            ),
        ]
        return book
    }

    static let peopleHeader =
        "id,name,side,unit,roles,groups,contact_for,power,interest,legitimacy,urgency,salience,steps,level,influences,reports_to,email,notes\n"

    func testStringsNumbersDatesAndBooleansReadAsExcelShowsThem() throws {
        let cli = try CLI()
        try Self.mixed.data().write(to: URL(fileURLWithPath: cli.path("mensen.xlsx")))
        let imported = try cli.run(["import", "people", "mensen.xlsx"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(
            imported.stderr, "mensen.xlsx: 4 rows, 4 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links\n")
        let listed = try cli.run(["list", "people", "--format", "csv"])
        XCTAssertEqual(
            listed.stdout,
            Self.peopleHeader
                + "ineke,Ineke,internal,,,,,,1,,,,,,,,,2026-03-16\n"
                + "jan-de-vries,Jan de Vries,internal,,,,,4,2,,,dormant,,,,,,2026-03-15\n"
                + "kees,Kees,internal,,,,,,,,,,,,,,,TRUE\n"
                + "piet,Piet,internal,,,,,3,,,,non-stakeholder,,,,,,3.5\n")
    }

    func testSheetByNameOrNumber() throws {
        let cli = try CLI()
        try Self.mixed.data().write(to: URL(fileURLWithPath: cli.path("project.xlsx")))
        for choice in ["Doelgroepen", "doelgroepen", "2"] {
            let imported = try cli.run(["import", "groups", "project.xlsx", "--sheet", choice])
            XCTAssertEqual(imported.status, 0, imported.stderr)
        }
        XCTAssertEqual(
            try cli.run(["list", "groups", "--format", "csv"]).stdout.split(separator: "\n").dropFirst(),
            ["fietsers,Fietsers,,,,,,consult,,,,"])
        let missing = try cli.run(["import", "groups", "project.xlsx", "--sheet", "Blad3"])
        XCTAssertEqual(missing.status, 65)
        XCTAssertEqual(
            missing.stderr,
            "project.xlsx:1: there is no sheet \"Blad3\" in this workbook; its sheets are \"Mensen\", \"Doelgroepen\" "
                + "(--sheet takes a name or a number)\n1 error; nothing was imported\n")
        let number = try cli.run(["import", "groups", "project.xlsx", "--sheet", "3", "--lang", "nl"])
        XCTAssertEqual(number.status, 65)
        XCTAssertEqual(
            number.stderr,
            "project.xlsx:1: er is geen werkblad 3: deze werkmap heeft 2 werkbladen\n1 fout; er is niets geïmporteerd\n"
        )
    }

    /// XML may be UTF-16; such a sheet is read by XMLParser.
    func testASheetInUTF16() throws {
        let cli = try CLI()
        var book = WorkbookBuilder()
        book.sheets = [
            (
                "Blad1",
                #"<row r="1"><c r="A1" t="inlineStr"><is><t>naam</t></is></c></row>"#
                    + #"<row r="2"><c r="A2" t="inlineStr"><is><t>Zoë</t></is></c></row>"#
            )
        ]
        let parts = book.parts.map { path, text -> (String, Data) in
            guard path.hasPrefix("xl/worksheets/") else { return (path, Data(text.utf8)) }
            let utf16 = text.replacingOccurrences(
                of: #"<?xml version="1.0"?>"#, with: #"<?xml version="1.0" encoding="UTF-16"?>"#)
            return (path, Data([0xFF, 0xFE]) + utf16.data(using: .utf16LittleEndian)!)
        }
        try WorkbookBuilder.zip(data: parts).write(to: URL(fileURLWithPath: cli.path("utf16.xlsx")))
        let imported = try cli.run(["import", "people", "utf16.xlsx"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(
            try cli.run(["list", "people", "--format", "csv"]).stdout,
            Self.peopleHeader + "zoe,Zoë,internal,,,,,,,,,,,,,,,\n")
    }

    func testDates1904AndAWorkbookWithoutPackageRelationships() throws {
        let cli = try CLI()
        var book = WorkbookBuilder()
        book.date1904 = true
        book.omitsPackageRelationships = true
        book.styles = Self.styles
        book.sheets = [
            (
                "Blad1",
                #"<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>notes</t></is></c></row>"#
                    + #"<row r="2"><c r="A2" t="inlineStr"><is><t>Jan</t></is></c><c r="B2" s="1"><v>0</v></c></row>"#
            )
        ]
        try book.data().write(to: URL(fileURLWithPath: cli.path("mac.xlsx")))
        XCTAssertEqual(try cli.run(["import", "people", "mac.xlsx"]).status, 0)
        XCTAssertEqual(
            try cli.run(["list", "people", "--format", "csv"]).stdout,
            Self.peopleHeader + "jan,Jan,internal,,,,,,,,,,,,,,,1904-01-01\n")
    }

    func testRowErrorsNameTheRowExcelShowsAndTheColumnLetter() throws {
        let cli = try CLI()
        var book = WorkbookBuilder()
        book.sheets = [
            (
                "Mensen",
                #"<row r="3"><c r="B3" t="inlineStr"><is><t>Naam</t></is></c><c r="C3" t="inlineStr"><is><t>Macht</t></is></c></row>"#
                    + #"<row r="5"><c r="B5" t="inlineStr"><is><t>Jan</t></is></c><c r="C5"><v>9</v></c></row>"#
                    + #"<row r="7"><c r="B7" t="inlineStr"><is><t>Piet</t></is></c><c r="C7" t="e"><v>#N/A</v></c></row>"#
                    + #"<row r="8"><c r="B8" t="inlineStr"><is><t>Kees</t></is></c><c r="E8"><v>1</v></c></row>"#
            )
        ]
        try book.data().write(to: URL(fileURLWithPath: cli.path("mensen.xlsx")))
        let english = try cli.run(["import", "people", "mensen.xlsx"])
        XCTAssertEqual(english.status, 65)
        XCTAssertEqual(
            english.stderr,
            """
            mensen.xlsx:5: column "Macht" (C): "9" is not a whole number from 1 to 5
            mensen.xlsx:7: column "Macht" (C): the cell shows the error #N/A; correct the formula or type the value
            mensen.xlsx:8: cell E8 has a value but lies right of the header's last column (C); give its column a header or clear it
            3 errors; nothing was imported

            """)
        let dutch = try cli.run(["import", "people", "mensen.xlsx", "--lang", "nl"])
        XCTAssertEqual(
            dutch.stderr.split(separator: "\n").prefix(2),
            [
                "mensen.xlsx:5: kolom \"Macht\" (C): \"9\" is geen heel getal van 1 tot 5",
                "mensen.xlsx:7: kolom \"Macht\" (C): de cel toont de fout #N/A; verbeter de formule of typ de waarde in",
            ])
        XCTAssertEqual(try cli.run(["list", "people", "--format", "csv"]).stdout, Self.peopleHeader)
    }

    /// Each refused input: what the import says (exit 65), and that nothing was imported.
    func testWorkbooksThatCannotBeReadAreRefusedWithWhatToDo() throws {
        let cli = try CLI()
        let good = try Self.mixed.data()
        try good.prefix(good.count / 2).write(to: URL(fileURLWithPath: cli.path("cut.xlsx")))
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        let workbookStream = Array("Workbook".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try cli.write("oud.xls", compound + workbookStream + [UInt8](repeating: 0, count: 512))
        let encrypted = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try cli.write("geheim.xlsx", compound + encrypted + [UInt8](repeating: 0, count: 512))
        try WorkbookBuilder.zip([
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("content.xml", "<office:document-content/>"),
        ]).write(to: URL(fileURLWithPath: cli.path("lijst.ods")))
        try WorkbookBuilder.declaring(0x5000_0000, for: "xl/worksheets/sheet1.xml", in: good)
            .write(to: URL(fileURLWithPath: cli.path("bom.xlsx")))
        let cases = [
            (
                "cut.xlsx",
                "this Excel workbook is damaged or incomplete (its zip is cut short or broken); open it in Excel and "
                    + "save it again, or save it as CSV UTF-8"
            ),
            (
                "oud.xls",
                "this is an old Excel workbook (.xls); in Excel use Save As, Excel Workbook (.xlsx), or CSV UTF-8"
            ),
            (
                "geheim.xlsx",
                "this workbook is protected by a password; open it in Excel, remove the password (File, Info, "
                    + "Protect Workbook) and save it as .xlsx, or save it as CSV UTF-8"
            ),
            (
                "lijst.ods",
                "this is an OpenDocument spreadsheet (.ods); in LibreOffice use Save As, Excel 2007-365 (.xlsx), or Text CSV"
            ),
            (
                "bom.xlsx",
                "this workbook would unpack to more than 1 GiB (1073741824 bytes); stakemap does not read it — save the sheet as CSV UTF-8 "
                    + "and import that"
            ),
        ]
        for (file, message) in cases {
            let result = try cli.run(["import", "people", file])
            XCTAssertEqual(result.status, 65, file)
            XCTAssertEqual(result.stderr, "\(file):1: \(message)\n1 error; nothing was imported\n", file)
        }
        XCTAssertEqual(try cli.run(["list", "people", "--format", "csv"]).stdout, Self.peopleHeader)
    }

    func testAWorkbookOnStandardInputIsToBeGivenByName() throws {
        let cli = try CLI()
        let result = try cli.run(["import", "people", "-"], stdin: try Self.mixed.data())
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr,
            "-:1: this is an Excel workbook on standard input; give it by its file name "
                + "(stakemap import people mensen.xlsx)\n1 error; nothing was imported\n")
    }

    func testSheetOptionOnACSVFileIsRefused() throws {
        let cli = try CLI()
        try cli.write("mensen.csv", Array("name\nJan\n".utf8))
        let result = try cli.run(["import", "people", "mensen.csv", "--sheet", "1"])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr,
            "mensen.csv:1: --sheet is for Excel workbooks, and this file is CSV text; leave --sheet out\n"
                + "1 error; nothing was imported\n")
    }

    /// samples/mensen.csv saved as .xlsx by LibreOffice (`soffice --headless
    /// --infilter=CSV:59,34,76,1 --convert-to xlsx`, once): the same graph as
    /// the CSV. LibreOffice keeps a line break inside a cell as LF where the
    /// CSV has CRLF; that is its doing, so the CSV's side is compared with LF.
    func testAWorkbookSavedByLibreOfficeGivesTheGraphOfItsCSV() throws {
        let cli = try CLI()
        let fromWorkbook = try cli.run([
            "import", "people", CLI.fixture("workbooks/mensen-libreoffice.xlsx").path, "--db", "x.db",
        ])
        XCTAssertEqual(fromWorkbook.status, 0, fromWorkbook.stderr)
        XCTAssertTrue(
            fromWorkbook.stderr.hasSuffix(": 40 rows, 40 added, 0 updated, 23 units, 16 roles, 7 groups, 128 links\n"))
        XCTAssertEqual(
            try cli.run(["import", "people", CLI.samples.appendingPathComponent("mensen.csv").path, "--db", "c.db"])
                .status, 0)
        let workbookJSON = try cli.run(["export", "--format", "json", "--db", "x.db"]).stdout
        let csvJSON = try cli.run(["export", "--format", "json", "--db", "c.db"]).stdout
        XCTAssertEqual(workbookJSON, csvJSON.replacingOccurrences(of: "\\r\\n", with: "\\n"))
        XCTAssertTrue(csvJSON.contains("\\r\\n"))

        // LibreOffice made a date, a decimal and a boolean of these cells.
        let dates = try cli.run([
            "import", "people", CLI.fixture("workbooks/datums-libreoffice.xlsx").path, "--db", "d.db",
        ])
        XCTAssertEqual(dates.status, 0, dates.stderr)
        XCTAssertEqual(
            try cli.run(["list", "people", "--format", "csv", "--db", "d.db"]).stdout,
            Self.peopleHeader + "jan,Jan,internal,,,,,4,,,,dormant,,,,,,2026-03-15\n"
                + "kees,Kees,internal,,,,,3,,,,non-stakeholder,,,,,,TRUE\n"
                + "piet,Piet,internal,,,,,2,,,,non-stakeholder,,,,,,0.25\n")
    }
}
