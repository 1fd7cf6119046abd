import ArgumentParser
import StakeMapKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the people, units, roles, groups or links.",
        discussion: """
            JSON gives one object per node (or link) with the attribute names of the import files; CSV gives the import format, so a list can be edited and imported again.

            Examples:
              stakemap list people
              stakemap list groups --format json
              stakemap list links --format csv > relaties.csv
            """)

    @Argument(help: "people, units, roles, groups or links.")
    var what: SectionArgument

    @Option(help: "table, json or csv.")
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
