import XCTest

@testable import StakeMapKit

final class CSVWriterTests: XCTestCase {
    func testPlainFields() {
        XCTAssertEqual(CSVWriter.line(["id", "Jan de Vries", ""]), "id,Jan de Vries,\n")
        XCTAssertEqual(CSVWriter.line(["a", "b,c"], delimiter: UInt8(ascii: ";")), "a;b,c\n")
    }

    func testQuotedFields() {
        XCTAssertEqual(
            CSVWriter.line(["Vries, Jan de", "zegt \"nee\"", "a\nb", "a\r\nb", " lead", "trail\t", "x"]),
            "\"Vries, Jan de\",\"zegt \"\"nee\"\"\",\"a\nb\",\"a\r\nb\",\" lead\",\"trail\t\",x\n")
        XCTAssertEqual(CSVWriter.line(["a;b", "c,d"], delimiter: UInt8(ascii: ";")), "\"a;b\";c,d\n")
        XCTAssertEqual(CSVWriter.line(["a\tb"], delimiter: UInt8(ascii: "\t")), "\"a\tb\"\n")
    }

    func testRoundTrip() throws {
        let rows: [[String]] = [
            ["id", "naam", "notes"],
            ["1", "Zoë Ørsted", "zegt \"nee\", of \"ja\""],
            ["2", " spatie ", "regel 1\nregel 2\r\nregel 3\rregel 4"],
            ["", "\"", "\"\""],
            ["ab\"c", "€ – “x”", "北京"],
        ]
        for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] {
            let text = rows.map { CSVWriter.line($0, delimiter: delimiter) }.joined()
            let reader = try CSVReader(bytes: Array(text.utf8), delimiter: delimiter)
            var read: [[String]] = []
            while let record = try reader.next() { read.append(record.fields) }
            XCTAssertEqual(read, rows)
        }
    }
}
