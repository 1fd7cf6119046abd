/// The checked values of the attribute cells of a people, units or groups row,
/// read without the database: side, power, interest, legitimacy, urgency, level
/// and steps, each nil when its cell is empty, and the problems of the cells that are wrong (in
/// column order, as the row reports them).
struct RowValues {
    var side: Side?
    var power: Int?
    var interest: Int?
    var legitimacy: Int?
    var urgency: Int?
    var level: Level?
    var steps: Set<InvolvementStep>?
    private(set) var problems: [CellProblem] = []

    init(_ fields: [String], _ header: HeaderMap) {
        side = check(header.cell(.side, in: fields)) { CellValue.side($0, column: header.title(.side)) }
        power = check(header.cell(.power, in: fields)) { CellValue.score($0, column: header.title(.power)) }
        interest = check(header.cell(.interest, in: fields)) { CellValue.score($0, column: header.title(.interest)) }
        legitimacy = check(header.cell(.legitimacy, in: fields)) {
            CellValue.score($0, column: header.title(.legitimacy))
        }
        urgency = check(header.cell(.urgency, in: fields)) { CellValue.score($0, column: header.title(.urgency)) }
        level = check(header.cell(.level, in: fields)) { CellValue.level($0, column: header.title(.level)) }
        steps = check(header.cell(.steps, in: fields)) { CellValue.steps($0, column: header.title(.steps)) }
    }

    private mutating func check<T>(_ cell: String?, _ read: (String) -> Result<T, CellProblem>) -> T? {
        guard let cell else { return nil }
        switch read(cell) {
        case .success(let value): return value
        case .failure(let problem):
            problems.append(problem)
            return nil
        }
    }

    /// Sets the scores and the level on `node` where the row gives them.
    func apply(to node: inout NodeAttributes) {
        if let power { node.power = power }
        if let interest { node.interest = interest }
        if let legitimacy { node.legitimacy = legitimacy }
        if let urgency { node.urgency = urgency }
        if let level { node.level = level }
    }
}
