import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import StakeMapKit

/// The stakeholder map: what is drawn, how it is folded, focus, formats.
final class MapTests: XCTestCase {
    static let date = "2025-03-14"

    // MARK: The samples

    func testSamplesMapDrawsEveryPersonUnitAndGroupUnfolded() throws {
        let store = try Samples.store()
        let map = try StakeholderMap.make(store, options: MapOptions(project: "stationsplein", date: Self.date))
        XCTAssertFalse(map.folded)
        XCTAssertEqual(map.nodeCount, 70, "40 people, 23 units, 7 groups")
        XCTAssertEqual(map.drawnIDs, try Samples.ids(store, kinds: ["person", "unit", "group"]))
        // 18 influences, 9 contact_for, 18 reports_to, 13 people in target groups;
        // member_of links into units are the boxes.
        XCTAssertEqual(map.linkCount, 58)
        XCTAssertEqual(map.mergedLinkCount, 58)
    }

    func testDOTReadBackGivesTheExpectedCounts() throws {
        let map = try StakeholderMap.make(try Samples.store(), options: MapOptions(project: "stationsplein", date: Self.date))
        let counted = try Graphviz.count(dot: map.dot)
        // 70 nodes + legend + 3 invisible anchors (two sides, target groups) + the vacant-roles note.
        XCTAssertEqual(counted.nodes, 75)
        XCTAssertEqual(map.dotNodeCount, 75)
        // 58 links + one layout edge into each of 72 members of a box + 2 ordering the sides and the legend.
        XCTAssertEqual(counted.edges, 132)
        XCTAssertEqual(map.dotEdgeCount, 132)
    }

    func testSVGIsXMLAndHoldsEveryNameOfTheSamples() throws {
        let store = try Samples.store()
        let map = try StakeholderMap.make(store, options: MapOptions(project: "stationsplein", date: Self.date))
        let text = try svgTexts(map.render(.svg)).joined(separator: "\n")
        let names = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM node ORDER BY id") }
        XCTAssertEqual(names.count, 87)
        for name in names {
            XCTAssertTrue(text.contains(name), "\(name) is not on the map")
        }
        for words in ["Organisation", "Outside world", "Target groups", "Legend", "Stakeholder map — stationsplein"] {
            XCTAssertTrue(text.contains(words), words)
        }
    }

    func testPNGHasSignatureAndPlausibleSize() throws {
        let map = try StakeholderMap.make(try Samples.store(), options: MapOptions(project: "stationsplein", date: Self.date))
        let png = try map.render(.png)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(Array(png.suffix(8)), [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82], "ends with IEND")
        let size = pngSize(png)
        XCTAssertTrue((1_500...5_000).contains(size.width), "width \(size.width)")
        XCTAssertTrue((1_000...4_000).contains(size.height), "height \(size.height)")
        XCTAssertTrue((50_000...5_000_000).contains(png.count), "\(png.count) bytes")
        let pdf = try map.render(.pdf)
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
    }

    func testTheSameMapTwiceIsTheSame() throws {
        let store = try Samples.store()
        let options = MapOptions(project: "stationsplein", date: Self.date)
        let first = try StakeholderMap.make(store, options: options)
        let second = try StakeholderMap.make(store, options: options)
        XCTAssertEqual(first.dot, second.dot)
        // Every text at the same place. (The curves of the links can differ in the
        // second decimal: Graphviz 2.43's spline router keeps state between calls.)
        func texts(_ svg: [UInt8]) -> [String] {
            String(decoding: svg, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("<text") }.map(String.init)
        }
        XCTAssertEqual(texts(try first.render(.svg)), texts(try second.render(.svg)))
    }

    func testColoursFollowGapsAndInvolvement() throws {
        let map = try StakeholderMap.make(try Samples.store(), options: MapOptions(project: "p", date: Self.date))
        // The three high-severity gaps of the samples are red, an involved person green, an uninvolved one white.
        for id in ["s.ozdemir@veldhoven-noord.nl", "gemeente-veldhoven-noord-juridische-zaken", "taxichauffeurs"] {
            XCTAssertEqual(fill(of: id, in: map.dot), MapStyle.Status.attention.fill, id)
        }
        XCTAssertEqual(fill(of: "p.hoekstra@veldhoven-noord.nl", in: map.dot), MapStyle.Status.involved.fill)
        XCTAssertEqual(fill(of: "i.mulder@veldhoven-noord.nl", in: map.dot), MapStyle.Status.neutral.fill)
        XCTAssertTrue(map.dot.contains("participatieadviseur (required)"), "the vacant role is listed")
    }

    func testCollapseFoldsPeopleIntoTheirUnits() throws {
        let store = try Samples.store()
        let map = try StakeholderMap.make(store, options: MapOptions(collapse: true, project: "p", date: Self.date))
        XCTAssertTrue(map.folded)
        XCTAssertEqual(map.drawnIDs, try Samples.ids(store, kinds: ["unit", "group"]))
        XCTAssertTrue(map.dot.contains("3 people · 3 involved"), "a folded unit counts its people")
        XCTAssertTrue(map.dot.contains("+ 1 person"), "the person without a unit is in the outside world's more node")
        let counted = try Graphviz.count(dot: map.dot)
        XCTAssertEqual(counted.nodes, map.dotNodeCount)
        XCTAssertEqual(counted.edges, map.dotEdgeCount)
        XCTAssertEqual(Array(try map.render(.png).prefix(4)), [0x89, 0x50, 0x4E, 0x47])
    }

    func testEveryLayoutRendersAndOnlyDotDrawsBoxes() throws {
        let store = try Samples.store()
        for layout in GraphLayout.allCases {
            let map = try StakeholderMap.make(store, options: MapOptions(layout: layout, project: "p", date: Self.date))
            XCTAssertEqual(map.dot.contains("subgraph \"cluster_"), layout == .dot, "\(layout)")
            let counted = try Graphviz.count(dot: map.dot)
            XCTAssertEqual(counted.nodes, map.dotNodeCount, "\(layout)")
            XCTAssertEqual(counted.edges, map.dotEdgeCount, "\(layout)")
            let text = try svgTexts(map.render(.svg)).joined(separator: "\n")
            XCTAssertTrue(text.contains("Pieter Hoekstra"), "\(layout)")
        }
    }

    // MARK: Focus

    /// a → b → c (influences), d reports to a, a and e in unit U, a contact for group
    /// G, a and f hold role R, h alone.
    private func focusStore() throws -> StakeMapStore {
        try Fixture.store(
            [
                Fixture.person("a@x.nl"), Fixture.person("b"), Fixture.person("c"), Fixture.person("d"),
                Fixture.person("e"), Fixture.person("f"), Fixture.person("h"), Fixture.unit("u"), Fixture.group("g"),
                Fixture.role("r", required: false),
            ],
            [
                Fixture.link("a@x.nl", .influences, "b"), Fixture.link("b", .influences, "c"),
                Fixture.link("d", .reportsTo, "a@x.nl"), Fixture.link("a@x.nl", .memberOf, "u"),
                Fixture.link("e", .memberOf, "u"), Fixture.link("a@x.nl", .contactFor, "g"),
                Fixture.link("a@x.nl", .hasRole, "r"), Fixture.link("f", .hasRole, "r"),
            ])
    }

    func testFocusDrawsExactlyWhatLiesWithinDepthLinksEitherWay() throws {
        let store = try focusStore()
        func drawn(_ focus: String, _ depth: Int) throws -> [String] {
            try StakeholderMap.make(store, options: MapOptions(focus: focus, depth: depth, project: "p", date: Self.date))
                .drawnIDs
        }
        XCTAssertEqual(try drawn("a@x.nl", 0), ["a@x.nl"])
        // The role r is within one link too; roles are shown in their holders' labels.
        XCTAssertEqual(try drawn("a@x.nl", 1), ["a@x.nl", "b", "d", "g", "u"])
        XCTAssertEqual(try drawn("a@x.nl", 2), ["a@x.nl", "b", "c", "d", "e", "f", "g", "u"])
        XCTAssertEqual(try drawn("A@X.NL", 9), ["a@x.nl", "b", "c", "d", "e", "f", "g", "u"], "ids with @ in any case")
        XCTAssertEqual(try drawn("c", 1), ["b", "c"], "backwards along influences")
        XCTAssertEqual(try drawn("r", 1), ["a@x.nl", "f"])
        XCTAssertEqual(try drawn("h", 3), ["h"])
    }

    func testFocusOnAnUnknownNodeIsAnError() throws {
        XCTAssertThrowsError(
            try StakeholderMap.make(try focusStore(), options: MapOptions(focus: "nobody", project: "p", date: Self.date))
        ) { error in
            XCTAssertEqual(error as? StakeMapError, .unknownNode(id: "nobody"))
        }
    }

    func testFocusOnTheSamplesMarksTheFocusAndRenders() throws {
        let options = MapOptions(focus: "p.hoekstra@veldhoven-noord.nl", depth: 1, project: "p", date: Self.date)
        let map = try StakeholderMap.make(try Samples.store(), options: options)
        XCTAssertEqual(
            map.drawnIDs,
            [
                "ahmet-kaya", "eline-vos", "gemeente-veldhoven-noord-bestuur", "gerard-peeters",
                "m.vanderberg@veldhoven-noord.nl", "p.hoekstra@veldhoven-noord.nl", "s.ozdemir@veldhoven-noord.nl",
            ])
        XCTAssertTrue(map.dot.contains("peripheries=2"), "the focus is drawn double")
        XCTAssertTrue(try svgTexts(map.render(.svg)).joined().contains("Around Pieter Hoekstra"))
    }

    // MARK: Folding

    func testFoldingALargeGraphKeepsTheNodeAndLinkBudgets() throws {
        let store = try LargeFixture.store(people: 3_000)
        let start = Date()
        let map = try StakeholderMap.make(store, options: MapOptions(project: "large", date: Self.date))
        XCTAssertTrue(map.folded)
        XCTAssertLessThanOrEqual(map.nodeCount, 150)
        XCTAssertGreaterThanOrEqual(map.nodeCount, 60, "the budget is used")
        XCTAssertLessThanOrEqual(map.linkCount, 300)
        XCTAssertGreaterThan(map.mergedLinkCount, map.linkCount, "only the strongest are drawn")
        let counted = try Graphviz.count(dot: map.dot)
        XCTAssertEqual(counted.nodes, map.dotNodeCount)
        XCTAssertEqual(counted.edges, map.dotEdgeCount)
        // Every fold says what it holds.
        XCTAssertTrue(map.dot.contains(" people · "), "folded units carry head counts")
        XCTAssertTrue(map.dot.contains("×"), "merged links carry their count")
        XCTAssertTrue(map.dot.contains("+ "), "the 60 target groups do not all fit: a more node")
        let svg = try map.render(.svg)
        XCTAssertNoThrow(try XMLDocument(data: Data(svg)))
        XCTAssertLessThan(Date().timeIntervalSince(start), 60, "folded maps stay quick")
    }

    func testSmallerBudgetsAreHonoured() throws {
        let store = try LargeFixture.store(people: 1_000)
        let options = MapOptions(project: "large", date: Self.date, nodeBudget: 60, linkBudget: 40)
        let map = try StakeholderMap.make(store, options: options)
        XCTAssertLessThanOrEqual(map.nodeCount, 60)
        XCTAssertLessThanOrEqual(map.linkCount, 40)
    }

    func testFoldingOpensWholeLevelsFromTheTop() throws {
        // 3000 people: the departments fit, their teams do not all fit at once.
        let graph = try AnalysisGraph.load(LargeFixture.store(people: 3_000))
        let map = try StakeholderMap.make(graph, options: MapOptions(project: "large", date: Self.date))
        for department in 1...LargeFixture.departments {
            XCTAssertTrue(map.drawnIDs.contains("gemeente-afdeling-\(department)"), "department \(department)")
        }
    }

    // MARK: Hostile names

    func testHostileNamesRender() throws {
        let names = GraphvizTests.hostileNames
        var nodes: [Node] = []
        var links: [Edge] = []
        nodes.append(Fixture.unit("unit \" \\ <&>", name: "Unit \"quoted\" \\ <b>&amp;</b>"))
        for (index, name) in names.enumerated() {
            let id = "p\(index) \(name.prefix(20))"
            var person = Fixture.person(
                id, index.isMultiple(of: 2) ? .internal : .external, name: name, power: 1 + index % 5,
                interest: 1 + (index * 3) % 5, steps: index.isMultiple(of: 3) ? [.frame] : [])
            person.notes = String(repeating: "note \" \\ <x> & ", count: 700)  // ~10,000 characters
            nodes.append(person)
            if index.isMultiple(of: 2) { links.append(Fixture.link(id, .memberOf, "unit \" \\ <&>")) }
            if index > 0 { links.append(Fixture.link(nodes[index].id, .influences, id)) }
        }
        nodes.append(Fixture.group("g <&> \"", name: "Groep \"<&>\" 🎉 مجموعة 群体"))
        nodes.append(Fixture.role("rol \\", name: "rol \\ \"x\" <y>", required: true))
        links.append(Fixture.link("p0 \(names[0].prefix(20))", .hasRole, "rol \\"))
        let store = try Fixture.store(nodes, links)
        for layout in [GraphLayout.dot, .neato] {
            let map = try StakeholderMap.make(
                store, options: MapOptions(layout: layout, project: "proj \"<&>\" \\", date: "<today>"))
            let counted = try Graphviz.count(dot: map.dot)
            XCTAssertEqual(counted.nodes, map.dotNodeCount)
            XCTAssertEqual(counted.edges, map.dotEdgeCount)
            XCTAssertEqual(map.nodeCount, names.count + 2)
            var png: [UInt8] = []
            var svg: [UInt8] = []
            let stderr = try capturingStandardError {
                png = try map.render(.png)
                svg = try map.render(.svg)
            }
            XCTAssertEqual(stderr, "")
            XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
            let text = try svgTexts(svg).joined(separator: "\n")
            for name in [
                "مجلس المدينة", "市议会交通委员会", #"He said "hi""#, #"C:\Users\"#, #"a\Nb \G \L \E \T \H \n"#,
                "<b>bold</b> & Co", "Tom &amp; Jerry",
            ] {
                XCTAssertTrue(text.contains(name), "\(layout): \(name) is not drawn literally")
            }
            XCTAssertTrue(text.contains("Stakeholder map — proj \"<&>\" \\"), "\(layout): title")
        }
        let grid = try PowerInterestGrid.make(store, options: GridOptions(project: "p \"<&>\"", date: "d"))
        XCTAssertNoThrow(try XMLDocument(data: Data(grid.render(.svg))))
    }

    // MARK: Helpers

    private func fill(of id: String, in dot: String) -> String? {
        let head = DOTWriter.quote(id) + " ["
        guard let line = dot.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(head) }),
            let range = line.range(of: "fillcolor=\"")
        else { return nil }
        return String(line[range.upperBound...].prefix { $0 != "\"" })
    }
}

/// The samples of the repository, imported into an in-memory store in their order.
enum Samples {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples")
    }

    static func store() throws -> StakeMapStore {
        let store = try StakeMapStore.inMemory()
        for (kind, file) in [
            (ImportKind.people, "mensen.csv"), (.units, "afdelingen.csv"), (.groups, "doelgroepen.csv"),
            (.roles, "rollen.csv"), (.links, "relaties.csv"),
        ] {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(file)))
            _ = try Importer.run(store, kind: kind, file: file, bytes: bytes)
        }
        return store
    }

    static func ids(_ store: StakeMapStore, kinds: [String]) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM node ORDER BY id").filter { id in
                let kind = try String.fetchOne(db, sql: "SELECT kind FROM node WHERE id = ?", arguments: [id])
                return kinds.contains(kind ?? "")
            }
        }.sorted()
    }
}

/// A generated organisation: a municipality with departments and teams, outside
/// organisations, target groups and pseudo-random links, always the same.
enum LargeFixture {
    static let departments = 6

    static func store(people: Int) throws -> StakeMapStore {
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var nodes: [Node] = [Fixture.unit("gemeente", name: "Gemeente")]
        var links: [Edge] = []
        var teams: [String] = []
        for department in 1...departments {
            let id = "gemeente-afdeling-\(department)"
            nodes.append(Fixture.unit(id, name: "Afdeling \(department)"))
            links.append(Fixture.link(id, .memberOf, "gemeente"))
            for team in 1...8 {
                let teamID = "\(id)-team-\(team)"
                nodes.append(Fixture.unit(teamID, name: "Team \(department).\(team)", steps: team == 1 ? [.frame] : []))
                links.append(Fixture.link(teamID, .memberOf, id))
                teams.append(teamID)
            }
        }
        var organisations: [String] = []
        for organisation in 1...80 {
            let id = "organisatie-\(organisation)"
            nodes.append(Fixture.unit(id, .external, name: "Organisatie \(organisation)"))
            organisations.append(id)
        }
        var groups: [String] = []
        for group in 1...60 {
            let id = "doelgroep-\(group)"
            nodes.append(Fixture.group(id, name: "Doelgroep \(group)", level: group.isMultiple(of: 3) ? .consult : nil))
            groups.append(id)
        }
        for person in 0..<people {
            let id = "p\(person)"
            let external = person % 10 == 0
            nodes.append(
                Fixture.person(
                    id, external ? .external : .internal, name: "Persoon \(person)",
                    power: next(6) == 0 ? nil : 1 + next(5), interest: 1 + next(5),
                    steps: next(8) == 0 ? [.plan] : []))
            links.append(Fixture.link(id, .memberOf, external ? organisations[next(80)] : teams[next(teams.count)]))
            for _ in 0..<next(4) {
                let target = next(people)
                if target != person {
                    links.append(Edge(source: id, target: "p\(target)", kind: .influences, weight: 1 + next(5)))
                }
            }
            if !external, next(30) == 0 { links.append(Fixture.link(id, .contactFor, groups[next(60)])) }
            if external, next(2) == 0 { links.append(Fixture.link(id, .memberOf, groups[next(60)])) }
        }
        // The same link listed twice would be one row; keep the first.
        var seen = Set<String>()
        links = links.filter { seen.insert("\($0.source)|\($0.kind.rawValue)|\($0.target)").inserted }
        return try Fixture.store(nodes, links)
    }
}

/// Width and height from a PNG's IHDR chunk.
func pngSize(_ png: [UInt8]) -> (width: Int, height: Int) {
    func bigEndian(_ offset: Int) -> Int { png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
    return png.count >= 24 ? (bigEndian(16), bigEndian(20)) : (0, 0)
}

/// The text of every `<text>` element of an SVG, after XML decoding.
func svgTexts(_ svg: [UInt8]) throws -> [String] {
    let document = try XMLDocument(data: Data(svg))
    return try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
}

/// Graphviz has nothing to warn about in the maps: the legend's swatches fit their
/// cells, the grid's legend its node.
final class MapWarningTests: XCTestCase {
    func testTheSamplesMapAndAFocusMapLayOutWithoutWarnings() throws {
        let store = try Samples.store()
        for options in [
            MapOptions(project: "stationsplein", date: MapTests.date),
            MapOptions(focus: "wethouder", project: "stationsplein", date: MapTests.date),
        ] {
            let map = try StakeholderMap.make(store, options: options)
            XCTAssertEqual(try Graphviz.warnings(dot: map.dot, layout: .dot), [], "\(options.focus ?? "whole map")")
        }
        let grid = try PowerInterestGrid.make(store, options: GridOptions(project: "stationsplein", date: MapTests.date))
        XCTAssertEqual(try Graphviz.warnings(dot: grid.dot, layout: .neato), [], "the grid's legend")
    }
}
