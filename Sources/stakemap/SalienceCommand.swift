import ArgumentParser
import StakeMapKit

struct SalienceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salience",
        abstract: SalienceHelp.salienceAbstract.inHelpLanguage,
        discussion: SalienceHelp.salienceDiscussion.inHelpLanguage)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Option(help: SalienceHelp.salienceFormat.argumentHelp) var format: Format = .table

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors(in: common.language) {
            let report = try SalienceReport.compute(common.openForReading())
            try StandardOutput.write(format == .json ? report.json() : report.table(in: common.language))
        }
    }
}
