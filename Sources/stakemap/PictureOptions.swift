import ArgumentParser
import Foundation
import StakeMapKit

/// `--out`, `--format`, `--date`, `--title` and `--page`, shared by `map` and `grid`.
struct PictureOptions: ParsableArguments {
    @Option(help: ArgumentHelp(PictureHelp.out.inHelpLanguage, valueName: "file"))
    var out: String

    @Option(help: PictureHelp.format.argumentHelp)
    var format: RenderFormat?

    @Option(help: ArgumentHelp(PictureHelp.date.inHelpLanguage, valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp(PictureHelp.title.inHelpLanguage, valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp(PictureHelp.page.inHelpLanguage, valueName: "a4|a3|a2"))
    var page: PaperSize?

    @Flag(help: PictureHelp.landscape.argumentHelp)
    var landscape = false

    func validate() throws {
        if landscape && page == nil {
            // A group of its own, without --lang: the language chosen at startup.
            throw ValidationError(Screen.landscapeNeedsPage.text(in: helpLanguage))
        }
        if format == nil && Self.format(ofFile: out) == nil {
            throw ValidationError(Screen.formatUnknown(file: out).text(in: helpLanguage))
        }
    }

    /// The paper to fit to, as asked.
    var pageFit: PageFit? { page.map { PageFit(paper: $0, landscape: landscape) } }

    /// `--title`, else the database file's name without `.db`.
    func project(database path: String) -> String { title ?? MapOptions.projectName(forDatabase: path) }

    /// The format asked for, else the one the file name says.
    var resolvedFormat: RenderFormat { format ?? Self.format(ofFile: out) ?? .png }

    var resolvedDate: String {
        if let date { return date }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    static func format(ofFile path: String) -> RenderFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "png": .png
        case "svg": .svg
        case "pdf": .pdf
        case "dot", "gv": .dot
        default: nil
        }
    }

    /// Builds the picture, renders it in the chosen format and writes it to
    /// `--out`; returns it with a description of the file (`png, 1400×900 px`).
    /// With STAKEMAP_TRACE set, building (`phase`) and rendering are timed.
    func draw<Picture: Drawing>(building phase: String, _ build: () throws -> Picture) throws -> (Picture, String) {
        let clock = PhaseClock()
        let picture = try build()
        clock.phase(phase)
        let bytes = try picture.render(resolvedFormat)
        clock.phase("render")
        try write(bytes)
        return (picture, describe(bytes))
    }

    func write(_ bytes: [UInt8]) throws {
        try OutputFile.write(Data(bytes), to: out)
    }

    /// `png, 1400×900 px`: the format and, where the file says, its size.
    func describe(_ bytes: [UInt8]) -> String {
        let format = resolvedFormat
        switch format {
        case .png where bytes.count >= 24:
            func bigEndian(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
            return "png, \(bigEndian(16))×\(bigEndian(20)) px"
        case .svg:
            let head = String(decoding: bytes.prefix(2_000), as: UTF8.self)
            if let width = Self.attribute("width", in: head), let height = Self.attribute("height", in: head) {
                return "svg, \(width)×\(height)"
            }
            return "svg"
        case .pdf:
            // The page's `/MediaBox [ 0 0 W H ]`, in points; cairo writes it after the drawing.
            let data = Data(bytes)
            guard let start = data.range(of: Data("/MediaBox".utf8)) else { return "pdf" }
            let box = String(decoding: data[start.upperBound...].prefix(40), as: UTF8.self)
            guard let size = box.firstMatch(of: /^ *\[ *0 +0 +(\d+) +(\d+) *\]/) else { return "pdf" }
            return "pdf, \(size.1)×\(size.2) pt"
        default:
            return format.rawValue
        }
    }

    /// The value of `name="…"` in the `<svg` element.
    private static func attribute(_ name: String, in text: String) -> String? {
        guard let svg = text.range(of: "<svg") else { return nil }
        let rest = text[svg.upperBound...]
        guard let start = rest.range(of: " \(name)=\"") else { return nil }
        let value = rest[start.upperBound...].prefix { $0 != "\"" }
        return String(value)
    }
}

extension RenderFormat: ExpressibleByArgument {}
extension GraphLayout: ExpressibleByArgument {}
extension PaperSize: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// A picture that renders to the bytes of a file.
protocol Drawing {
    func render(_ format: RenderFormat) throws -> [UInt8]
}

extension StakeholderMap: Drawing {}
extension PowerInterestGrid: Drawing {}
