import ArgumentParser
import StakeMapKit

struct GridCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grid",
        abstract: PictureHelp.gridAbstract.inHelpLanguage,
        discussion: PictureHelp.gridDiscussion.inHelpLanguage)

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
