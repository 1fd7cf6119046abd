import ArgumentParser
import Foundation
import StakeMapKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: ProjectHelp.exportAbstract.inHelpLanguage,
        discussion: ProjectHelp.exportDiscussion.inHelpLanguage)

    @Option(help: ProjectHelp.exportFormat.argumentHelp)
    var format: ExportFormat = .json

    @Option(help: ProjectHelp.exportOut.argumentHelp)
    var out: String?

    @Flag(help: FormatText.excel.argumentHelp)
    var excel = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if format == .csv && out == nil {
            throw ValidationError(Screen.csvNeedsFolder.text(in: common.language))
        }
        if excel && format != .csv { throw ValidationError(FormatText.excelNeedsCSV.text(in: common.language)) }
    }

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForReading()
            switch format {
            case .csv:
                let written = try Exporter.writeCSV(store, to: out!, dialect: excel ? .excel : .standard)
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
