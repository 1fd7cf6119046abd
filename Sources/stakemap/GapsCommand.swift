import ArgumentParser
import StakeMapKit

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Find who is missing: uninvolved units and influencers, target groups nobody owns, …",
        discussion: """
            Rules, by severity. High: uninvolved-unit, uninvolved-influencer, unowned-group, step-without-internal. Medium: unengaged-group, underengaged-key-stakeholder, vacant-role, unreachable-group. Low: tool-without-plan, isolated.

            --severity shows gaps of that severity and above; --rule (repeatable) only the rules named. With --fail-on the exit status is 1 when a gap at or above that severity is shown, for scripts and CI. Gaps the team accepted (`stakemap accept`) are left out and counted; --accepted lists them.

            Examples:
              stakemap gaps
              stakemap gaps --severity high
              stakemap gaps --rule unowned-group --rule unreachable-group --format csv
              stakemap gaps --format json --fail-on high
            """)

    @Option(name: .customLong("rule"), help: "Only this rule (repeatable).")
    var rules: [String] = []

    @Option(help: "Show gaps of this severity and above: low, medium or high.")
    var severity: SeverityArgument?

    @Option(help: "table, json or csv.")
    var format: ListFormat = .table

    @Option(help: "Exit 1 when a gap at or above this severity is shown: low, medium or high.")
    var failOn: SeverityArgument?

    @Flag(help: "List the accepted gaps that exist now, with reason, user and time.")
    var accepted = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if accepted && format == .csv { throw ValidationError(Screen.acceptedNotCSV.text(in: common.language)) }
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
            case .csv: try StandardOutput.write(report.csv())
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
