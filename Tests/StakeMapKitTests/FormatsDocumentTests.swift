import GRDB
import XCTest

@testable import StakeMapKit

/// docs/formats.md against the code it describes, so the document cannot go
/// stale: its column tables are the importer's own column catalogue (a column
/// added to the code and not to the document fails here), its example rows
/// import, and its export headers are the ones `export` writes.
final class FormatsDocumentTests: XCTestCase {
    static let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/formats.md").standardizedFileURL

    /// One row of a column table: the column, its Dutch names, its other spellings, required.
    struct DocumentedColumn: Equatable, CustomStringConvertible {
        let column: String
        let dutch: [String]
        let also: [String]
        let required: Bool
        var description: String {
            "\(column) [\(dutch.joined(separator: ", "))] [\(also.joined(separator: ", "))] \(required)"
        }
    }

    static func text() throws -> String { try String(contentsOf: document, encoding: .utf8) }

    /// The lines of the section headed `## … (`import KIND`)`, up to the next `## `.
    static func section(of kind: ImportKind, in text: String) -> [Substring] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard
            let start = lines.firstIndex(where: { $0.hasPrefix("## ") && $0.hasSuffix("(`import \(kind.rawValue)`)") })
        else { return [] }
        let rest = lines[(start + 1)...]
        return Array(rest.prefix { !$0.hasPrefix("## ") })
    }

    /// `` `naam`, `organisatie` `` → ["naam", "organisatie"].
    static func names(_ cell: String) -> [String] {
        cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["`"]) }
            .filter { !$0.isEmpty }
    }

    static func columnTable(_ section: [Substring]) -> [DocumentedColumn] {
        section.filter { $0.hasPrefix("| `") }.map { line in
            // An escaped `\|` inside a cell is not a cell boundary.
            let cells = line.replacingOccurrences(of: "\\|", with: "\u{1}").split(
                separator: "|", omittingEmptySubsequences: false
            )
            .map { $0.trimmingCharacters(in: .whitespaces) }
            return DocumentedColumn(
                column: cells[1].trimmingCharacters(in: ["`"]), dutch: names(cells[2]), also: names(cells[3]),
                required: cells[4] == "yes")
        }
    }

    /// The first ```csv block of a section.
    static func example(_ section: [Substring]) -> String? {
        guard let open = section.firstIndex(of: "```csv") else { return nil }
        let body = section[(open + 1)...].prefix { $0 != "```" }
        return body.joined(separator: "\n") + "\n"
    }

    func testTheColumnTablesAreTheImportersColumns() throws {
        let text = try Self.text()
        for kind in ImportKind.allCases {
            let section = Self.section(of: kind, in: text)
            XCTAssertFalse(section.isEmpty, "docs/formats.md has no section for \(kind.rawValue)")
            let code = kind.columns.map {
                DocumentedColumn(column: $0.column.rawValue, dutch: $0.dutch, also: $0.also, required: $0.required)
            }
            XCTAssertEqual(Self.columnTable(section), code, "docs/formats.md, \(kind.rawValue): the column table")
        }
    }

    func testAColumnMissingFromTheDocumentIsFound() throws {
        // The parse above must see every row: drop one and the tables differ.
        let text = try Self.text().replacingOccurrences(
            of: "| `reports_to` | `leidinggevende` | | no | the id or name of the line manager |\n", with: "")
        let people = Self.columnTable(Self.section(of: .people, in: text))
        XCTAssertEqual(people.count, ImportKind.people.columns.count - 1)
        XCTAssertFalse(people.contains { $0.column == "reports_to" })
    }

    func testTheExamplesImportInOrder() throws {
        let text = try Self.text()
        let store = try StakeMapStore.inMemory()
        var summaries: [String] = []
        for kind in ImportKind.allCases {
            let example = try XCTUnwrap(Self.example(Self.section(of: kind, in: text)), "\(kind.rawValue): no example")
            let summary = try Importer.run(store, kind: kind, file: "\(kind.rawValue).csv", bytes: Array(example.utf8))
            summaries.append(ImportReport.summary(summary).text(in: .en))
        }
        XCTAssertEqual(
            summaries,
            [
                "people.csv: 2 rows, 2 added, 0 updated, 4 units, 1 roles, 1 groups, 8 links",
                "units.csv: 1 rows, 0 added, 1 updated, 0 units, 0 roles, 0 groups, 1 links",
                "groups.csv: 1 rows, 0 added, 1 updated, 0 units, 0 roles, 0 groups, 0 links",
                "roles.csv: 1 rows, 1 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links",
                "links.csv: 1 rows, 0 added, 1 updated, 0 units, 0 roles, 0 groups, 0 links",
            ])
        let links = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT source, kind, target, weight FROM edge ORDER BY source, kind, target")
                .map { row in
                    "\(row[0] as String) \(row[1] as String) \(row[2] as String) \((row[3] as Int?).map(String.init) ?? "-")"
                }
        }
        XCTAssertEqual(
            links,
            [
                "gemeente-oss-ruimte member_of gemeente-oss -",
                "gemeente-oss-ruimte-verkeer contact_for fietsers -",
                "gemeente-oss-ruimte-verkeer member_of gemeente-oss-ruimte -",
                "i.mulder@oss.nl contact_for fietsers -",
                "i.mulder@oss.nl has_role projectleider -",
                "i.mulder@oss.nl member_of gemeente-oss-ruimte-verkeer -",
                "k.verhoeven@fietsersbond.nl influences i.mulder@oss.nl 5",
                "k.verhoeven@fietsersbond.nl member_of fietsers -",
                "k.verhoeven@fietsersbond.nl member_of fietsersbond-oss -",
            ])
    }

    func testTheExportHeadersAreTheOnesExportWrites() throws {
        let lines = try Self.text().split(separator: "\n")
        for section in GraphListing.Section.allCases {
            let line = try XCTUnwrap(lines.first { $0.hasPrefix("\(section.rawValue).csv  ") }, section.rawValue)
            let header = line.split(separator: " ", omittingEmptySubsequences: true)[1]
            XCTAssertEqual(
                header.split(separator: ",").map(String.init), GraphListing.csvHeader(section), section.rawValue)
        }
        XCTAssertTrue(try Self.text().contains("`rule,severity,node,name,kind,message`"))
        XCTAssertTrue(GapReport(gaps: []).csv().hasPrefix("rule,severity,node,name,kind,message\n"))
    }

    func testTheValuesTableReadsAsTheVocabulary() throws {
        let rows = try Self.text().split(separator: "\n").filter { $0.hasPrefix("| ") }
        func words(_ what: String) throws -> [String] {
            let row = try XCTUnwrap(rows.first { $0.hasPrefix("| \(what) |") }, what)
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return Self.names(cells[1].components(separatedBy: " (")[0])
                + Self.names(cells[2].components(separatedBy: " (")[0])
        }
        XCTAssertEqual(try words("side").map { Side(input: $0) }, [.internal, .external, .internal, .external])
        XCTAssertEqual(
            try words("level, lowest first").map { Level(input: $0) }, Level.allCases + Level.allCases)
        XCTAssertEqual(
            try words("link kind").map { EdgeKind(input: $0) }, EdgeKind.allCases + EdgeKind.allCases)
        let steps = try words("steps")
        XCTAssertEqual(steps.count, 10)
        for word in steps where !["all", "alle"].contains(word) {
            XCTAssertNotNil(InvolvementStep(input: word), word)
        }
    }
}
