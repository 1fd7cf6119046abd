import ArgumentParser
import StakeMapKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one node: its attributes and its links in both directions.",
        discussion: """
            Example:
              stakemap show p.hoekstra@veldhoven-noord.nl
            """)

    @Argument(help: "The id of a person, unit, role or group.")
    var id: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingErrors(database: database) {
            let key = NodeID.normalize(id)
            let listing = GraphListing(try database.openForReading().loadNeighbourhood(of: key))
            guard let text = listing.detail(key) else { throw StakeMapError.unknownNode(id: id) }
            try StandardOutput.write(text)
        }
    }
}
