import ArgumentParser
import StakeMapKit

struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: CentralityHelp.abstract.inHelpLanguage,
        discussion: CentralityHelp.discussion.inHelpLanguage)

    @Option(help: CentralityHelp.measure.argumentHelp)
    var measure: CentralityMeasure = .degree

    @Option(help: ArgumentHelp(CentralityHelp.top.inHelpLanguage, valueName: "n"))
    var top = 20

    @Option(help: CentralityHelp.kind.argumentHelp)
    var kind: KindArgument?

    @Option(help: CentralityHelp.side.argumentHelp)
    var side: SideArgument?

    @Option(help: ArgumentHelp(CentralityHelp.sample.inHelpLanguage, valueName: "k"))
    var sample: Int?

    @Option(help: CentralityHelp.format.argumentHelp)
    var format: TableOrJSON = .table

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if top < 0 { throw ValidationError(CentralityMessage.topNegative(top).text(in: common.language)) }
        if let sample, sample < 2 { throw ValidationError(CentralityMessage.sampleTooSmall(sample).text(in: common.language)) }
    }

    func run() throws {
        try reportingErrors(in: common.language) {
            let report = try Centrality.compute(
                common.openForReading(), measure: measure, top: top, kind: kind?.kind, side: side?.side,
                sample: sample)
            switch format {
            case .table: try StandardOutput.write(report.table(in: common.language))
            case .json: try StandardOutput.write(report.json())
            }
        }
    }
}

extension CentralityMeasure: ExpressibleByArgument {}

/// table | json
enum TableOrJSON: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// A node kind by its English or Dutch name.
struct KindArgument: ExpressibleByArgument {
    let kind: NodeKind
    init?(argument: String) {
        guard let kind = NodeKind(input: argument) else { return nil }
        self.kind = kind
    }
    static var allValueStrings: [String] { NodeKind.allCases.map(\.rawValue) }
}
