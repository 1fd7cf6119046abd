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

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if format == .csv && out == nil {
            throw ValidationError(Screen.csvNeedsFolder.text(in: common.language))
        }
    }

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForReading()
            switch format {
            case .csv:
                let written = try Exporter.writeCSV(store, to: out!)
                printStderr(
                    Screen.exported(folder: out!, files: written.map(\.0), rows: written.map(\.1)).text(in: common.language))
            case .json:
                if let out {
                    try BufferedOutput.writingFile(out) { try Exporter.writeJSON(store, to: $0) }
                } else {
                    try Exporter.writeJSON(store, to: BufferedOutput.standardOutput())
                }
            }
        }
    }
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json
}
