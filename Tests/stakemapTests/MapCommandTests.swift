import Foundation
import XCTest

/// `stakemap map` and `stakemap grid` end to end.
final class MapCommandTests: XCTestCase {
    func testMapOfTheSamplesMatchesTheGoldenDOT() throws {
        let cli = try CLI()
        try cli.importSamples()
        let result = try cli.run(["map", "--out", "kaart.dot", "--date", "2025-03-14"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "kaart.dot: 70 nodes, 58 links (dot)\n")
        XCTAssertEqual(result.stdout, "")
        try assertGolden(try cli.read("kaart.dot"), "map-samples.dot")
    }

    func testMapWritesAPNGAndSaysWhatItWrote() throws {
        let cli = try CLI()
        try cli.importSamples()
        let before = try cli.run(["export", "--format", "json"]).stdout
        let result = try cli.run(["map", "--out", "kaart.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("kaart.png: 70 nodes, 58 links (png, "), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix(" px)\n"), result.stderr)
        let png = try Data(contentsOf: URL(fileURLWithPath: cli.path("kaart.png")))
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(try cli.run(["export", "--format", "json"]).stdout, before, "map only reads")
    }

    func testFormatOptionBeatsTheExtensionAndSVGIsXML() throws {
        let cli = try CLI()
        try cli.importSamples()
        let result = try cli.run(["map", "--out", "kaart.txt", "--format", "svg", "--collapse"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("kaart.txt: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("(folded)"), result.stderr)
        let svg = try Data(contentsOf: URL(fileURLWithPath: cli.path("kaart.txt")))
        XCTAssertTrue(String(decoding: svg.prefix(200), as: UTF8.self).contains("<?xml"))
    }

    func testFocusAndLayoutOptions() throws {
        let cli = try CLI()
        try cli.importSamples()
        let result = try cli.run([
            "map", "--out", "rond.svg", "--focus", "P.Hoekstra@veldhoven-noord.nl", "--depth", "1", "--layout", "neato",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("rond.svg: 7 nodes, "), result.stderr)
    }

    func testUsageAndDataErrors() throws {
        let cli = try CLI()
        try cli.importSamples()
        let unknown = try cli.run(["map", "--out", "x.png", "--focus", "niemand"])
        XCTAssertEqual(unknown.status, 65)
        XCTAssertTrue(unknown.stderr.contains("there is no node with id 'niemand'"), unknown.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path("x.png")))

        let depth = try cli.run(["map", "--out", "x.png", "--depth", "2"])
        XCTAssertEqual(depth.status, 64)
        XCTAssertTrue(depth.stderr.contains("--depth needs --focus"), depth.stderr)

        let format = try cli.run(["map", "--out", "kaart.jpg"])
        XCTAssertEqual(format.status, 64)
        XCTAssertTrue(format.stderr.contains("cannot tell the format from 'kaart.jpg'"), format.stderr)

        let folder = try cli.run(["map", "--out", "geen/map/hier.png"])
        XCTAssertEqual(folder.status, 70)
        XCTAssertTrue(folder.stderr.hasPrefix("stakemap: cannot write geen/map/hier.png"), folder.stderr)
    }

    func testMissingDatabaseExits66() throws {
        let cli = try CLI()
        for command in ["map", "grid"] {
            let result = try cli.run([command, "--out", "x.png", "--db", "bestaat-niet.db"])
            XCTAssertEqual(result.status, 66, command)
            XCTAssertTrue(result.stderr.contains("no stakemap database at bestaat-niet.db"), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path("bestaat-niet.db")), "not created")
        }
    }

    func testGridOfTheSamples() throws {
        let cli = try CLI()
        try cli.importSamples()
        let result = try cli.run(["grid", "--out", "grid.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(
            result.stderr.hasPrefix(
                "grid.png: 57 placed (9 manage closely, 3 keep satisfied, 26 keep informed, 19 monitor); 13 without scores (png, "),
            result.stderr)
        let png = try Data(contentsOf: URL(fileURLWithPath: cli.path("grid.png")))
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
    }

    func testHelpShowsAnExample() throws {
        let cli = try CLI()
        for command in ["map", "grid"] {
            let result = try cli.run([command, "--help"])
            XCTAssertEqual(result.status, 0)
            XCTAssertTrue(result.stdout.contains("stakemap \(command) --out"), result.stdout)
        }
    }
}
