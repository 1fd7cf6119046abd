import ArgumentParser
import StakeMapKit

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: ReadingHelp.gapsAbstract.inHelpLanguage,
        discussion: ReadingHelp.gapsDiscussion.inHelpLanguage)

    @Option(name: .customLong("rule"), help: ReadingHelp.gapsRule.argumentHelp, completion: .ruleIDs)
    var rules: [String] = []

    @Option(help: ReadingHelp.gapsSeverity.argumentHelp)
    var severity: SeverityArgument?

    @Option(help: ReadingHelp.tableJSONOrCSV.argumentHelp)
    var format: ListFormat = .table

    @Flag(help: FormatText.excel.argumentHelp)
    var excel = false

    @Option(help: ReadingHelp.gapsFailOn.argumentHelp)
    var failOn: SeverityArgument?

    @Flag(help: ReadingHelp.gapsAccepted.argumentHelp)
    var accepted = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if accepted && format == .csv { throw ValidationError(Screen.acceptedNotCSV.text(in: common.language)) }
        if excel && format != .csv { throw ValidationError(FormatText.excelNeedsCSV.text(in: common.language)) }
        if let unknown = rules.first(where: { !GapFinder.ruleIDs.contains($0) }) {
            throw ValidationError(StakeMapError.unknownRule(unknown).text(in: common.language))
        }
    }

    func run() throws {
        var found = false
        try reportingErrors(in: common.language) {
            if accepted {
                let store = try common.openForReading()
                let list = AcceptedGapsText.present(try GapFinder.allGaps(store), try store.acceptedGaps())
                try StandardOutput.write(format == .json ? AcceptedGapsText.json(list) : AcceptedGapsText.table(list, in: common.language))
                return
            }
            let report = try GapFinder.run(
                common.openForReading(), rules: rules.isEmpty ? nil : rules, minimum: severity?.severity)
            switch format {
            case .table: try StandardOutput.write(report.table(in: common.language))
            case .json: try StandardOutput.write(report.json())
            case .csv: try StandardOutput.write(report.csv(excel ? .excel : .standard))
            }
            if let threshold = failOn?.severity, let highest = report.highestSeverity, highest >= threshold {
                found = true
            }
        }
        // Gaps found under --fail-on are an outcome, not an error: no message beyond the report.
        if found { throw ExitCode(Exit.gapsFound) }
    }
}

struct SeverityArgument: ExpressibleByArgument {
    let severity: Severity
    init?(argument: String) {
        guard let severity = Severity(input: argument) else { return nil }
        self.severity = severity
    }
    static var allValueStrings: [String] { Severity.allCases.map(\.rawValue) }
}
