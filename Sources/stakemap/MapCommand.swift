import ArgumentParser
import StakeMapKit

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: PictureHelp.mapAbstract.inHelpLanguage,
        discussion: PictureHelp.mapDiscussion.inHelpLanguage)

    @OptionGroup var picture: PictureOptions

    @Option(help: PictureHelp.layout.argumentHelp)
    var layout: GraphLayout = .dot

    @Option(help: ArgumentHelp(PictureHelp.focus.inHelpLanguage, valueName: "id"))
    var focus: String?

    @Option(help: PictureHelp.depth.argumentHelp)
    var depth: Int?

    @Flag(help: PictureHelp.collapse.argumentHelp)
    var collapse = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if depth != nil && focus == nil {
            throw ValidationError(Screen.depthNeedsFocus.text(in: common.language))
        }
        if let depth, depth < 0 {
            throw ValidationError(Screen.depthNegative.text(in: common.language))
        }
    }

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForReading()
            let options = MapOptions(
                layout: layout, focus: focus, depth: depth ?? 1, collapse: collapse,
                project: picture.project(database: common.path), date: picture.resolvedDate, language: common.language,
                page: picture.pageFit)
            let (map, file) = try picture.draw(building: "build (load, gaps, fold, DOT)") {
                try StakeholderMap.make(store, options: options)
            }
            let summary = PictureText.mapWritten(
                file: picture.out, nodes: map.nodeCount, links: map.linkCount, folded: map.folded,
                merged: map.mergedLinkCount, format: file)
            printStderr(summary.text(in: common.language))
        }
    }
}
