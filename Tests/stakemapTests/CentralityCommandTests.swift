import Foundation
import XCTest

/// `stakemap centrality` end to end on the samples: the three measures in both
/// languages (golden files), JSON, the filters and the usage errors.
final class CentralityCommandTests: XCTestCase {
    func testTheSamplesInEnglishAndDutch() throws {
        let cli = try CLI()
        try cli.importSamples()
        for language in ["en", "nl"] {
            for measure in ["degree", "betweenness", "brokerage"] {
                let result = try cli.run(["centrality", "--measure", measure, "--lang", language])
                XCTAssertEqual(result.status, 0, result.stderr)
                XCTAssertEqual(result.stderr, "")
                XCTAssertTrue(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, result.stdout)
                try assertGolden(result.stdout, "centrality-\(measure).\(language).txt")
            }
        }
        // Degree is the default measure.
        XCTAssertEqual(try cli.run(["centrality"]).stdout, try cli.run(["centrality", "--measure", "degree"]).stdout)
    }

    func testJSON() throws {
        let cli = try CLI()
        try cli.importSamples()
        let result = try cli.run(["centrality", "--measure", "brokerage", "--top", "6", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        try assertGolden(result.stdout, "centrality-brokerage.json")
        let degree = try cli.run(["centrality", "--top", "1", "--format", "json"])
        XCTAssertEqual(
            degree.stdout,
            """
            [
              {"id": "p.hoekstra@veldhoven-noord.nl", "name": "Pieter Hoekstra", "kind": "person", "side": "internal", \
            "involved": true, "in_degree": 5, "out_degree": 1, "weighted_in": 17, "weighted_out": 5, "betweenness": null, \
            "betweenness_estimated": null, "brokerage": null}
            ]

            """)
    }

    func testKindAndSideInEitherLanguage() throws {
        let cli = try CLI()
        try cli.importSamples()
        func ids(_ arguments: [String]) throws -> [String] {
            let result = try cli.run(["centrality", "--top", "0", "--format", "json"] + arguments)
            XCTAssertEqual(result.status, 0, result.stderr)
            let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
            return rows.map { "\($0["kind"]!)/\($0["side"]!)" }
        }
        let externalPeople = try ids(["--kind", "person", "--side", "external"])
        XCTAssertFalse(externalPeople.isEmpty)
        XCTAssertEqual(Set(externalPeople), ["person/external"])
        XCTAssertEqual(try ids(["--kind", "persoon", "--side", "extern"]), externalPeople)
        XCTAssertEqual(Set(try ids(["--kind", "organisatie"])), ["unit/internal", "unit/external"])
        XCTAssertEqual(Set(try ids(["--kind", "doelgroep", "--side", "intern"])), [])
        let none = try cli.run(["centrality", "--kind", "group", "--side", "internal"])
        XCTAssertEqual(none.stdout, "No nodes of that kind and side.\n")
        XCTAssertEqual(try cli.run(["centrality", "--kind", "group", "--side", "internal", "--format", "json"]).stdout, "[]\n")
        XCTAssertEqual(try cli.run(["centrality", "--top", "3", "--format", "json"]).stdout.split(separator: "\n").count, 5)
    }

    func testUsageErrors() throws {
        let cli = try CLI()
        try cli.importSamples()
        for (arguments, message) in [
            (["--top=-1"], "--top must be 0 (all) or more, not -1."),
            (["--sample", "1"], "--sample needs at least 2 sources, not 1."),
            (["--measure", "closeness"], "closeness"),
            (["--kind", "team"], "team"),
            (["--side", "inside"], "inside"),
        ] {
            let result = try cli.run(["centrality"] + arguments)
            XCTAssertEqual(result.status, 64, "\(arguments)")
            XCTAssertTrue(result.stderr.contains(message), result.stderr)
        }
        let dutch = try cli.run(["centrality", "--top=-1", "--lang", "nl"])
        XCTAssertTrue(dutch.stderr.contains("--top moet 0 (alles) of meer zijn, niet -1."), dutch.stderr)
    }
}
