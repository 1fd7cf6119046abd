/// `stakemap undo` (SPEC §7): reverts the latest change set that is not an
/// undo and not undone, as a change set of its own.
extension GraphEditor {
    /// What an undo did (or, `dryRun`, would do): the summary line and, for a
    /// dry run, every change as `import --dry-run` lists them.
    public struct UndoResult: Sendable {
        public let summary: String
        public let changes: [String]
    }

    public static func undo(_ store: StakeMapStore, dryRun: Bool = false) throws -> UndoResult {
        try store.change { graph in
            guard let target = try graph.changeSetToUndo() else {
                throw StakeMapError.editRefused("there is no change set left to undo (see `stakemap history`)")
            }
            try graph.revert(changeSet: target.number)
            var parts: [String] = []
            for (count, one, many, what) in [
                (graph.nodesAdded, "node", "nodes", "back"), (graph.nodesChanged, "node", "nodes", "changed back"),
                (graph.nodesRemoved, "node", "nodes", "removed"), (graph.linksAdded, "link", "links", "back"),
                (graph.linksChanged, "link", "links", "changed back"), (graph.linksRemoved, "link", "links", "removed"),
                (graph.acceptanceChanges, "accepted gap", "accepted gaps", "changed back"),
            ] where count > 0 {
                parts.append("\(Self.count(count, one, many)) \(what)")
            }
            // Every change set changed something, so its undo does; if not, the journal is not what it should be.
            guard !parts.isEmpty else {
                throw StakeMapError.editRefused(
                    "#\(target.number) (\(target.command)) cannot be undone: the journal holds no earlier state for what it changed")
            }
            let done = parts.joined(separator: ", ")
            let summary = "undid #\(target.number) (\(target.command)): \(done)"
            let changes = dryRun ? try graph.changeLines() : []
            return (
                UndoResult(summary: dryRun ? summary + " (dry run: nothing changed)" : summary, changes: changes),
                dryRun ? .rollback : .commit
            )
        }
    }
}
