import ArgumentParser
import Foundation
import StakeMapKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole graph as CSV files or one JSON document.",
        discussion: """
            CSV writes people.csv, units.csv, groups.csv, roles.csv and links.csv into a folder, in the import formats: importing them in that order into a new database gives the same graph. JSON writes {"people": [...], "units": [...], "groups": [...], "roles": [...], "links": [...]} to a file or, without --out, to standard output.

            Examples:
              stakemap export --format csv --out backup/
              stakemap export --format json --out graph.json
            """)

    @Option(help: "csv or json.")
    var format: ExportFormat = .json

    @Option(help: "The folder (csv) or file (json); json without --out prints to standard output.")
    var out: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if format == .csv && out == nil {
            throw ValidationError("--format csv writes five files: give the folder with --out DIR")
        }
    }

    func run() throws {
        try reportingErrors(database: database) {
            let store = try database.openForReading()
            switch format {
            case .csv:
                let written = try Exporter.writeCSV(store, to: out!)
                printStderr(
                    "\(out!): " + written.map { "\($0.0) (\($0.1) rows)" }.joined(separator: ", "))
            case .json:
                let text = try Exporter.json(store)
                if let out {
                    try OutputFile.write(Data(text.utf8), to: out)
                } else {
                    try StandardOutput.write(text)
                }
            }
        }
    }
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json
}
