import Foundation
import XCTest

/// `list` with the filters of "Asking the graph", on the samples: the ids each
/// combination lets through, checked against the samples' files by hand.
final class ListFilterTests: XCTestCase {
    func ids(_ cli: CLI, _ arguments: [String]) throws -> [String] {
        let result = try cli.run(["list"] + arguments + ["--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try (JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]).map { $0["id"] as! String }
    }

    func testEachFilterAndTheirCombination() throws {
        let cli = try CLI()
        try cli.importSamples()
        // Verkeer has three people; everyone in Ruimte's sub-units counts for Ruimte.
        XCTAssertEqual(
            try ids(cli, ["people", "--unit", "Verkeer"]),
            ["r.vanleeuwen@veldhoven-noord.nl", "t.visser@veldhoven-noord.nl", "z.bakker@veldhoven-noord.nl"])
        XCTAssertEqual(try ids(cli, ["people", "--unit", "Gemeente Veldhoven-Noord/Ruimte", "--role", "none"]), [])
        XCTAssertEqual(
            try ids(cli, ["units", "--unit", "Gemeente Veldhoven-Noord/Ruimte"]),
            [
                "gemeente-veldhoven-noord-ruimte-projecten", "gemeente-veldhoven-noord-ruimte-stedenbouw",
                "gemeente-veldhoven-noord-ruimte-verkeer",
            ])
        XCTAssertEqual(
            try ids(cli, ["people", "--unit", "Juridische Zaken", "--step", "none"]),
            ["h.dekker@veldhoven-noord.nl", "w.brouwer@veldhoven-noord.nl"])
        XCTAssertEqual(try ids(cli, ["groups", "--level", "raadplegen"]), ["reizigers-en-forenzen", "taxichauffeurs"])
        XCTAssertEqual(try ids(cli, ["groups", "--level", "none"]), ["jongeren", "mensen-met-een-beperking"])
        XCTAssertEqual(
            try ids(cli, ["people", "--role", "wethouder"]), ["p.hoekstra@veldhoven-noord.nl", "s.ozdemir@veldhoven-noord.nl"])
        XCTAssertEqual(try ids(cli, ["people", "--step", "kaders", "--side", "internal"]).count, 3)
        XCTAssertEqual(
            try ids(cli, ["people", "--quadrant", "manage-closely", "--side", "extern"]),
            ["ahmet-kaya", "frank-lammers", "r.vermeulen@kempenlijn.nl"])
        XCTAssertEqual(try ids(cli, ["people", "--quadrant", "nauw-betrekken", "--side", "external"]).count, 3)
    }

    func testTheTableSaysWhenNothingMatchesAndBadValuesAreUsageErrors() throws {
        let cli = try CLI()
        try cli.importSamples()
        XCTAssertEqual(try cli.run(["list", "people", "--unit", "Verkeer", "--role", "none"]).stdout, "No people match these filters.\n")
        XCTAssertEqual(
            try cli.run(["list", "groups", "--level", "informeren", "--lang", "nl"]).stdout,
            "Geen doelgroepen die aan deze filters voldoen.\n")
        let links = try cli.run(["list", "links", "--side", "internal"])
        XCTAssertEqual(links.status, 64)
        XCTAssertTrue(links.stderr.hasPrefix("Error: the filters (--unit, --step, --level, --side, --role, --quadrant) are for people"), links.stderr)
        XCTAssertEqual(try cli.run(["list", "people", "--step", "later"]).status, 64)
        XCTAssertEqual(try cli.run(["list", "people", "--quadrant", "middle"]).status, 64)
        XCTAssertEqual(try cli.run(["list", "people", "--unit", "Nergens"]).status, 65)
        // The CSV of a filtered list holds only the rows that pass, in the import format.
        let csv = try cli.run(["list", "people", "--role", "wethouder", "--format", "csv"]).stdout
        XCTAssertEqual(csv.split(separator: "\n").count, 3)
    }
}
