import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import StakeMapKit

final class GraphvizDOTWriterTests: XCTestCase {
    func testQuoteEscapesBackslashQuoteAndLineBreaks() {
        XCTAssertEqual(DOTWriter.quote(""), #""""#)
        XCTAssertEqual(DOTWriter.quote(#"a"b"#), #""a\"b""#)
        XCTAssertEqual(DOTWriter.quote(#"ends\"#), #""ends\\""#)
        XCTAssertEqual(DOTWriter.quote(#"a\Nb"#), #""a\\Nb""#)
        XCTAssertEqual(DOTWriter.quote("one\r\ntwo\nthree\rfour"), #""one\ntwo\nthreefour""#)
        XCTAssertEqual(DOTWriter.quote("x\u{0}\u{7}\ty\u{2028}z"), #""x y\nz""#)
        XCTAssertEqual(DOTWriter.quote("市 مجلس 🎉 <&>"), "\"市 مجلس 🎉 <&>\"")
    }

    func testHTMLEscape() {
        XCTAssertEqual(DOTWriter.htmlEscape(#"<a href="x">R&D's</a>"#), "&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;")
        XCTAssertEqual(DOTWriter.htmlEscape("one\ntwo"), "one<br/>two")
        XCTAssertEqual(DOTWriter.htmlEscape(#"C:\Users\ \N"#), #"C:\\Users\\ \\N"#)
    }

    func testValues() {
        XCTAssertEqual(DOTValue.text("Tom &amp; Jerry").dot, #""Tom &amp;amp; Jerry""#)
        XCTAssertEqual(DOTValue.lines(["a", #"b\"#], .left).dot, #""a\lb\\\l""#)
        XCTAssertEqual(DOTValue.lines(["a", "b"], .center).dot, #""a\nb""#)
        XCTAssertEqual(DOTValue.number(2).dot, "2")
        XCTAssertEqual(DOTValue.number(2.5).dot, "2.5")
        XCTAssertEqual(DOTValue.html("<b>x</b>").dot, "<<b>x</b>>")
    }

    func testOutputIsDeterministicWithSortedAttributes() {
        var dot = DOTWriter(name: "m")
        dot.graphAttributes(["rankdir": "LR", "nslimit": 1, "compound": "true"])
        dot.nodeDefaults(["shape": "box", "fontname": "Helvetica"])
        dot.edgeDefaults([:])
        dot.cluster("org", ["label": "Organisation", "color": "grey"]) { org in
            org.node("p1", ["label": "Ann", "color": "red"])
            org.node("p2")
        }
        dot.edge("p1", "g1", ["style": "dashed", "penwidth": 2.5, "data-x": "1"])
        XCTAssertEqual(
            dot.finished(),
            """
            digraph "m" {
              graph [compound="true", nslimit=1, rankdir="LR"];
              node [fontname="Helvetica", shape="box"];
              subgraph "cluster_org" {
                graph [color="grey", label="Organisation"];
                "p1" [color="red", label="Ann"];
                "p2";
              }
              "p1" -> "g1" ["data-x"="1", penwidth=2.5, style="dashed"];
            }

            """)
    }

    func testUndirectedStrictGraph() {
        var dot = DOTWriter(name: "g", directed: false, strict: true)
        dot.edge("a", "b")
        XCTAssertEqual(dot.finished(), "strict graph \"g\" {\n  \"a\" -- \"b\";\n}\n")
    }

    func testHTMLLabelRenders() throws {
        var dot = DOTWriter()
        let name = DOTWriter.htmlEscape("R&D <intern> \"x\" 'y'")
        dot.node("a", ["label": .html("<b>\(name)</b>"), "shape": "plaintext"])
        let stderr = try capturingStandardError {
            let svg = try Graphviz.render(dot: dot.finished(), layout: .dot, format: .svg)
            let document = try XMLDocument(data: Data(svg))
            let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
            XCTAssertEqual(texts, ["R&D <intern> \"x\" 'y'"])
        }
        XCTAssertEqual(stderr, "")
    }
}
