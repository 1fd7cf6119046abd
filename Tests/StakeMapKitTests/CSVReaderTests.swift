import Foundation
import XCTest

@testable import StakeMapKit

final class CSVReaderTests: XCTestCase {
    private func read(
        _ text: String, delimiter: UInt8? = nil, encoding: TextEncoding? = nil, chunkSize: Int? = nil
    ) throws -> [CSVRecord] {
        try read(Array(text.utf8), delimiter: delimiter, encoding: encoding, chunkSize: chunkSize)
    }

    private func read(
        _ bytes: [UInt8], delimiter: UInt8? = nil, encoding: TextEncoding? = nil, chunkSize: Int? = nil
    ) throws -> [CSVRecord] {
        let reader =
            if let chunkSize {
                try CSVReader(bytes: bytes, delimiter: delimiter, encoding: encoding, chunkSize: chunkSize)
            } else {
                try CSVReader(bytes: bytes, delimiter: delimiter, encoding: encoding)
            }
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    /// The error `next()` throws first, after the records before it.
    private func firstError(_ bytes: [UInt8], encoding: TextEncoding? = nil) -> CSVError? {
        do {
            let reader = try CSVReader(bytes: bytes, encoding: encoding)
            while try reader.next() != nil {}
            return nil
        } catch {
            return error
        }
    }

    private func delimiter(of text: String) throws -> UInt8 {
        try CSVReader(bytes: Array(text.utf8)).delimiter
    }

    // MARK: Delimiter

    func testDetectsComma() throws {
        XCTAssertEqual(try delimiter(of: "id,name;x\n1;2;3\n"), UInt8(ascii: ","))
        XCTAssertEqual(
            try read("id,name\n1,Jan\n"),
            [CSVRecord(line: 1, fields: ["id", "name"]), CSVRecord(line: 2, fields: ["1", "Jan"])])
    }

    func testDetectsSemicolon() throws {
        XCTAssertEqual(try delimiter(of: "naam;afdeling;e-mail,adres\n"), UInt8(ascii: ";"))
        XCTAssertEqual(
            try read("naam;afdeling\nJan, de;Ruimte\n"),
            [CSVRecord(line: 1, fields: ["naam", "afdeling"]), CSVRecord(line: 2, fields: ["Jan, de", "Ruimte"])])
    }

    func testDetectsTab() throws {
        XCTAssertEqual(try delimiter(of: "id\tname\tunit,x\n"), UInt8(ascii: "\t"))
        XCTAssertEqual(try read("id\tname\n1\tJan\n")[1], CSVRecord(line: 2, fields: ["1", "Jan"]))
    }

    func testTieIsComma() throws {
        XCTAssertEqual(try delimiter(of: "a,b;c\n"), UInt8(ascii: ","))
        XCTAssertEqual(try delimiter(of: "a\tb,c\n"), UInt8(ascii: ","))
        XCTAssertEqual(try delimiter(of: "name\n"), UInt8(ascii: ","))
        XCTAssertEqual(try delimiter(of: ""), UInt8(ascii: ","))
    }

    func testDelimitersInsideQuotesAreNotCounted() throws {
        XCTAssertEqual(try delimiter(of: "\"a;b;c\",d\n"), UInt8(ascii: ","))
        XCTAssertEqual(try delimiter(of: "\"a,\"\"b,c\";d;e\n1;2;3\n"), UInt8(ascii: ";"))
        // A quoted header field spanning lines: the whole header counts.
        XCTAssertEqual(try delimiter(of: "\"a,\nb,c\";d;e\n"), UInt8(ascii: ";"))
    }

    func testDetectionLooksOnlyAtTheHeader() throws {
        XCTAssertEqual(try delimiter(of: "a;b\n1,2,3,4,5\n"), UInt8(ascii: ";"))
    }

    func testGivenDelimiterOverridesDetection() throws {
        XCTAssertEqual(
            try read("a;b,c\n", delimiter: UInt8(ascii: ";")), [CSVRecord(line: 1, fields: ["a", "b,c"])])
        XCTAssertThrowsError(try CSVReader(bytes: [], delimiter: UInt8(ascii: "\"")))
    }

    // MARK: Structure

    func testByteOrderMarkIsSkipped() throws {
        XCTAssertEqual(
            try read([0xEF, 0xBB, 0xBF] + Array("naam;kant\nJan;intern\n".utf8)),
            [CSVRecord(line: 1, fields: ["naam", "kant"]), CSVRecord(line: 2, fields: ["Jan", "intern"])])
    }

    func testCRLF() throws {
        XCTAssertEqual(
            try read("a,b\r\n1,2\r\n3,4"),
            [
                CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1", "2"]),
                CSVRecord(line: 3, fields: ["3", "4"]),
            ])
    }

    func testLoneCREndsALine() throws {
        XCTAssertEqual(
            try read("a,b\r1,2\r"), [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1", "2"])])
    }

    func testQuotedDelimiterAndDoubledQuote() throws {
        XCTAssertEqual(
            try read("name,notes\n\"Vries, Jan de\",\"zegt \"\"nee\"\"\"\n\"\",\"\"\"\"\n"),
            [
                CSVRecord(line: 1, fields: ["name", "notes"]),
                CSVRecord(line: 2, fields: ["Vries, Jan de", "zegt \"nee\""]),
                CSVRecord(line: 3, fields: ["", "\""]),
            ])
    }

    func testQuotedLineBreaksCountAsPhysicalLines() throws {
        XCTAssertEqual(
            try read("id,notes\n1,\"first\nsecond\r\nthird\"\n2,x\n"),
            [
                CSVRecord(line: 1, fields: ["id", "notes"]),
                CSVRecord(line: 2, fields: ["1", "first\nsecond\r\nthird"]),
                CSVRecord(line: 5, fields: ["2", "x"]),
            ])
        XCTAssertEqual(
            try read("a\n\"x\ny\"\nb\n"),
            [
                CSVRecord(line: 1, fields: ["a"]), CSVRecord(line: 2, fields: ["x\ny"]),
                CSVRecord(line: 4, fields: ["b"]),
            ])
    }

    func testQuoteInsideUnquotedFieldIsKept() throws {
        XCTAssertEqual(try read("ab\"c,d\"\n"), [CSVRecord(line: 1, fields: ["ab\"c", "d\""])])
    }

    func testEmptyFieldsAndLines() throws {
        XCTAssertEqual(
            try read("a,b,c\n,,\n\n1,,\n,"),
            [
                CSVRecord(line: 1, fields: ["a", "b", "c"]), CSVRecord(line: 2, fields: ["", "", ""]),
                CSVRecord(line: 3, fields: [""]), CSVRecord(line: 4, fields: ["1", "", ""]),
                CSVRecord(line: 5, fields: ["", ""]),
            ])
    }

    func testEmptyInput() throws {
        XCTAssertEqual(try read(""), [])
        XCTAssertEqual(try read([0xEF, 0xBB, 0xBF]), [])
    }

    // MARK: Errors

    func testUnclosedQuoteIsReportedWhereTheFieldStarts() throws {
        let bytes = Array("id,notes\n1,ok\n2,\"never\nends,\n3,x\n".utf8)
        let reader = try CSVReader(bytes: bytes)
        XCTAssertEqual(try reader.next(), CSVRecord(line: 1, fields: ["id", "notes"]))
        XCTAssertEqual(try reader.next(), CSVRecord(line: 2, fields: ["1", "ok"]))
        XCTAssertThrowsError(try reader.next()) { error in
            XCTAssertEqual(
                error as? CSVError,
                CSVError(line: 3, problem: .unclosedQuote))
        }
        XCTAssertNil(try reader.next())
    }

    func testTextAfterClosingQuoteIsAnErrorAndReadingGoesOn() throws {
        let reader = try CSVReader(bytes: Array("a,b\n\"x\ny\"z,2\n3,4\n".utf8))
        XCTAssertEqual(try reader.next(), CSVRecord(line: 1, fields: ["a", "b"]))
        XCTAssertThrowsError(try reader.next()) { error in
            XCTAssertEqual(
                error as? CSVError,
                CSVError(line: 2, problem: .textAfterClosingQuote))
        }
        XCTAssertEqual(try reader.next(), CSVRecord(line: 4, fields: ["3", "4"]))
        XCTAssertNil(try reader.next())
    }

    func testNulByteIsBinaryData() throws {
        XCTAssertEqual(
            firstError(Array("a,b\n1,2\n3,".utf8) + [0x00, 0x41, 0x0A]),
            CSVError(line: 3, problem: .binaryFile))
        XCTAssertEqual(
            firstError([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            CSVError(line: 2, problem: .binaryByte(0x1A)))
    }

    func testBinaryDataEndsTheInput() throws {
        let reader = try CSVReader(bytes: [0x01, 0x0A, 0x41, 0x0A])
        XCTAssertThrowsError(try reader.next())
        XCTAssertNil(try reader.next())
    }

    func testTabAndFormFeedAreText() throws {
        XCTAssertEqual(try read("a;b\t\u{0C}c\n"), [CSVRecord(line: 1, fields: ["a", "b\t\u{0C}c"])])
    }

    func testUTF16IsRejected() throws {
        XCTAssertThrowsError(try CSVReader(bytes: [0xFF, 0xFE, 0x61, 0x00])) { error in
            XCTAssertEqual(error as? CSVError, CSVError(line: 1, problem: .utf16))
        }
    }

    // MARK: Encodings

    func testUTF8() throws {
        XCTAssertEqual(
            try read("naam;plaats\nZoë Ørsted;Den Haag €\n")[1],
            CSVRecord(line: 2, fields: ["Zoë Ørsted", "Den Haag €"]))
    }

    func testInvalidUTF8RecordIsReadAsWindows1252() throws {
        // "Café" with é as 0xE9, "€5" with € as 0x80, then a UTF-8 record.
        let bytes: [UInt8] =
            Array("naam;prijs\n".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x3B, 0x80, 0x35, 0x0A]
            + Array("Zoë;“x”\n".utf8)
        XCTAssertEqual(
            try read(bytes),
            [
                CSVRecord(line: 1, fields: ["naam", "prijs"]), CSVRecord(line: 2, fields: ["Café", "€5"]),
                CSVRecord(line: 3, fields: ["Zoë", "“x”"]),
            ])
    }

    func testMalformedUTF8IsReadAsWindows1252() throws {
        // An overlong "/", a UTF-16 surrogate, a sequence cut short; then valid 2-, 3- and 4-byte UTF-8.
        XCTAssertEqual(
            try read([0xC0, 0xAF, 0x0A, 0xED, 0xA0, 0x80, 0x0A, 0x22, 0xE2, 0x82, 0x22, 0x0A] + Array("é€😀\n".utf8)),
            [
                CSVRecord(line: 1, fields: ["À¯"]), CSVRecord(line: 2, fields: ["í\u{A0}€"]),
                CSVRecord(line: 3, fields: ["â‚"]), CSVRecord(line: 4, fields: ["é€😀"]),
            ])
    }

    func testWindows1252Table() throws {
        let bytes: [UInt8] = [0x80, 0x82, 0x8A, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9F, 0xA0, 0xEB, 0xFF]
        XCTAssertEqual(
            try read(bytes, encoding: .windows1252), [CSVRecord(line: 1, fields: ["€‚Š‘’“”–—™Ÿ\u{A0}ëÿ"])])
    }

    func testWindows1252QuotedFieldWithDoubledQuotes() throws {
        XCTAssertEqual(
            try read([0x22, 0xE9, 0x22, 0x22, 0x3B, 0x22, 0x0A], encoding: .windows1252),
            [CSVRecord(line: 1, fields: ["é\";"])])
    }

    func testUndefinedWindows1252Byte() throws {
        XCTAssertEqual(
            firstError([0x61, 0x0A, 0x62, 0x81, 0x0A], encoding: .windows1252),
            CSVError(line: 2, problem: .undecodableByte(0x81, fallback: false)))
        XCTAssertEqual(
            firstError([0x61, 0x0A, 0x22, 0x0A, 0x9D, 0x22, 0x0A]),
            CSVError(line: 3, problem: .undecodableByte(0x9D, fallback: true)))
    }

    func testLatin1() throws {
        XCTAssertEqual(
            try read([0x80, 0x9D, 0x2C, 0xE9, 0xFF, 0x0A], encoding: .latin1),
            [CSVRecord(line: 1, fields: ["\u{80}\u{9D}", "éÿ"])])
        // Valid UTF-8 is still read byte by byte when latin1 is given.
        XCTAssertEqual(try read(Array("ë".utf8), encoding: .latin1), [CSVRecord(line: 1, fields: ["Ã«"])])
    }

    func testExplicitUTF8RejectsOtherText() throws {
        XCTAssertEqual(firstError([0x61, 0x0A, 0xE9, 0x0A], encoding: .utf8)?.line, 2)
    }

    // MARK: Chunks and file descriptors

    func testRecordsAcrossChunkBoundaries() throws {
        let text = "id;naam;notes\r\n1;\"Jan \"\"JJ\"\" de Vries\";\"regel 1\r\nregel 2\"\r\n2;Zoë;x\r\n"
        let expected = [
            CSVRecord(line: 1, fields: ["id", "naam", "notes"]),
            CSVRecord(line: 2, fields: ["1", "Jan \"JJ\" de Vries", "regel 1\r\nregel 2"]),
            CSVRecord(line: 4, fields: ["2", "Zoë", "x"]),
        ]
        for chunkSize in [1, 2, 3, 5, 7, 16, 1 << 20] {
            XCTAssertEqual(try read(text, chunkSize: chunkSize), expected, "chunk size \(chunkSize)")
            let reader = try CSVReader(bytes: Array(text.utf8), chunkSize: chunkSize)
            XCTAssertEqual(reader.delimiter, UInt8(ascii: ";"), "chunk size \(chunkSize)")
        }
    }

    func testUnclosedQuoteAcrossChunks() throws {
        let reader = try CSVReader(bytes: Array("a\n\"b\n\nc".utf8), chunkSize: 2)
        XCTAssertEqual(try reader.next(), CSVRecord(line: 1, fields: ["a"]))
        XCTAssertThrowsError(try reader.next()) { error in
            XCTAssertEqual((error as? CSVError)?.line, 2)
        }
    }

    func testFileDescriptor() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csvreader-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        var text = "id;naam\n"
        for number in 1...50_000 { text += "\(number);\"Persoon \(number)\"\n" }
        try Data(text.utf8).write(to: url)
        let fd = open(url.path, O_RDONLY)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }

        let reader = try CSVReader(fileDescriptor: fd)
        XCTAssertEqual(reader.delimiter, UInt8(ascii: ";"))
        var count = 0
        var last: CSVRecord?
        while let record = try reader.next() {
            count += 1
            last = record
        }
        XCTAssertEqual(count, 50_001)
        XCTAssertEqual(last, CSVRecord(line: 50_001, fields: ["50000", "Persoon 50000"]))
        XCTAssertEqual(reader.bytesRead, text.utf8.count)
    }

    func testPipeWithALongQuotedField() throws {
        let pipe = Pipe()
        let notes = String(repeating: "lang verhaal, \"\"met\"\" quotes;\n", count: 100_000)
        let text = "id,notes\n1,\"\(notes)\"\n2,kort\n"
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(text.utf8))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()

        let reader = try CSVReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor)
        XCTAssertEqual(try reader.next(), CSVRecord(line: 1, fields: ["id", "notes"]))
        let long = try reader.next()
        XCTAssertEqual(long?.line, 2)
        XCTAssertEqual(long?.fields.last, notes.replacingOccurrences(of: "\"\"", with: "\""))
        XCTAssertEqual(try reader.next(), CSVRecord(line: 100_003, fields: ["2", "kort"]))
        XCTAssertNil(try reader.next())
        XCTAssertEqual(reader.bytesRead, text.utf8.count)
    }
}
