import ArgumentParser
import StakeMapKit

struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths", abstract: QuestionHelp.pathsAbstract.inHelpLanguage,
        discussion: QuestionHelp.pathsDiscussion.inHelpLanguage)

    @Argument(help: QuestionHelp.pathsFrom.argumentHelp) var from: String
    @Argument(help: QuestionHelp.pathsTo.argumentHelp) var to: String
    @Option(help: QuestionHelp.pathsMax.argumentHelp) var max = 3
    @Option(help: QuestionHelp.tableOrJSON.argumentHelp) var format: HistoryCommand.HistoryFormat = .table
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if max < 1 { throw ValidationError(Screen.maxTooSmall(max).text(in: common.language)) }
    }

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForReading()
            let (fromID, toID) = (try store.resolve(from), try store.resolve(to))
            let found = try ReachQuestions.paths(store, from: fromID, to: toID, limit: max)
            try StandardOutput.write(
                format == .json
                    ? QuestionText.pathsJSON(found.paths, from: fromID, to: toID)
                    : QuestionText.paths(found.paths, from: found.from, to: found.to, in: common.language))
        }
    }
}

struct ReachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach", abstract: QuestionHelp.reachAbstract.inHelpLanguage,
        discussion: QuestionHelp.reachDiscussion.inHelpLanguage)

    @Argument(help: QuestionHelp.reachNode.argumentHelp) var node: String
    @Option(help: QuestionHelp.reachVia.argumentHelp) var via: [ReachKindArgument] = []
    @Option(help: QuestionHelp.reachDepth.argumentHelp) var depth: Int?
    @Option(help: QuestionHelp.reachSide.argumentHelp) var side: SideArgument?
    @Option(help: QuestionHelp.tableOrJSON.argumentHelp) var format: HistoryCommand.HistoryFormat = .table
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let depth, depth < 1 { throw ValidationError(Screen.depthTooSmall(depth).text(in: common.language)) }
    }

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForReading()
            let id = try store.resolve(node)
            let kinds = via.isEmpty ? Set(ReachSteps.reachKinds) : Set(via.map(\.kind))
            let found = try ReachQuestions.reach(store, to: id, via: kinds, depth: depth, side: side?.side)
            let output = BufferedOutput.standardOutput()
            if format == .json {
                try QuestionText.reachJSON(found.nodes, to: output)
            } else {
                try QuestionText.reach(found.nodes, name: found.name, in: common.language, to: output)
            }
            try output.flush()
        }
    }
}

/// A link kind `reach --via` can follow, English or Dutch.
struct ReachKindArgument: ExpressibleByArgument {
    let kind: EdgeKind
    init?(argument: String) {
        guard let kind = EdgeKind(input: argument), ReachSteps.reachKinds.contains(kind) else { return nil }
        self.kind = kind
    }
    static var allValueStrings: [String] { ReachSteps.reachKinds.map(\.rawValue) }
}

/// internal | external, or intern | extern.
struct SideArgument: ExpressibleByArgument {
    let side: Side
    init?(argument: String) {
        guard let side = Side(input: argument) else { return nil }
        self.side = side
    }
    static var allValueStrings: [String] { Side.allCases.map(\.rawValue) }
}
