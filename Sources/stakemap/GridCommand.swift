import ArgumentParser
import Foundation
import StakeMapKit

struct GridCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grid",
        abstract: "Draw the power/interest grid (Mendelow) of everyone with both scores.",
        discussion: """
            Quadrants: manage closely (power and interest 4–5), keep satisfied (power 4–5), keep informed (interest 4–5), monitor. Colours as on the map: red needs attention (a high-severity gap), green is involved. A cell shows at most 6 names and how many more there are. The format follows the file's extension (png, svg, pdf, dot) unless --format is given. Only reads the database.

            Example:
              stakemap grid --out grid.png
            """)

    @Option(help: "The picture to write: .png, .svg, .pdf or .dot.")
    var out: String

    @Option(help: "png, svg, pdf or dot (default: from the extension of --out).")
    var format: RenderFormatArgument?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if format == nil && RenderFormatArgument.fromExtension(of: out) == nil {
            throw ValidationError("cannot tell the format from '\(out)': end it in .png, .svg, .pdf or .dot, or pass --format")
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try database.openForReading()
            let title = "Power/interest grid — \(URL(fileURLWithPath: store.path).deletingPathExtension().lastPathComponent)"
            let grid = try PowerInterestGrid.make(store, title: title)
            let chosen = format?.format ?? RenderFormatArgument.fromExtension(of: out)!
            let bytes = try grid.render(format: chosen)
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: out))
            } catch {
                throw StakeMapError.cannotWrite(path: out, reason: error.localizedDescription)
            }
            let placed = grid.entries.count
            printStderr("\(out): \(placed) node\(placed == 1 ? "" : "s") placed (\(chosen.rawValue))")
        }
    }
}

struct RenderFormatArgument: ExpressibleByArgument {
    let format: RenderFormat
    init?(argument: String) {
        guard let format = RenderFormat(rawValue: argument.lowercased()) else { return nil }
        self.format = format
    }
    static var allValueStrings: [String] { RenderFormat.allCases.map(\.rawValue) }

    static func fromExtension(of path: String) -> RenderFormat? {
        RenderFormat(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
    }
}
