import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import StakeMapKit

final class GraphvizTests: XCTestCase {
    private let small = """
        digraph "map" {
          subgraph "cluster_org" { graph [label="Organisation"]; "ann" [label="Ann"]; "bob" [label="Bob"]; }
          "residents" [label="Residents"];
          "ann" -> "bob";
          "bob" -> "residents" [style="dashed"];
          "residents" -> "ann";
        }
        """

    // MARK: Formats

    func testPNGStartsWithSignatureAndHasPlausibleSize() throws {
        let png = try Graphviz.render(dot: small, layout: .dot, format: .png)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertGreaterThan(png.count, 1_000)
        XCTAssertLessThan(png.count, 1_000_000)
        XCTAssertEqual(Array(png.suffix(8)), [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82], "ends with IEND")
    }

    func testSVGIsXMLAndHoldsTheLabels() throws {
        let svg = try Graphviz.render(dot: small, layout: .dot, format: .svg)
        let texts = try svgTexts(svg)
        for label in ["Organisation", "Ann", "Bob", "Residents"] {
            XCTAssertTrue(texts.contains(label), "\(label) missing from \(texts)")
        }
    }

    func testPDFStartsWithMagic() throws {
        let pdf = try Graphviz.render(dot: small, layout: .dot, format: .pdf)
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
        XCTAssertGreaterThan(pdf.count, 500)
    }

    func testDotFormatReturnsTheTextUnchanged() throws {
        let dot = try Graphviz.render(dot: small, layout: .neato, format: .dot)
        XCTAssertEqual(String(decoding: dot, as: UTF8.self), small)
    }

    func testDotFormatStillRejectsBrokenText() {
        XCTAssertThrowsError(try Graphviz.render(dot: "digraph { a -> }", layout: .dot, format: .dot))
    }

    func testEveryLayoutRendersASmallGraph() throws {
        for layout in GraphLayout.allCases {
            let svg = try Graphviz.render(dot: small, layout: layout, format: .svg)
            XCTAssertTrue(try svgTexts(svg).contains("Residents"), "\(layout)")
            let png = try Graphviz.render(dot: small, layout: layout, format: .png)
            XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "\(layout)")
        }
    }

    // MARK: Links added after the layout

    func testStatementsAddedAfterTheLayoutAreDrawnWithoutMovingTheNodes() throws {
        let links = "  \"ann\" -> \"residents\" [color=\"red\"];\n"
        let before = try svgTexts(Graphviz.render(dot: small, layout: .dot, format: .svg))
        let svg = try Graphviz.render(dot: small, layout: .dot, addingAfterLayout: links, format: .svg)
        let text = String(decoding: svg, as: UTF8.self)
        XCTAssertTrue(text.contains("ann&#45;&gt;residents"), "the added edge is drawn")
        XCTAssertEqual(try svgTexts(svg), before, "the same labels")
        let combined = try Graphviz.render(dot: small, layout: .dot, addingAfterLayout: links, format: .dot)
        XCTAssertEqual(try Graphviz.count(dot: String(decoding: combined, as: UTF8.self)).edges, 4)
        XCTAssertThrowsError(try Graphviz.render(dot: small, layout: .dot, addingAfterLayout: "a -> ;", format: .png))
    }

    // MARK: Counting

    func testCountIsExact() throws {
        let dot = """
            digraph {
              subgraph cluster_a { a; b; subgraph cluster_b { c } }
              a -> b; b -> c; c -> a; a -> b;
              d -> e;
              f;
            }
            """
        let counted = try Graphviz.count(dot: dot)
        XCTAssertEqual(counted.nodes, 6)
        XCTAssertEqual(counted.edges, 5)
    }

    func testStrictGraphMergesParallelEdges() throws {
        let counted = try Graphviz.count(dot: "strict digraph { a -> b; a -> b; b -> a }")
        XCTAssertEqual(counted.nodes, 2)
        XCTAssertEqual(counted.edges, 2)
    }

    // MARK: Errors

    func testSyntaxErrorBecomesAnErrorAndNothingReachesStderr() throws {
        let bad = "digraph {\n  a -> b;\n  c -> -> d;\n}\n"
        let stderr = try capturingStandardError {
            XCTAssertThrowsError(try Graphviz.render(dot: bad, layout: .dot, format: .svg)) { error in
                XCTAssertEqual(
                    error as? GraphvizError,
                    GraphvizError(message: "Graphviz could not read the map: syntax error in line 3 near '->'"))
            }
            XCTAssertThrowsError(try Graphviz.count(dot: bad))
        }
        XCTAssertEqual(stderr, "")
        // The parser recovers: the next map reads fine.
        XCTAssertEqual(try Graphviz.count(dot: small).nodes, 3)
    }

    func testBrokenHTMLLabelIsAnErrorNotASilentlyWrongMap() throws {
        let dot = "digraph { a [label=<<b>unclosed>]; }"
        let stderr = try capturingStandardError {
            XCTAssertThrowsError(try Graphviz.render(dot: dot, layout: .dot, format: .svg)) { error in
                XCTAssertEqual(
                    (error as? GraphvizError)?.message,
                    "Graphviz could not lay out the map with dot: mismatched tag in line 1 ... unclosed</HTML> ... in label of node a")
            }
        }
        XCTAssertEqual(stderr, "")
    }

    func testEmptyTextIsAnError() {
        XCTAssertThrowsError(try Graphviz.render(dot: "", layout: .dot, format: .png)) { error in
            XCTAssertEqual(
                error as? GraphvizError,
                GraphvizError(message: "Graphviz could not read the map: no graph found in the text"))
        }
    }

    func testNULIsAnError() {
        XCTAssertThrowsError(try Graphviz.count(dot: "digraph { a }\u{0}digraph { b }"))
    }

    func testWarningsAreNeitherErrorsNorPrinted() throws {
        let dot = #"digraph { a [color="no such colour", shape="no-such-shape"]; a -> b }"#
        var svg: [UInt8] = []
        let stderr = try capturingStandardError {
            svg = try Graphviz.render(dot: dot, layout: .dot, format: .svg)
        }
        XCTAssertEqual(stderr, "")
        XCTAssertFalse(svg.isEmpty)
    }

    // MARK: Speed attributes

    func testNSLimitInTheTextIsHonoured() throws {
        // A tangle of 30 nodes on which network simplex needs more than 1 × 30
        // iterations to place the nodes, so nslimit=1 stops it early and moves them.
        let body = """
            n1 -> n8; n16 -> n15; n12 -> n29; n25 -> n26; n9 -> n15; n11 -> n18; n28 -> n29; n6 -> n16;
            n4 -> n9; n4 -> n24; n3 -> n19; n25 -> n8; n29 -> n17; n22 -> n25; n19 -> n28; n4 -> n9;
            n3 -> n23; n2 -> n28; n27 -> n21; n10 -> n15; n17 -> n3; n11 -> n13; n10 -> n19; n20 -> n29;
            n6 -> n17; n15 -> n14; n27 -> n16; n8 -> n1; n25 -> n29; n17 -> n29; n0 -> n2; n23 -> n26;
            n12 -> n22; n26 -> n25; n21 -> n20; n0 -> n19; n15 -> n26; n27 -> n10; n7 -> n23; n10 -> n22;
            n27 -> n2; n6 -> n29; n18 -> n7; n7 -> n25; n4 -> n25; n17 -> n14; n2 -> n2; n10 -> n28;
            n16 -> n29; n15 -> n3; n9 -> n17; n9 -> n22; n3 -> n17; n10 -> n26; n29 -> n17; n6 -> n25;
            n19 -> n17; n18 -> n9; n14 -> n2; n19 -> n25; n12 -> n10; n18 -> n7; n9 -> n5; n6 -> n26;
            n5 -> n1; n19 -> n21; n8 -> n15; n2 -> n2; n21 -> n24; n4 -> n28; n4 -> n29; n1 -> n26;
            n2 -> n28; n22 -> n29; n26 -> n17; n21 -> n12; n26 -> n22; n16 -> n8; n16 -> n25; n7 -> n27;
            n6 -> n28; n21 -> n18; n26 -> n13; n18 -> n8; n14 -> n15; n21 -> n20; n22 -> n29; n25 -> n11;
            n2 -> n10; n19 -> n3;
            """
        let free = try Graphviz.render(dot: "digraph { \(body) }", layout: .dot, format: .svg)
        let limited = try Graphviz.render(dot: "digraph { nslimit=1; \(body) }", layout: .dot, format: .svg)
        XCTAssertTrue(free != limited, "nslimit=1 changed nothing")
        let bothLimits = try Graphviz.render(
            dot: "digraph { nslimit=1; nslimit1=1; mclimit=0.5; \(body) }", layout: .dot, format: .svg)
        XCTAssertTrue(try svgTexts(bothLimits).contains("n29"))
    }

    // MARK: Hostile names

    static let hostileNames: [String] = [
        #"He said "hi""#,
        #"C:\Users\"#,
        #"a\Nb \G \L \E \T \H \n"#,
        "<b>bold</b> & Co",
        "Tom &amp; Jerry",
        "line one\nline two\r\nline three",
        "tab\there, bell\u{7}, nul\u{0}, del\u{7F}",
        "emoji 👩🏽‍💻🎉",
        "مجلس المدينة",
        "市议会交通委员会",
        "node", "graph", "subgraph", "edge", "strict",
        "-> -- { } [ ] ; = , ' `",
        String(repeating: #"abcdefghi\"#, count: 1_000),  // 10,000 characters, ends with a backslash
    ]

    private func hostileMap() -> String {
        var dot = DOTWriter(name: #"map "of" \ everything"#)
        dot.cluster(#"org "\"#, ["label": .text(#"Organisation "\ "#)]) { org in
            for name in Self.hostileNames.prefix(8) {
                org.node(name, ["label": .text(name), "tooltip": .text(name)])
            }
        }
        for name in Self.hostileNames.dropFirst(8) {
            dot.node(name, ["label": .text(name)])
        }
        for (from, to) in zip(Self.hostileNames, Self.hostileNames.dropFirst()) {
            dot.edge(from, to, ["label": .text(String(to.prefix(12)))])
        }
        return dot.finished()
    }

    func testHostileNamesKeepEveryNodeDistinct() throws {
        XCTAssertEqual(Self.hostileNames[16].count, 10_000)
        let counted = try Graphviz.count(dot: hostileMap())
        XCTAssertEqual(counted.nodes, Self.hostileNames.count)
        XCTAssertEqual(counted.edges, Self.hostileNames.count - 1)
    }

    func testHostileNamesRenderLiterally() throws {
        let dot = hostileMap()
        var png: [UInt8] = []
        var svg: [UInt8] = []
        let stderr = try capturingStandardError {
            // The 10,000-character label makes the map too wide for a cairo bitmap.
            png = try Graphviz.render(dot: dot, layout: .dot, format: .png)
            svg = try Graphviz.render(dot: dot, layout: .dot, format: .svg)
        }
        XCTAssertEqual(stderr, "")
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(pngSize(png).width, 32_000, accuracy: 100, "shrunk to the cairo limit by the size cap")

        let texts = try svgTexts(svg)
        for name in [
            "مجلس المدينة", "市议会交通委员会", #"He said "hi""#, #"C:\Users\"#, #"a\Nb \G \L \E \T \H \n"#,
            "<b>bold</b> & Co", "Tom &amp; Jerry", "emoji 👩🏽‍💻🎉", "line one", "line two", "line three",
            "tab here, bell, nul, del", "-> -- { } [ ] ; = , ' `", #"Organisation "\ "#,
            String(repeating: #"abcdefghi\"#, count: 1_000),
        ] {
            XCTAssertTrue(texts.contains(name), "\(name.prefix(40)) is not drawn literally")
        }
    }

    // MARK: Determinism

    /// A clustered map of 150 people in 12 units with 300 links, always the same.
    static let clusteredMap: String = {
        var seed: UInt64 = 150
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var dot = DOTWriter()
        dot.graphAttributes(["rankdir": "LR"])
        for side in ["org", "outside"] {
            dot.cluster(side, ["label": .text(side)]) { sideCluster in
                for unit in side == "org" ? 0..<8 : 8..<12 {
                    sideCluster.cluster("u\(unit)", ["label": .text("Unit \(unit)")]) { unitCluster in
                        for person in stride(from: unit, to: 150, by: 12) {
                            unitCluster.node("p\(person)", ["label": .lines(["Person \(person)", "role"], .center)])
                        }
                    }
                }
            }
        }
        for _ in 0..<300 {
            let from = next(150)
            dot.edge("p\(from)", "p\((from + 1 + next(149)) % 150)", ["penwidth": .number(Double(1 + next(5)))])
        }
        return dot.finished()
    }()

    func testRenderingTheSameMapTwiceGivesTheSameDrawing() throws {
        let first = try Graphviz.render(dot: Self.clusteredMap, layout: .dot, format: .svg)
        _ = try Graphviz.render(dot: small, layout: .fdp, format: .png)  // stir the heap
        let second = try Graphviz.render(dot: Self.clusteredMap, layout: .dot, format: .svg)
        let third = try Graphviz.render(dot: Self.clusteredMap, layout: .dot, format: .svg)
        XCTAssertTrue(first == second, "a second render of the same map came out different")
        XCTAssertTrue(first == third, "a third render of the same map came out different")
    }

    func testNamesAreComparedByteForByte() throws {
        // "é" precomposed and decomposed: equal as Swift Strings, two nodes for Graphviz.
        var dot = DOTWriter()
        dot.node("caf\u{E9}")
        dot.node("cafe\u{301}")
        XCTAssertEqual(try Graphviz.count(dot: dot.finished()).nodes, 2)
    }

    // MARK: Threads

    func testConcurrentCallsAreSerialised() throws {
        let results = ResultBox()
        let dot = small
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            do {
                if index.isMultiple(of: 2) {
                    results.add(try Graphviz.render(dot: dot, layout: .dot, format: .svg).count)
                } else {
                    results.add(try Graphviz.count(dot: dot).nodes)
                }
            } catch {
                results.add(-1)
            }
        }
        XCTAssertEqual(results.values.count, 8)
        XCTAssertFalse(results.values.contains(-1))
    }

    func testSmallPNGIsNotScaled() throws {
        // 1 inch wide at 100 dpi plus Graphviz's 4-point padding each side.
        let png = try Graphviz.render(
            dot: #"digraph { dpi=100; a [shape=box, fixedsize=true, width=1, height=1, label=""] }"#,
            layout: .dot, format: .png)
        XCTAssertEqual(pngSize(png).width, 111, accuracy: 2)
    }

    // MARK: Helpers

    /// Width and height from a PNG's IHDR chunk.
    private func pngSize(_ png: [UInt8]) -> (width: Double, height: Double) {
        func bigEndian(_ offset: Int) -> Double {
            Double(png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) })
        }
        return png.count >= 24 ? (bigEndian(16), bigEndian(20)) : (0, 0)
    }

    /// The text of every `<text>` element of an SVG, after XML decoding.
    private func svgTexts(_ svg: [UInt8]) throws -> [String] {
        let document = try XMLDocument(data: Data(svg))
        return try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
    }
}

/// Runs `body` with file descriptor 2 pointed at a temporary file; returns what was written.
func capturingStandardError(_ body: () throws -> Void) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("stakemap-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: url) }
    let file = try FileHandle(forWritingTo: url)
    fflush(nil)
    let saved = dup(2)
    dup2(file.fileDescriptor, 2)
    defer {
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        try? file.close()
    }
    try body()
    fflush(nil)
    return try String(contentsOf: url, encoding: .utf8)
}

private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int] = []
    func add(_ value: Int) { lock.withLock { stored.append(value) } }
    var values: [Int] { lock.withLock { stored } }
}
