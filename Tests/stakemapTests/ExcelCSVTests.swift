import Foundation
import XCTest

/// `--excel` on `export --format csv` and `gaps --format csv`: `;` between
/// cells, a UTF-8 byte-order mark and CRLF, byte for byte, read back by the import.
final class ExcelCSVTests: XCTestCase {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// A role whose name holds a `;`, so the Excel dialect must quote it and the standard one need not.
    func roleDatabase() throws -> CLI {
        let cli = try CLI()
        try cli.write("rollen.csv", Array("name,required,notes\n\"Jurist; wet\",ja,\"Komma, en \"\"quote\"\"\"\n".utf8))
        XCTAssertEqual(try cli.run(["import", "roles", "rollen.csv"]).status, 0)
        return cli
    }

    func testGapsExcelIsSemicolonsAByteOrderMarkAndCRLF() throws {
        let cli = try roleDatabase()
        let excel = try cli.run(["gaps", "--rule", "isolated", "--rule", "vacant-role", "--format", "csv", "--excel"])
        XCTAssertEqual(excel.status, 0, excel.stderr)
        XCTAssertEqual(excel.stderr, "")
        let expected =
            "rule;severity;node;name;kind;message\r\n"
            + "vacant-role;medium;jurist-wet;\"Jurist; wet\";role;\"Jurist; wet (role) is required but nobody holds it "
            + "— assign it to a colleague\"\r\n"
            + "isolated;low;jurist-wet;\"Jurist; wet\";role;\"Jurist; wet (role) has no links at all — assign it to a "
            + "colleague, or remove it\"\r\n"
        XCTAssertEqual(Array(excel.stdout.utf8), Self.bom + Array(expected.utf8))
        // Without --excel: the standard CSV, commas, LF, no mark; the comma in the message is quoted now.
        let standard = try cli.run(["gaps", "--rule", "isolated", "--format", "csv"])
        XCTAssertEqual(
            standard.stdout,
            "rule,severity,node,name,kind,message\n"
                + "isolated,low,jurist-wet,Jurist; wet,role,\"Jurist; wet (role) has no links at all — assign it to a "
                + "colleague, or remove it\"\n")
    }

    func testGapsExcelWithNoGapsIsTheHeaderAlone() throws {
        let cli = try roleDatabase()
        let result = try cli.run(["gaps", "--rule", "unowned-group", "--format", "csv", "--excel"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(Array(result.stdout.utf8), Self.bom + Array("rule;severity;node;name;kind;message\r\n".utf8))
    }

    func testExportExcelWritesEveryFileInTheDialect() throws {
        let cli = try roleDatabase()
        let result = try cli.run(["export", "--format", "csv", "--excel", "--out", "excel"])
        XCTAssertEqual(result.status, 0, result.stderr)
        func bytes(_ name: String) throws -> [UInt8] {
            Array(try Data(contentsOf: URL(fileURLWithPath: cli.path("excel/\(name)"))))
        }
        XCTAssertEqual(
            try bytes("roles.csv"),
            Self.bom
                + Array("id;name;required;notes\r\njurist-wet;\"Jurist; wet\";yes;\"Komma, en \"\"quote\"\"\"\r\n".utf8)
        )
        XCTAssertEqual(
            try bytes("people.csv"),
            Self.bom
                + Array(
                    ("id;name;side;unit;roles;groups;contact_for;power;interest;legitimacy;urgency;salience;steps;level;"
                        + "influences;reports_to;email;notes\r\n").utf8))
        XCTAssertEqual(try bytes("links.csv"), Self.bom + Array("source;target;kind;weight;note\r\n".utf8))
    }

    func testTheSamplesGoThroughExcelAndBackUnchanged() throws {
        let cli = try CLI()
        try cli.importSamples()
        XCTAssertEqual(try cli.run(["export", "--format", "csv", "--excel", "--out", "first"]).status, 0)
        for (kind, _) in CLI.sampleFiles {
            let file = try Data(contentsOf: URL(fileURLWithPath: cli.path("first/\(kind).csv")))
            XCTAssertEqual(Array(file.prefix(3)), Self.bom, kind)
            // Every line ends in CRLF: no LF without its CR.
            let bytes = Array(file)
            for index in bytes.indices where bytes[index] == 0x0A {
                XCTAssertEqual(bytes[index - 1], 0x0D, "\(kind).csv: a bare LF at byte \(index)")
            }
            let imported = try cli.run(["import", kind, "first/\(kind).csv", "--db", "again.db"])
            XCTAssertEqual(imported.status, 0, imported.stderr)
        }
        XCTAssertEqual(
            try cli.run(["export", "--format", "csv", "--excel", "--out", "second", "--db", "again.db"]).status, 0)
        for (kind, _) in CLI.sampleFiles {
            XCTAssertEqual(
                try Data(contentsOf: URL(fileURLWithPath: cli.path("first/\(kind).csv"))),
                try Data(contentsOf: URL(fileURLWithPath: cli.path("second/\(kind).csv"))), kind)
        }
        let original = try cli.run(["export", "--format", "json"])
        let again = try cli.run(["export", "--format", "json", "--db", "again.db"])
        XCTAssertEqual(again.stdout, original.stdout)
    }

    func testExcelWithoutCSVIsAUsageError() throws {
        let cli = try roleDatabase()
        for arguments in [
            ["export", "--excel"], ["export", "--format", "json", "--excel"], ["gaps", "--excel"],
            ["gaps", "--format", "json", "--excel"],
        ] {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 64, arguments.joined(separator: " "))
            XCTAssertTrue(
                result.stderr.hasPrefix("Error: --excel writes CSV for Excel; use it with --format csv\n"),
                result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        let dutch = try cli.run(["gaps", "--excel", "--lang", "nl"])
        XCTAssertEqual(dutch.status, 64)
        XCTAssertTrue(
            dutch.stderr.hasPrefix("Error: --excel schrijft CSV voor Excel; gebruik het met --format csv\n"),
            dutch.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path("excel")))
    }
}
