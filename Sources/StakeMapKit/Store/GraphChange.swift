import Foundation
import GRDB

/// Whether a change is kept.
public enum ChangeOutcome: Sendable {
    case commit, rollback
}

extension StakeMapStore {
    /// Runs `body` with the graph's one ``GraphWriter`` in one transaction: all of
    /// it is written when `body` returns `.commit`, none of it when it returns
    /// `.rollback` or throws.
    ///
    /// The transaction is immediate: it takes the write lock before reading, so
    /// that a second writer waits (busy timeout) instead of failing when the
    /// first commits between its reads and its writes. Readers are never held
    /// up: in WAL mode they see the graph as it was before.
    public func change<Result>(_ body: (GraphWriter) throws -> (Result, ChangeOutcome)) throws -> Result {
        do {
            return try writeChange(body)
        } catch let error as DatabaseError {
            throw Self.userError(error, path: path)
        }
    }

    private func writeChange<Result>(_ body: (GraphWriter) throws -> (Result, ChangeOutcome)) throws -> Result {
        var result: Result?
        try writer.writeWithoutTransaction { db in
            // Into an empty graph the writer checks every link's ends itself (a key
            // it handed out is a node, or a reservation that must be filled before
            // the commit), so SQLite's own foreign-key look-ups would only repeat
            // that work: measured, they were 40% of the time to insert the links of
            // 100k people. Every other change runs with them on. (A pragma, so it
            // is decided before the transaction; the writer deletes a node's links
            // itself, so a graph another process filled meanwhile stays whole.)
            let empty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM node)")!
            if empty { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
            defer { if empty { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
            // A 32 MiB page cache: 256 MiB measured no faster at 1M people, and an
            // import's peak memory stays within 200 MB.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            defer { try? db.execute(sql: "PRAGMA cache_size = -65536") }
            // Lets SQLite sort with a second thread when it builds the look-up
            // indexes after a large import (measured at 5.7M links: 13.3 s → 9.4 s).
            try db.execute(sql: "PRAGMA threads = 2")
            defer { try? db.execute(sql: "PRAGMA threads = 0") }
            let clock = PhaseClock()
            defer { clock.phase("commit") }
            try db.inTransaction(.immediate) {
                // Links may point at a key reserved for a later row of a file (see
                // GraphWriter.reserve): the foreign keys are checked at the commit.
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                // The change set goes in first: the journal's triggers read its number.
                let number = try Journal.begin(db, author: author)
                let graph = try GraphWriter(db, path: path, changeSet: number)
                let (value, outcome) = try graph.startedEmpty ? Self.runQueued(graph, db, body) : body(graph)
                result = value
                guard outcome == .commit else { return .rollback }
                try graph.finish(db)
                // A change that changed nothing records nothing.
                guard try Journal.end(db, graph) else { return .rollback }
                clock.phase("change")
                return .commit
            }
        }
        return result!
    }

    /// Runs `body` on a thread of its own while this thread, which owns the
    /// connection, runs the SQL it queues (see ``ConnectionQueue``). For a change
    /// into an empty graph, which reads almost nothing back: measured at 1M
    /// people, the import's rows took 21.9 s on one thread and 12–20 s so.
    private static func runQueued<Result>(
        _ graph: GraphWriter, _ db: Database, _ body: (GraphWriter) throws -> (Result, ChangeOutcome)
    ) throws -> (Result, ChangeOutcome) {
        let queue = ConnectionQueue()
        graph.connection.queue = queue
        defer { graph.connection.queue = nil }
        return try withoutActuallyEscaping(body) { body in
            let handoff = Handoff(body: body, graph: graph)
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                handoff.outcome = Swift.Result { try handoff.body!(handoff.graph!) }
                handoff.body = nil  // the body must not outlive withoutActuallyEscaping
                // Nor the writer (its statements) the change: this thread may
                // still be winding down when a new database is closed.
                handoff.graph = nil
                queue.finish()
                done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
            let served = Swift.Result { try queue.serve(db) }
            done.wait()
            let outcome = try handoff.outcome!.get()
            try served.get()
            return outcome
        }
    }
}

/// What the thread of ``StakeMapStore/runQueued(_:_:_:)`` is given and gives back.
/// Only one thread uses it at a time: the change's, until it signals the end.
private final class Handoff<Result>: @unchecked Sendable {
    var body: ((GraphWriter) throws -> (Result, ChangeOutcome))?
    var graph: GraphWriter?
    var outcome: Swift.Result<(Result, ChangeOutcome), any Error>?

    init(body: @escaping (GraphWriter) throws -> (Result, ChangeOutcome), graph: GraphWriter) {
        self.body = body
        self.graph = graph
    }
}
