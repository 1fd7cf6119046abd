import ArgumentParser
import StakeMapKit

struct GridCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grid",
        abstract: "Draw the power/interest grid (Mendelow): manage closely, keep satisfied, keep informed, monitor.",
        discussion: """
            Every person, unit and target group with both a power and an interest score (1–5) is placed in its cell; high means 4 or 5. Colours as on the map: red needs attention, green is involved. A crowded cell names the most important ones (needing attention, target groups and units, involved) and says how many more there are; the title names those without scores in the same order.

            Examples:
              stakemap grid --out grid.png
              stakemap grid --out grid.svg
              stakemap grid --out grid.pdf --page a4 --landscape --lang nl
            """)

    @OptionGroup var picture: PictureOptions

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForReading()
            let options = GridOptions(
                project: picture.project(database: common.path), date: picture.resolvedDate, language: common.language,
                page: picture.pageFit)
            let (grid, file) = try picture.draw(building: "build (load, gaps, DOT)") {
                try PowerInterestGrid.make(store, options: options)
            }
            let summary = PictureText.gridWritten(
                file: picture.out, placed: grid.scoredCount, quadrants: Quadrant.allCases.map { grid.quadrantCounts[$0] ?? 0 },
                unscored: grid.unscoredCount, format: file)
            printStderr(summary.text(in: common.language))
        }
    }
}
