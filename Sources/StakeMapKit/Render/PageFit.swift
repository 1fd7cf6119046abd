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

    /// The root graph's attributes to set when rendering as `format`: the resolution,
    /// and no device margin (PDF adds 36 pt on every side beyond `size` otherwise).
    /// `size` is in the DOT text itself.
    static func renderAttributes(for format: RenderFormat) -> [String: String] {
        ["dpi": String(Int(dpi(for: format))), "margin": "0"]
    }
}
