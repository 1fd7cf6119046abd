import Foundation
import XCTest

@testable import StakeMapKit

/// How a sheet's numbers read as text (SPEC §10), and the workbook export's limits.
final class WorkbookCellTests: XCTestCase {
    func testNumbersReadAsExcelShowsThem() {
        let number = CellFormat.number
        XCTAssertEqual(number.text("4.0", date1904: false), "4")
        XCTAssertEqual(number.text("4", date1904: false), "4")
        XCTAssertEqual(number.text("-2", date1904: false), "-2")
        XCTAssertEqual(number.text("1E+3", date1904: false), "1000")
        XCTAssertEqual(number.text("0.30000000000000004", date1904: false), "0.3")
        XCTAssertEqual(number.text("3.5", date1904: false), "3.5")
        XCTAssertEqual(number.text("31612345678", date1904: false), "31612345678")
        XCTAssertEqual(number.text("007", date1904: false), "007")
        XCTAssertEqual(number.text("niet", date1904: false), "niet")
    }

    func testSerialDatesInBothSystems() {
        let date = CellFormat.date
        XCTAssertEqual(date.text("1", date1904: false), "1900-01-01")
        XCTAssertEqual(date.text("59", date1904: false), "1900-02-28")
        XCTAssertEqual(date.text("60", date1904: false), "1900-02-29")  // Excel's day that never was
        XCTAssertEqual(date.text("61", date1904: false), "1900-03-01")
        XCTAssertEqual(date.text("45000", date1904: false), "2023-03-15")
        XCTAssertEqual(date.text("46096.99", date1904: false), "2026-03-15")
        XCTAssertEqual(date.text("0", date1904: true), "1904-01-01")
        XCTAssertEqual(date.text("44269", date1904: true), "2025-03-15")  // 1,462 days less than in 1900
        XCTAssertEqual(date.text("45731", date1904: false), "2025-03-15")
        XCTAssertEqual(CellFormat.dateTime(seconds: false).text("46096.75", date1904: false), "2026-03-15 18:00")
        XCTAssertEqual(CellFormat.time(seconds: true).text("0.5000115740740741", date1904: false), "12:00:01")
        XCTAssertEqual(CellFormat.time(seconds: false).text("1.25", date1904: false), "30:00")
    }

    func testBuiltInAndCustomFormatsThatAreDates() {
        let dates: [Int] = [14, 15, 16, 17, 22]
        for id in dates { XCTAssertNotEqual(CellFormat.of(id: id, codes: [:]), .number, "\(id)") }
        for id in [18, 19, 20, 21, 45, 46, 47] {
            guard case .time = CellFormat.of(id: id, codes: [:]) else { return XCTFail("\(id) is a time") }
        }
        for id in [0, 1, 2, 9, 10, 11, 49] { XCTAssertEqual(CellFormat.of(id: id, codes: [:]), .number, "\(id)") }
        let cases: [(String, CellFormat)] = [
            ("dd-mm-yyyy", .date), (#"dd\-mm\-yyyy"#, .date), ("[$-413]d mmmm yyyy", .date),
            ("yyyy-mm-dd hh:mm", .dateTime(seconds: false)),
            ("h:mm", .time(seconds: false)), ("[h]:mm:ss", .time(seconds: true)), ("mmm", .date),
            ("0.00", .number), ("#,##0", .number), (#""dagen" 0"#, .number), ("0.00E+00", .number),
            ("General", .number),
            (#"[Red]0;"dag""#, .number), (#""TRUE";"TRUE";"FALSE""#, .number),
        ]
        for (code, format) in cases {
            XCTAssertEqual(CellFormat.of(code: code), format, code)
            XCTAssertEqual(CellFormat.of(id: 164, codes: [164: code]), format, code)
        }
    }

    func testExcelTextEscapesAndColumnLetters() {
        XCTAssertEqual(SheetText.unescape("a_x000D_\nb"), "a\r\nb")
        XCTAssertEqual(SheetText.unescape("x_x005F_x0041_"), "x_x0041_")
        XCTAssertEqual(SheetText.unescape("_x0001_ and _xZZ"), "_x0001_ and _xZZ")
        XCTAssertEqual(
            WorkbookXML.escape("a\r\n<b> & \"c\"\u{1} _x0041_"),
            "a_x000D_\n&lt;b&gt; &amp; &quot;c&quot;_x0001_ _x005F_x0041_")
        // XMLParser reads the entities; what the export escapes as `_x…_` comes back.
        XCTAssertEqual(SheetText.unescape(WorkbookXML.escape("Tom_x _x0041_\r")), "Tom_x _x0041_\r")
        XCTAssertEqual(
            [0, 5, 25, 26, 27, 701, 702, 16_383].map(ColumnTitle.letter),
            ["A", "F", "Z", "AA", "AB", "ZZ", "AAA", "XFD"])
        XCTAssertEqual(["A1", "F7", "AA10", "$C$3", "XFD1"].map(SheetRows.columnIndex), [0, 5, 26, 2, 16_383])
        XCTAssertEqual(ColumnTitle.quoted(ColumnTitle.withLetter("Macht", letter: "F")), "\"Macht\" (F)")
        XCTAssertEqual(ColumnTitle.quoted("Macht"), "\"Macht\"")
    }

    func testASheetPastTheRowLimitIsRefusedAndNothingIsWritten() throws {
        let store = try StakeMapStore.inMemory()
        let rows = (1...12).map { "Persoon \($0)\n" }.joined()
        _ = try Importer.run(store, kind: .people, file: "in.csv", bytes: Array(("name\n" + rows).utf8))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stakemap-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("project.xlsx").path
        XCTAssertThrowsError(try Exporter.writeWorkbook(store, to: path, rowLimit: 10)) { error in
            XCTAssertEqual(
                error as? StakeMapError, .workbookRefused(.sheetTooLong(sheet: "people", rows: 11, limit: 10)))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
        let written = try Exporter.writeWorkbook(store, to: path, rowLimit: 12)
        XCTAssertEqual(written.map(\.0), ["people", "units", "groups", "roles", "links"])
        XCTAssertEqual(written.map(\.1), [12, 0, 0, 0, 0])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["project.xlsx"])
    }

    /// A sheet whose zip entry unpacks past the limit while its sizes say less
    /// is stopped by the count of bytes unpacked.
    func testUnpackingStopsAtTheLimit() throws {
        let store = try StakeMapStore.inMemory()
        let rows = (1...200).map { "Persoon \($0)\n" }.joined()
        _ = try Importer.run(store, kind: .people, file: "in.csv", bytes: Array(("name\n" + rows).utf8))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stakemap-\(UUID().uuidString).xlsx")
            .path
        defer { unlink(path) }
        try Exporter.writeWorkbook(store, to: path)
        XCTAssertNoThrow(try WorkbookFile(path: path, sheet: nil))
        XCTAssertThrowsError(try WorkbookFile(path: path, sheet: nil, unpackLimit: 4_000)) { error in
            XCTAssertEqual(error as? CSVError, CSVError(line: 1, problem: .workbook(.tooLarge(limit: 4_000))))
        }
    }
}
