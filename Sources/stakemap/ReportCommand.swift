import ArgumentParser
import Foundation
import StakeMapKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: ReportHelp.abstract.inHelpLanguage,
        discussion: ReportHelp.discussion.inHelpLanguage)

    @Option(help: ArgumentHelp(ReportHelp.out.inHelpLanguage, valueName: "file.html"))
    var out: String

    @Option(help: ArgumentHelp(ReportHelp.since.inHelpLanguage, valueName: "ref"))
    var since: String?

    @Option(help: ArgumentHelp(ReportHelp.title.inHelpLanguage, valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp(ReportHelp.date.inHelpLanguage, valueName: "YYYY-MM-DD"))
    var date: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForReading()
            let options = ReportOptions(
                project: title ?? MapOptions.projectName(forDatabase: common.path),
                database: URL(fileURLWithPath: common.path).lastPathComponent, date: date ?? Self.today, since: since,
                language: common.language)
            let report = try ProjectReport.make(store, options: options)
            let bytes = Data(report.html.utf8)
            try OutputFile.write(bytes, to: out)
            let summary = ReportText.written(file: out, kilobytes: (bytes.count + 1023) / 1024, gaps: report.gapCount)
            printStderr(summary.text(in: common.language))
        }
    }

    static var today: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
