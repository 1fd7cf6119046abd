// Measurement harnesses that the scripts in bench/ run; not part of the tool.
//
//   stakemap-bench render DOT_FILE [RUNS] [FORMAT] [OUT]
//       renders the file RUNS times in-process (default 5, png), prints one
//       `bench-run <seconds> bytes <count>` line per run, writes the last image to OUT
//   stakemap-bench leakcheck [RUNS]
//       renders a clustered map RUNS times (default 50: png/svg/pdf, every layout,
//       two-pass maps, broken maps) for bench/leakcheck.sh to run under valgrind
import Foundation
import StakeMapKit

/// Stops with a message on stderr and exit status 1.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("stakemap-bench: \(message)\n".utf8))
    exit(1)
}

func renderTiming(_ arguments: [String]) throws {
    guard let path = arguments.first else { fail("usage: stakemap-bench render DOT_FILE [RUNS] [FORMAT] [OUT]") }
    let dot = try String(contentsOfFile: path, encoding: .utf8)
    let runs = arguments.count > 1 ? Int(arguments[1]) ?? 5 : 5
    let format = arguments.count > 2 ? RenderFormat(rawValue: arguments[2]) ?? .png : .png
    var bytes: [UInt8] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        bytes = try Graphviz.render(dot: dot, layout: .dot, format: format)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("bench-run \(seconds) bytes \(bytes.count)")
    }
    if bytes.isEmpty { fail("rendering gave no bytes") }
    if arguments.count > 3 { try Data(bytes).write(to: URL(fileURLWithPath: arguments[3])) }
}

func leakCheck(_ arguments: [String]) throws {
    let runs = arguments.first.flatMap { Int($0) } ?? 50
    var dot = DOTWriter()
    dot.graphAttributes(["rankdir": "LR"])
    for unit in 0..<4 {
        dot.cluster("u\(unit)", ["label": .text("Unit \(unit) & co")]) { cluster in
            for person in 0..<6 {
                cluster.node("p\(unit)-\(person)", ["label": .lines(["Person \(person)", "role \(unit)"], .center)])
            }
        }
    }
    for index in 0..<30 {
        dot.edge(
            "p\(index % 4)-\(index % 6)", "p\((index + 1) % 4)-\((index * 5) % 6)",
            ["penwidth": .number(Double(index % 5 + 1))])
    }
    let map = dot.finished()
    let formats: [RenderFormat] = [.png, .svg, .pdf]
    for run in 0..<runs {
        let layout: GraphLayout = run.isMultiple(of: 5) ? GraphLayout.allCases[(run / 5) % 5] : .dot
        if try Graphviz.render(dot: map, layout: layout, format: formats[run % 3]).isEmpty {
            fail("run \(run): no bytes")
        }
        if run.isMultiple(of: 10) {
            if (try? Graphviz.render(dot: "digraph { a -> ; }", layout: .dot, format: .svg)) != nil {
                fail("run \(run): a broken map rendered")
            }
            if try Graphviz.count(dot: map).nodes != 24 { fail("run \(run): the map read back without 24 nodes") }
        }
        if run.isMultiple(of: 3) {
            // The stakeholder map's way: lay out, then add links on fixed positions.
            let links = "  \"p0-1\" -> \"p3-4\";\n  \"p2-2\" -> \"p1-5\" [label=\"x\"];\n"
            if try Graphviz.render(dot: map, layout: .dot, addingAfterLayout: links, format: formats[run % 3]).isEmpty {
                fail("run \(run): the two-pass map gave no bytes")
            }
        }
    }
    print("leakcheck rendered \(runs) maps")
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "render": try renderTiming(Array(arguments.dropFirst()))
    case "leakcheck": try leakCheck(Array(arguments.dropFirst()))
    default: fail("usage: stakemap-bench render DOT_FILE [RUNS] [FORMAT] [OUT] | leakcheck [RUNS]")
    }
} catch {
    fail("\(error)")
}
