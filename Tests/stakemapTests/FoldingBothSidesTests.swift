import Foundation
import XCTest

/// Large maps fold both sides with one budget: on generated people
/// (bench/generate.py, seed 42) the organisation and the outside world both fold,
/// outside organisations into one box each with their head count, no ×N label
/// lies on a node, and neither side's box fills more than two thirds of the two.
final class FoldingBothSidesTests: XCTestCase {
    /// Generates `people` people with the benchmark's generator and imports them.
    static func generated(_ people: Int) throws -> CLI {
        let cli = try CLI()
        let generator = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("bench/generate.py").path
        let made = try cli.shell("python3 '\(generator)' --people \(people) --out data --seed 42 >/dev/null")
        XCTAssertEqual(made.status, 0, made.stderr)
        let imported = try cli.run(["import", "people", "data/people.csv"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        return cli
    }

    /// The drawn nodes of a map's DOT text by shape: `box3d` organisations, `folder`
    /// units, `box` people, `ellipse` target groups, `note` "more" nodes and notes.
    static func shapes(_ dot: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for match in dot.matches(of: /shape="?(box3d|folder|box|ellipse|note)"?[,\]]/) { counts[String(match.1), default: 0] += 1 }
        return counts
    }

    /// The bounding boxes of the SVG's nodes (people, units, groups, notes) by title.
    static func nodeBoxes(_ svg: String) -> [(title: String, box: CGRect)] {
        svg.matches(of: /<g id="node\d+" class="node">\s*<title>([^<]*)<\/title>(.*?)<\/g>/.dotMatchesNewlines()).compactMap { match in
            let title = String(match.1)
            guard !title.hasPrefix("stakemap:") || title.hasPrefix("stakemap:more") else { return nil }
            var points: [(Double, Double)] = []
            for list in match.2.matches(of: /points="([^"]*)"/) {
                for pair in list.1.split(separator: " ") {
                    let xy = pair.split(separator: ",").compactMap { Double($0) }
                    if xy.count == 2 { points.append((xy[0], xy[1])) }
                }
            }
            for ellipse in match.2.matches(of: /cx="([-\d.]+)" cy="([-\d.]+)" rx="([-\d.]+)" ry="([-\d.]+)"/) {
                let (x, y, rx, ry) = (Double(ellipse.1)!, Double(ellipse.2)!, Double(ellipse.3)!, Double(ellipse.4)!)
                points += [(x - rx, y - ry), (x + rx, y + ry)]
            }
            guard let minX = points.map(\.0).min(), let maxX = points.map(\.0).max(),
                let minY = points.map(\.1).min(), let maxY = points.map(\.1).max()
            else { return nil }
            return (title, CGRect(x: minX, y: minY, width: maxX - minX, height: maxY - minY))
        }
    }

    /// The ×N labels of merged links: 9 pt text, about 5 pt a character, 6.5 pt above the baseline.
    static func countLabels(_ svg: String) -> [(text: String, box: CGRect)] {
        svg.matches(of: /<text text-anchor="middle" x="([-\d.]+)" y="([-\d.]+)"[^>]*font-size="9.00"[^>]*>(×[^<]*)<\/text>/).map { match in
            let (x, y, text) = (Double(match.1)!, Double(match.2)!, String(match.3))
            let width = 5.0 * Double(text.count)
            return (text, CGRect(x: x - width / 2, y: y - 6.5, width: width, height: 6.5))
        }
    }

    /// The area of each side's box (`organisation`, `outside`) as a share of both.
    static func sideShares(_ svg: String) -> [String: Double] {
        var areas: [String: Double] = [:]
        let clusters = /<g id="clust\d+" class="cluster">\s*<title>cluster_side:(\w+)<\/title>(.*?)<\/g>/.dotMatchesNewlines()
        for match in svg.matches(of: clusters) {
            // The box's outline: a polygon, or a path with rounded corners.
            let outline = match.2.matches(of: /(?:points|d)="([^"]*)"/).map { String($0.1) }.joined(separator: " ")
            let numbers = outline.matches(of: /-?\d+(?:\.\d+)?/).compactMap { Double($0.0) }
            let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
            let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
            areas[String(match.1)] = (xs.max()! - xs.min()!) * (ys.max()! - ys.min()!)
        }
        let total = areas.values.reduce(0, +)
        return areas.mapValues { $0 / total }
    }

    func assertFoldsBothSides(people: Int, summary: String, shapes: [String: Int]) throws {
        let cli = try Self.generated(people)
        let dot = try cli.run(["map", "--out", "kaart.dot", "--date", "2025-03-14"])
        XCTAssertEqual(dot.stderr, summary + " (dot)\n")
        XCTAssertEqual(Self.shapes(try cli.read("kaart.dot")), shapes, "\(people): what is drawn")
        let svg = try cli.run(["map", "--out", "kaart.svg", "--date", "2025-03-14"])
        XCTAssertEqual(svg.status, 0, svg.stderr)
        let text = try cli.read("kaart.svg")
        let nodes = Self.nodeBoxes(text)
        XCTAssertEqual(nodes.count, shapes.values.reduce(0, +), "\(people): every node drawn")
        let labels = Self.countLabels(text)
        XCTAssertGreaterThan(labels.count, 20, "\(people): merged links are counted")
        for label in labels {
            for node in nodes where node.box.intersects(label.box) {
                XCTFail("\(people): \(label.text) lies on \(node.title)")
            }
        }
        let shares = Self.sideShares(text)
        XCTAssertEqual(Set(shares.keys), ["organisation", "outside"])
        for (side, share) in shares {
            XCTAssertLessThanOrEqual(share, 2.0 / 3, "\(people): \(side) fills \(share) of the two sides")
        }
    }

    func testAt3000PeopleBothSidesFoldAndNeitherFillsMoreThanTwoThirds() throws {
        // 17 units inside (the municipality, 2 domains, 14 departments), 18 outside
        // organisations folded with their head counts, 6 target groups; no single people.
        try assertFoldsBothSides(
            people: 3_000, summary: "kaart.dot: 41 nodes, 61 links (folded, strongest 61 of 436 links)",
            shapes: ["folder": 17, "box3d": 18, "ellipse": 6])
    }

    func testAt30000PeopleBothSidesFoldAndNeitherFillsMoreThanTwoThirds() throws {
        // Inside: the municipality, 6 domains and the departments of the most
        // important ones; outside: 38 of 176 organisations and 37 of 60 target groups,
        // the rest in one "more" note each.
        try assertFoldsBothSides(
            people: 30_000, summary: "kaart.dot: 146 nodes, 219 links (folded, strongest 219 of 4292 links)",
            shapes: ["folder": 67, "box3d": 39, "ellipse": 38, "note": 2])
    }
}
