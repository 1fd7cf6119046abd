/// `stakemap undo`: reverts the latest change set that is not an
/// undo and not undone, as a change set of its own.
extension GraphEditor {
    /// What an undo did (or, `dryRun`, would do): the summary line and, for a
    /// dry run, every change as `import --dry-run` lists them.
    public struct UndoResult: Sendable {
        public let summary: EditMessage
        public let changes: [ChangeLine]
    }

    public static func undo(_ store: StakeMapStore, dryRun: Bool = false) throws -> UndoResult {
        try store.change { graph in
            guard let target = try graph.changeSetToUndo() else {
                throw StakeMapError.editRefused(.nothingToUndo)
            }
            try graph.revert(changeSet: target.number)
            let counts: [UndoCount: Int] = [
                .nodesBack: graph.nodesAdded, .nodesChangedBack: graph.nodesChanged, .nodesRemoved: graph.nodesRemoved,
                .linksBack: graph.linksAdded, .linksChangedBack: graph.linksChanged, .linksRemoved: graph.linksRemoved,
                .acceptancesChangedBack: graph.acceptanceChanges,
            ].filter { $0.value > 0 }
            // Every change set changed something, so its undo does; if not, the journal is not what it should be.
            guard !counts.isEmpty else {
                throw StakeMapError.editRefused(.cannotUndo(number: target.number, command: target.command))
            }
            let summary = EditMessage.undid(number: target.number, command: target.command, counts: counts)
            let changes = dryRun ? try graph.changes() : []
            return (
                UndoResult(summary: dryRun ? .dryRun(summary) : summary, changes: changes),
                dryRun ? .rollback : .commit
            )
        }
    }
}
