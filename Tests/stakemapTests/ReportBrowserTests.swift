import Foundation
import XCTest

/// The report in a real browser: headless Chromium with networking off opens the
/// samples' page (scripts/check-report.py), takes a screenshot that must not be
/// blank, prints it to PDF on A4 and logs no console message and no request that
/// leaves the file; the strict HTML5 parser finds no error; hostile names show as
/// text and run nothing. Needs chromium, python3-html5lib and python3-pil
/// (scripts/install-deps.sh).
final class ReportBrowserTests: XCTestCase {
    private var cli: CLI!

    override func setUpWithError() throws {
        cli = try CLI()
    }

    struct Check: Decodable {
        var non_white: Int
        var width: Int
        var height: Int
        var console: [String]
        var requests: [String]
        var pdf_pages: Int
        var media_boxes: [[Double]]
        var html5_errors: [String]
    }

    static var repository: URL { CLI.samples.deletingLastPathComponent() }

    /// Debian's python3 has python3-html5lib and python3-pil; a pyenv one on PATH may not.
    static var python: String {
        FileManager.default.fileExists(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"
    }

    func check(_ file: String) throws -> Check {
        let script = Self.repository.appendingPathComponent("scripts/check-report.py").path
        let result = try cli.run(
            [script, cli.path(file), cli.path(file + ".check")], executable: URL(fileURLWithPath: Self.python))
        XCTAssertEqual(result.status, 0, result.stderr)
        return try JSONDecoder().decode(Check.self, from: Data(result.stdout.utf8))
    }

    /// A4 is 595.3 × 841.9 pt; Chromium rounds to its pixels. Either way up: the map and grid pages lie on their side.
    func assertA4(_ boxes: [[Double]], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(boxes.isEmpty, file: file, line: line)
        for box in boxes {
            let (width, height) = (box[2] - box[0], box[3] - box[1])
            let portrait = abs(width - 595.3) < 1.5 && abs(height - 841.9) < 1.5
            let landscape = abs(width - 841.9) < 1.5 && abs(height - 595.3) < 1.5
            XCTAssertTrue(portrait || landscape, "not A4: \(box)", file: file, line: line)
        }
    }

    func testTheSamplesReportInChromiumInBothLanguages() throws {
        try cli.importSamples()
        for language in ["en", "nl"] {
            let file = "rapport-\(language).html"
            let result = try cli.run(["report", "--out", file, "--lang", language])
            XCTAssertEqual(result.status, 0, result.stderr)
            let check = try check(file)
            XCTAssertEqual([check.width, check.height], [1280, 2400])
            // Headings, the frame box, the tables and the map fill well over a tenth of the first screen.
            XCTAssertGreaterThan(check.non_white, check.width * check.height / 10, language)
            XCTAssertEqual(check.console, [], language)
            XCTAssertEqual(check.requests, [], language)
            XCTAssertEqual(check.html5_errors, [], language)
            // The cover, then a page per section at least.
            XCTAssertGreaterThanOrEqual(check.pdf_pages, 11, language)
            XCTAssertEqual(check.media_boxes.count, check.pdf_pages, language)
            assertA4(check.media_boxes)
            XCTAssertEqual(check.media_boxes.filter { $0[2] > $0[3] }.count, 2, "the map and the grid lie on their side")
        }
    }

    func testHostileNamesShowAsTextAndRunNothing() throws {
        let people = """
            name,side,unit,steps,contact_for,power,interest
            <script>alert(1)</script>,internal,Gemeente/Zaken,frame,Bewoners & \"Buren\",4,4
            "<img src=x onerror=""console.error('ran')"">",external,Bouwers & Zn,,,5,5
            Jan \"de Bouwer\" & Zn,external,Bouwers & Zn,,,2,2

            """
        try cli.write("people.csv", Array(people.utf8))
        XCTAssertEqual(try cli.run(["import", "people", "people.csv"]).status, 0)
        XCTAssertEqual(try cli.run(["report", "--out", "rapport.html"]).status, 0)
        let check = try check("rapport.html")
        XCTAssertEqual(check.console, [], "a name ran as script")
        XCTAssertEqual(check.requests, [])
        XCTAssertEqual(check.html5_errors, [])
        // The page as the browser holds it after its script ran.
        let dom = try cli.read("rapport.html.check/dom.html")
        XCTAssertEqual(dom.components(separatedBy: "<script").count, 2, "only the report's own script")
        XCTAssertFalse(dom.contains("<img"))
        XCTAssertTrue(dom.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        XCTAssertTrue(dom.contains("&lt;img src=x onerror=\"console.error('ran')\"&gt;"))
        XCTAssertTrue(dom.contains("<td>Bewoners &amp; \"Buren\"</td>"))
        XCTAssertTrue(dom.contains("Jan \"de Bouwer\" &amp; Zn"))
        // The script added the map's search box: it ran, without errors.
        XCTAssertTrue(dom.contains("<div class=\"map-tools\"><input type=\"search\" placeholder=\"Find by name\""), dom)
    }

    /// The check itself sees a request that leaves the page and a console message.
    func testTheCheckSeesRequestsAndConsoleMessages() throws {
        let page = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>leak</title></head>
            <body><p>leak</p><img src="http://example.com/leak.png" alt=""><script>console.error("boom")</script></body></html>
            """
        try cli.write("leak.html", Array(page.utf8))
        let check = try check("leak.html")
        XCTAssertEqual(check.requests, ["http://example.com/leak.png"])
        XCTAssertEqual(check.console.count, 3, "one per Chromium run: screenshot, PDF, DOM")
        XCTAssertTrue(check.console.allSatisfy { $0.contains("\"boom\"") })
        XCTAssertEqual(check.html5_errors, [])
        try cli.write("broken.html", Array("<p>no doctype<table><p>".utf8))
        XCTAssertFalse(try self.check("broken.html").html5_errors.isEmpty)
    }

    /// The map's script: typing a name in its search box marks that node, dims the
    /// others, zooms in and says how many it found (a copy of the page types it).
    func testTheMapSearchFindsANameAndZooms() throws {
        try cli.importSamples()
        XCTAssertEqual(try cli.run(["report", "--out", "rapport.html", "--lang", "nl"]).status, 0)
        let typing = """
            <script>
            var box = document.querySelector(".map-tools input");
            box.value = "hoekstra";
            box.dispatchEvent(new Event("input"));
            </script>
            """
        let page = try cli.read("rapport.html").replacingOccurrences(of: "</body>", with: typing + "</body>")
        try cli.write("zoeken.html", Array(page.utf8))
        let check = try check("zoeken.html")
        XCTAssertEqual(check.console, [])
        let dom = try cli.read("zoeken.html.check/dom.html")
        XCTAssertEqual(dom.components(separatedBy: "class=\"node match\"").count, 2, "Pieter Hoekstra, once")
        XCTAssertTrue(dom.contains("<div class=\"picture searching\" id=\"map-picture\""))
        XCTAssertTrue(dom.contains("<output>1 gevonden</output>"))
        XCTAssertTrue(dom.contains("xmlns:xlink=\"http://www.w3.org/1999/xlink\" style=\"width: 200%;\">"), "zoomed in")
    }
}
