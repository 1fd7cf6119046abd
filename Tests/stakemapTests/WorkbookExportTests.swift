import Foundation
import XCTest
import ZIPFoundation

/// `export --format xlsx` end to end (SPEC §10).
final class WorkbookExportTests: XCTestCase {
    /// export xlsx → import each sheet into a new database → export json: the same bytes.
    func testTheWorkbookImportsBackSheetBySheetIntoTheSameGraph() throws {
        let cli = try CLI()
        try cli.importSamples()
        let exported = try cli.run(["export", "--format", "xlsx", "--out", "project.xlsx"])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertEqual(
            exported.stderr,
            "project.xlsx: people 40 rows, units 23 rows, groups 7 rows, roles 17 rows, links 17 rows\n")
        for kind in ["people", "units", "groups", "roles", "links"] {
            let imported = try cli.run(["import", kind, "project.xlsx", "--sheet", kind, "--db", "copy.db"])
            XCTAssertEqual(imported.status, 0, imported.stderr)
        }
        let original = try cli.run(["export", "--format", "json"])
        let copy = try cli.run(["export", "--format", "json", "--db", "copy.db"])
        XCTAssertEqual(copy.status, 0)
        XCTAssertEqual(copy.stdout, original.stdout)
        XCTAssertGreaterThan(original.stdout.count, 10_000)

        // Two exports of one graph are the same bytes.
        XCTAssertEqual(
            try cli.run(["export", "--format", "xlsx", "--out", "again.xlsx", "--lang", "nl"]).stderr,
            "again.xlsx: people 40 rijen, units 23 rijen, groups 7 rijen, roles 17 rijen, links 17 rijen\n")
        XCTAssertEqual(
            try Data(contentsOf: URL(fileURLWithPath: cli.path("again.xlsx"))),
            try Data(contentsOf: URL(fileURLWithPath: cli.path("project.xlsx"))))
    }

    func testSheetsHaveABoldFrozenHeaderAndReadableColumns() throws {
        let cli = try CLI()
        try cli.importSamples()
        XCTAssertEqual(try cli.run(["export", "--format", "xlsx", "--out", "project.xlsx"]).status, 0)
        let archive = try Archive(url: URL(fileURLWithPath: cli.path("project.xlsx")), accessMode: .read)
        func part(_ path: String) throws -> String {
            var data = Data()
            _ = try archive.extract(archive[path]!) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        let workbook = try part("xl/workbook.xml")
        XCTAssertTrue(
            workbook.contains(
                #"<sheets><sheet name="people" sheetId="1" r:id="rId1"/><sheet name="units" sheetId="2" r:id="rId2"/>"#
                    + #"<sheet name="groups" sheetId="3" r:id="rId3"/><sheet name="roles" sheetId="4" r:id="rId4"/>"#
                    + #"<sheet name="links" sheetId="5" r:id="rId5"/></sheets>"#), workbook)
        XCTAssertTrue(try part("xl/styles.xml").contains(#"<font><b/><sz val="11"/><name val="Calibri"/></font>"#))
        let people = try part("xl/worksheets/sheet1.xml")
        XCTAssertTrue(people.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        // Two characters wider than the longest cell: id an email of 34, name 20; side
        // "internal", 8, the narrowest made; unit a path past 60, the widest.
        XCTAssertTrue(
            people.contains(
                #"<cols><col min="1" max="1" width="36" customWidth="1"/><col min="2" max="2" width="22" customWidth="1"/>"#
                    + #"<col min="3" max="3" width="10" customWidth="1"/><col min="4" max="4" width="62" customWidth="1"/>"#
            ),
            String(people.prefix(1200)))
        XCTAssertTrue(people.contains(#"<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>id</t></is></c>"#))
        // power as a number, names as text
        XCTAssertTrue(
            people.contains(
                #"<c r="B2" t="inlineStr"><is><t>Annelies Kramer</t></is></c>"#
                    + #"<c r="C2" t="inlineStr"><is><t>internal</t></is></c>"#))
        XCTAssertTrue(people.contains(#"<c r="H2"><v>2</v></c><c r="I2"><v>4</v></c>"#))
        XCTAssertEqual(people.components(separatedBy: "<row ").count - 1, 41)
    }

    func testTheWorkbookNeedsAFile() throws {
        let cli = try CLI()
        try cli.importSamples()
        let result = try cli.run(["export", "--format", "xlsx"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(
            result.stderr.contains("--format xlsx writes one workbook: give its file with --out FILE.xlsx"),
            result.stderr)
    }
}
