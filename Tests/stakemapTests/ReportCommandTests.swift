import Foundation
import XCTest

/// `stakemap report`: the page of the samples in both languages (golden, without
/// the two pictures), its sections and tables, escaping, long tables, the
/// changes since a snapshot, and bad input that writes nothing.
final class ReportCommandTests: XCTestCase {
    private var cli: CLI!

    override func setUpWithError() throws {
        cli = try CLI()
    }

    /// The page with each inline SVG replaced by `<svg/>`: Graphviz's drawing is
    /// checked by the map and grid tests, the rest of the page here, byte for byte.
    static func withoutPictures(_ html: String) -> String {
        html.replacing(/<svg[\s\S]*?<\/svg>/, with: "<svg/>")
    }

    func report(_ arguments: [String] = [], file: String = "rapport.html") throws -> (CLI.Result, String) {
        let result = try cli.run(["report", "--out", file, "--date", "2026-03-12"] + arguments)
        let html = (try? cli.read(file)) ?? ""
        return (result, html)
    }

    func testTheSamplesReportInEnglish() throws {
        try cli.importSamples()
        let (result, html) = try report()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let kilobytes = (html.utf8.count + 1023) / 1024
        XCTAssertEqual(
            result.stderr,
            "Wrote rapport.html (\(kilobytes) kB): the four steps, 10 gaps, the map and the grid, the tables; open it in a browser.\n")
        try assertGolden(Self.withoutPictures(html), "report-samples.en.html")
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        // The frame step first and prominent.
        XCTAssertTrue(
            html.contains(
                "<p class=\"frame good\">Frame: 3 internal people involved. Good: 9 out of 10 trajectories skip this step.</p>"))
        XCTAssertLessThan(html.range(of: "class=\"frame")!.lowerBound, html.range(of: "id=\"gaps\"")!.lowerBound)
        for section in ["steps", "gaps", "map", "grid", "groups", "units", "roles", "accepted", "changes", "overview"] {
            XCTAssertEqual(html.components(separatedBy: "<section id=\"\(section)\">").count, 2, section)
            XCTAssertTrue(html.contains("<li><a href=\"#\(section)\">"), section)
        }
        XCTAssertEqual(html.components(separatedBy: "<svg").count, 3)
        XCTAssertTrue(html.contains("<h3 class=\"severity high\">High (4)</h3>"))
        XCTAssertTrue(
            html.contains(
                "<tr class=\"attention\"><td>Taxichauffeurs</td><td>consult</td><td>start</td><td>gesprek op de standplaats</td><td class=\"attention\">nobody</td>"
            ), "the target group nobody owns")
        XCTAssertTrue(
            html.contains(
                "<tr class=\"attention\"><td>participatieadviseur</td><td>yes</td><td>nobody</td><td>vacant</td></tr>"))
        XCTAssertTrue(html.contains("No snapshot yet."))
    }

    func testTheSamplesReportInDutch() throws {
        try cli.importSamples()
        let (result, html) = try report(["--lang", "nl", "--title", "Herinrichting Stationsplein"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("rapport.html geschreven ("), result.stderr)
        try assertGolden(Self.withoutPictures(html), "report-samples.nl.html")
        XCTAssertTrue(html.contains("<html lang=\"nl\">"))
        XCTAssertTrue(html.contains("<title>Participatierapport — Herinrichting Stationsplein</title>"))
        XCTAssertTrue(html.contains("<h2>Participatieoverzicht per doelgroep</h2>"))
        XCTAssertTrue(html.contains("<th scope=\"col\">In welke rol (niveau)</th>"))
        XCTAssertTrue(html.contains("Stakeholderkaart — Herinrichting Stationsplein"), "the map's own title, in the SVG")
        XCTAssertTrue(html.contains("Nauw betrekken"), "the grid's quadrants in Dutch")
        XCTAssertFalse(html.contains("Manage closely"))
    }

    func testNamesAreTextAndNothingLoadsFromElsewhere() throws {
        let people = """
            name,side,unit,steps,contact_for,power,interest
            <script>alert(1)</script>,internal,Gemeente/Zaken,frame,Bewoners & \"Buren\",4,4
            Jan \"de Bouwer\" & Zn,external,Bouwers <b>BV</b>,,,5,5

            """
        try cli.write("people.csv", Array(people.utf8))
        XCTAssertEqual(try cli.run(["import", "people", "people.csv"]).status, 0)
        let (result, html) = try report()
        XCTAssertEqual(result.status, 0, result.stderr)
        // The one script element is the report's own.
        XCTAssertEqual(html.components(separatedBy: "<script").count, 2)
        XCTAssertFalse(html.contains("<script>alert(1)"))
        XCTAssertFalse(html.contains("<b>BV"))
        XCTAssertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        XCTAssertTrue(html.contains("<td>Bewoners &amp; &quot;Buren&quot;</td>"))
        XCTAssertTrue(html.contains("Jan &quot;de Bouwer&quot; &amp; Zn"))
        // Graphviz escapes the names in the SVG.
        let svg = String(html[html.range(of: "<svg")!.lowerBound...])
        XCTAssertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // No URL in any src, href or url() but anchors within the page.
        let references = html.matches(of: /(?i)\b(?:src|href)\s*=\s*"([^"]*)"|url\(([^)]*)\)/).map { String($0.output.0) }
        for reference in references {
            XCTAssertTrue(reference.lowercased().hasPrefix("href=\"#"), reference)
        }
    }

    func testLongTablesShowTheFirst200RowsAndTheCommandForAll() throws {
        var groups = "name,level\n"
        for number in 1...250 { groups += "Doelgroep \(String(format: "%03d", number)),inform\n" }
        try cli.write("groups.csv", Array(groups.utf8))
        XCTAssertEqual(try cli.run(["import", "groups", "groups.csv"]).status, 0)
        let (result, html) = try report()
        XCTAssertEqual(result.status, 0, result.stderr)
        let groupsSection = try XCTUnwrap(html.firstMatch(of: /<section id="groups">[\s\S]*?<\/section>/)).output
        XCTAssertEqual(groupsSection.components(separatedBy: "<tr class=").count - 1, 200)
        XCTAssertTrue(groupsSection.contains("<td>Doelgroep 200</td>"))
        XCTAssertFalse(groupsSection.contains("<td>Doelgroep 201</td>"))
        XCTAssertTrue(
            groupsSection.contains("<p class=\"more\">and 50 more — all of them: <code>stakemap list groups</code></p>"))
        let gaps = try XCTUnwrap(html.firstMatch(of: /<section id="gaps">[\s\S]*?<\/section>/)).output
        XCTAssertTrue(gaps.contains("<h3 class=\"severity high\">High (254)</h3>"))
        XCTAssertTrue(gaps.contains("<h4>unowned-group (250)</h4>"))
        XCTAssertTrue(gaps.contains("and 50 more — all of them: <code>stakemap gaps --rule unowned-group</code>"))
    }

    func testChangesSinceTheLatestSnapshotOrSince() throws {
        try cli.importSamples()
        XCTAssertEqual(try cli.run(["snapshot", "sessie-1"]).status, 0)
        XCTAssertEqual(try cli.run(["involve", "Juridische Zaken", "kaders"]).status, 0)
        XCTAssertEqual(
            try cli.run(["accept", "vacant-role", "participatieadviseur", "--reason", "Komt in april"]).status, 0)
        let (result, html) = try report()
        XCTAssertEqual(result.status, 0, result.stderr)
        let changes = try XCTUnwrap(html.firstMatch(of: /<section id="changes">[\s\S]*?<\/section>/)).output
        XCTAssertTrue(changes.contains("<p class=\"since\">Since sessie-1 (#5"), String(changes))
        XCTAssertTrue(changes.contains("<li>~ Juridische Zaken (unit): steps (none) → frame</li>"), String(changes))
        XCTAssertTrue(changes.contains("<li>frame (kaders): joined Juridische Zaken</li>"), String(changes))
        XCTAssertTrue(
            changes.contains(
                "<h3>Gaps closed (2)</h3>\n<ul class=\"changes\">\n<li>high  uninvolved-unit  Juridische Zaken (unit) has nobody involved in any step — invite someone to the frame step</li>"
            ), String(changes))
        let accepted = try XCTUnwrap(html.firstMatch(of: /<section id="accepted">[\s\S]*?<\/section>/)).output
        XCTAssertTrue(
            accepted.contains("<td>medium</td><td>participatieadviseur</td><td>vacant-role</td><td>Komt in april</td>"),
            String(accepted))

        let (sinceStart, all) = try report(["--since", "0"], file: "vanaf-het-begin.html")
        XCTAssertEqual(sinceStart.status, 0, sinceStart.stderr)
        XCTAssertTrue(all.contains("<p class=\"since\">Since 0 (the empty graph):</p>"), all)
        XCTAssertTrue(all.contains("<h3>Nodes added (87)</h3>"))
    }

    func testBadSinceOrMissingDatabaseWritesNothing() throws {
        let missing = try cli.run(["report", "--out", "rapport.html"])
        XCTAssertEqual(missing.status, 66)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path("rapport.html")))
        try cli.importSamples()
        let result = try cli.run(["report", "--out", "rapport.html", "--since", "sessie-9"])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr,
            "stakemap: \"sessie-9\" is not a snapshot, a change-set number, a date (YYYY-MM-DD) or now; there are no snapshots yet\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path("rapport.html")))
        let usage = try cli.run(["report"])
        XCTAssertEqual(usage.status, 64)
        XCTAssertTrue(usage.stderr.contains("Missing expected argument '--out <file.html>'"), usage.stderr)
    }
}
