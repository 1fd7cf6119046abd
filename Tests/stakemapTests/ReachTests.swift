import Foundation
import XCTest

/// `paths` and `reach` as a user runs them: the order of paths with ties, links
/// walked against their direction, no path, the filters of `reach`, and the
/// samples in both languages.
final class ReachTests: XCTestCase {
    /// a→b, a→c, b→c, b→d, c→d, d→e influence; f reports to e; g stands alone.
    func graph() throws -> CLI {
        let cli = try CLI()
        try cli.write("people.csv", Array("id,name\na,Anna\nb,Bert\nc,Cor\nd,Dirk\ne,Els\nf,Fien\ng,Geert\n".utf8))
        try cli.write(
            "links.csv",
            Array(
                """
                source,target,kind
                a,b,influences
                a,c,influences
                b,c,influences
                b,d,influences
                c,d,influences
                d,e,influences
                f,e,reports_to

                """.utf8))
        XCTAssertEqual(try cli.run(["import", "people", "people.csv"]).status, 0)
        XCTAssertEqual(try cli.run(["import", "links", "links.csv"]).status, 0)
        return cli
    }

    func testPathsShortestFirstTiesInTheOrderOfTheirIds() throws {
        let cli = try graph()
        let result = try cli.run(["paths", "a", "e", "--max", "3"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stdout,
            """
            Anna —influences→ Bert —influences→ Dirk —influences→ Els
            Anna —influences→ Cor —influences→ Dirk —influences→ Els
            Anna —influences→ Bert —influences→ Cor —influences→ Dirk —influences→ Els

            """)
        let two = try cli.run(["paths", "Anna", "Els", "--max", "2"])
        XCTAssertEqual(two.stdout.split(separator: "\n").count, 2)
    }

    func testALinkWalkedAgainstItsDirectionAndTheJSON() throws {
        let cli = try graph()
        let table = try cli.run(["paths", "d", "f", "--lang", "nl"])
        XCTAssertEqual(table.stdout, "Dirk —beïnvloedt→ Els ←rapporteert aan— Fien\n")
        let json = try cli.run(["paths", "d", "f", "--format", "json"])
        XCTAssertEqual(
            json.stdout,
            """
            {"from": "d", "to": "f", "paths": [
              {"length": 2, "steps": [{"from": "d", "kind": "influences", "to": "e", "reverse": false}, {"from": "e", "kind": "reports_to", "to": "f", "reverse": true}]}
            ]}

            """)
    }

    func testNoPathIsAnEmptyListAndExitZero() throws {
        let cli = try graph()
        let none = try cli.run(["paths", "e", "a"])
        XCTAssertEqual(none.status, 0)
        XCTAssertEqual(none.stdout, "No path from Els to Anna along influences, contact_for, member_of or reports_to links.\n")
        let json = try cli.run(["paths", "g", "a", "--format", "json"])
        XCTAssertEqual(json.stdout, "{\"from\": \"g\", \"to\": \"a\", \"paths\": []}\n")
        let unknown = try cli.run(["paths", "a", "zz"])
        XCTAssertEqual(unknown.status, 65)
        XCTAssertEqual(try cli.run(["paths", "a", "e", "--max", "0"]).status, 64)
    }

    func testReachWithItsDistancesAndFilters() throws {
        let cli = try graph()
        let all = try cli.run(["reach", "e"])
        XCTAssertEqual(
            all.stdout,
            """
            STEPS  NAME  KIND    INVOLVED  PATH
            1      Dirk  person  no        Els ←influences— Dirk
            1      Fien  person  no        Els ←reports_to— Fien
            2      Bert  person  no        Els ←influences— Dirk ←influences— Bert
            2      Cor   person  no        Els ←influences— Dirk ←influences— Cor
            3      Anna  person  no        Els ←influences— Dirk ←influences— Bert ←influences— Anna

            5 nodes reach Els

            """)
        let near = try cli.run(["reach", "e", "--via", "influences", "--depth", "2", "--format", "json"])
        let ids = try (JSONSerialization.jsonObject(with: Data(near.stdout.utf8)) as! [[String: Any]]).map { $0["id"] as! String }
        XCTAssertEqual(ids, ["d", "b", "c"])
        let nobody = try cli.run(["reach", "g", "--lang", "nl"])
        XCTAssertEqual(nobody.stdout, "Niemand bereikt Geert langs deze relaties.\n")
        XCTAssertEqual(try cli.run(["reach", "e", "--via", "has_role"]).status, 64)
    }

    func testTheSamplesInBothLanguages() throws {
        let cli = try CLI()
        try cli.importSamples()
        var transcript = ""
        for language in ["en", "nl"] {
            for command in [
                ["reach", "Pieter Hoekstra", "--via", "influences", "--depth", "2"],
                ["reach", "taxichauffeurs", "--side", "internal", "--depth", "3"],
                ["paths", "Marieke van der Berg", "taxichauffeurs"],
            ] {
                let result = try cli.run(command + ["--lang", language])
                XCTAssertEqual(result.status, 0, result.stderr)
                transcript += "$ stakemap " + command.joined(separator: " ") + " --lang \(language)\n" + result.stdout + "\n"
            }
        }
        try assertGolden(transcript, "reach-samples.txt")
    }
}
