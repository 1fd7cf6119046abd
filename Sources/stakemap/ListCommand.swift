import ArgumentParser
import StakeMapKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: ReadingHelp.listAbstract.inHelpLanguage,
        discussion: ReadingHelp.listDiscussion.inHelpLanguage)

    @Argument(help: ReadingHelp.listWhat.argumentHelp)
    var what: SectionArgument

    @Option(help: ReadingHelp.tableJSONOrCSV.argumentHelp)
    var format: ListFormat = .table

    @Option(help: QuestionHelp.listUnit.argumentHelp) var unit: String?
    @Option(help: QuestionHelp.listStep.argumentHelp, completion: .stepFilter) var step: String?
    @Option(help: QuestionHelp.listLevel.argumentHelp, completion: .levelFilter) var level: String?
    @Option(help: QuestionHelp.listSide.argumentHelp) var side: SideArgument?
    @Option(help: QuestionHelp.listRole.argumentHelp) var role: String?
    @Option(help: QuestionHelp.listQuadrant.argumentHelp, completion: .quadrants) var quadrant: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        let filtered = [unit, step, level, role, quadrant].contains { $0 != nil } || side != nil
        if filtered && what.section == .links { throw ValidationError(Screen.filtersNotForLinks.text(in: common.language)) }
        func refuse(_ option: String, _ value: String) -> ValidationError {
            ValidationError(Screen.notAFilterValue(option: option, value: value).text(in: common.language))
        }
        if let step, step.lowercased() != "none", InvolvementStep(input: step) == nil { throw refuse("--step", step) }
        if let level, level.lowercased() != "none", Level(input: level) == nil { throw refuse("--level", level) }
        if let quadrant, Quadrant(input: quadrant) == nil { throw refuse("--quadrant", quadrant) }
    }

    /// The filters, with the unit and role named by their ids.
    func filter(_ store: StakeMapStore) throws -> ListingFilter {
        var filter = ListingFilter()
        filter.unit = try unit.map { try store.resolve($0, kinds: [.unit]) }
        filter.step = step.map { $0.lowercased() == "none" ? .none : .value(InvolvementStep(input: $0)!) }
        filter.level = level.map { $0.lowercased() == "none" ? .none : .value(Level(input: $0)!) }
        filter.side = side?.side
        filter.role = try role.map { $0.lowercased() == "none" ? .none : .value(try store.resolve($0, kinds: [.role])) }
        filter.quadrant = quadrant.flatMap(Quadrant.init(input:))
        return filter
    }

    func run() throws {
        try reportingErrors(in: common.language) {
            let listing: GraphListing.Format
            switch format {
            case .table: listing = .table(common.language)
            case .json: listing = .json
            case .csv: listing = .csv
            }
            let store = try common.openForReading()
            try store.writeList(what.section, format: listing, filter: filter(store), to: BufferedOutput.standardOutput())
        }
    }
}

struct SectionArgument: ExpressibleByArgument {
    let section: GraphListing.Section
    init?(argument: String) {
        guard let kind = ImportKind(input: argument), let section = GraphListing.Section(rawValue: kind.rawValue) else {
            return nil
        }
        self.section = section
    }
    static var allValueStrings: [String] { GraphListing.Section.allCases.map(\.rawValue) }
}
