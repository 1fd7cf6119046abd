/// Earlier states of the graph, rebuilt from the journal (`schema/0003_journal.sql`):
/// the rows with `since <= N` in the graph's tables and those with
/// `since <= N < until` in the history tables (see ``StakeMapStore/store(of:)``).
extension StakeMapStore {
    /// The graph as it was after change set `number` (0: before the first one),
    /// nodes sorted by id, edges by source, kind and target.
    public func graph(afterChangeSet number: Int64) throws -> StakeholderGraph {
        try store(of: GraphState(reference: "#\(number)", changeSet: number, time: nil)).loadGraph()
    }
}
