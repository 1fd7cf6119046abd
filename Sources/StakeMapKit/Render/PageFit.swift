/// A paper size of ISO 216, for pictures that go into a plan of approach as they are.
public enum PaperSize: String, CaseIterable, Sendable {
    case a4, a3, a2

    /// Width and height in millimetres, portrait.
    var millimetres: (width: Double, height: Double) {
        switch self {
        case .a4: (210, 297)
        case .a3: (297, 420)
        case .a2: (420, 594)
        }
    }
}

/// The paper a picture is fitted to: the whole picture (margins included) as large
/// as fits on the sheet, its shape kept. PDF and SVG come out in points (A4 portrait
/// at most 595 × 842 pt), PNG at 150 dots per inch (A4 landscape at most 1754 × 1240 px).
public struct PageFit: Equatable, Sendable {
    public var paper: PaperSize
    public var landscape: Bool

    public init(paper: PaperSize, landscape: Bool = false) {
        self.paper = paper
        self.landscape = landscape
    }

    /// The sheet's width and height in inches, as it lies.
    var inches: (width: Double, height: Double) {
        let (short, long) = (paper.millimetres.width / 25.4, paper.millimetres.height / 25.4)
        return landscape ? (long, short) : (short, long)
    }

    /// Graphviz's `size` with `!`: scale the drawing up or down until it touches the
    /// sheet's edge. With Graphviz 2.42 `size` includes the `pad` around the drawing.
    var size: String {
        let (width, height) = inches
        return String(format: "%.4f,%.4f!", width, height)
    }

    /// The resolution that makes the sheet's inches come out right: 150 dpi for PNG;
    /// 72 for PDF and SVG, whose units are points (at 96 dpi Graphviz draws a PDF
    /// 96/72 as large: an A4 map came out 1,588 pt wide).
    static func dpi(for format: RenderFormat) -> Double { format == .png ? 150 : 72 }

    /// The root graph's attributes to set when rendering as `format`, fitted to paper
    /// or not: PDF and SVG at 72 dpi, so that a point is a point, and without the
    /// device margin. (At the DOT text's 96 dpi a PDF came out 4/3 as large, with a
    /// white margin of 36 × 4/3 = 48 pt on every side beyond the pad: an empty band
    /// above the title of every PDF.) PNG keeps the text's resolution: 96, or 150 on paper.
    static func renderAttributes(for format: RenderFormat) -> [String: String] {
        switch format {
        case .pdf, .svg: ["dpi": "72", "margin": "0"]
        case .png, .dot: [:]
        }
    }
}
