import ArgumentParser
import StakeMapKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: ReadingHelp.listAbstract.inHelpLanguage,
        discussion: ReadingHelp.listDiscussion.inHelpLanguage)

    @Argument(help: ReadingHelp.listWhat.argumentHelp)
    var what: SectionArgument

    @Option(help: ReadingHelp.tableJSONOrCSV.argumentHelp)
    var format: ListFormat = .table

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors(in: common.language) {
            let listing: GraphListing.Format
            switch format {
            case .table: listing = .table(common.language)
            case .json: listing = .json
            case .csv: listing = .csv
            }
            try common.openForReading().writeList(what.section, format: listing, to: BufferedOutput.standardOutput())
        }
    }
}

struct SectionArgument: ExpressibleByArgument {
    let section: GraphListing.Section
    init?(argument: String) {
        guard let section = GraphListing.Section(rawValue: argument.lowercased()) else { return nil }
        self.section = section
    }
    static var allValueStrings: [String] { GraphListing.Section.allCases.map(\.rawValue) }
}
