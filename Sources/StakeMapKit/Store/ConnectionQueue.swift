import Foundation
import GRDB

/// Hands the database work of a change from the thread that runs the change
/// (an import reading and checking rows) to the thread that owns the
/// connection, inside GRDB's `write`: the only thread that ever touches it.
///
/// Used for a large change into an empty graph, where the writer reads nothing
/// back and the two halves take about as long each: at a million people,
/// SQLite's inserts and the reading and checking of rows are each about half
/// of the rows' time (measured in the closing notes of issue 10: rows 21.9 s on
/// one thread, see ``StakeMapStore/change(_:)`` for the figure with the queue).
/// At most ``capacity`` batches wait, which bounds the memory they hold.
final class ConnectionQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var work: [(run: (Database) throws -> Int, drop: (any Error) -> Void)] = []
    private var finished = false
    private var failure: (any Error)?
    /// Rows that counted work (the links' batches) inserted so far.
    private var counted = 0
    private let capacity = 16

    /// Queues `item`, waiting while the queue is full; throws the failure of
    /// earlier work, if any. The item's result is added to ``countedRows`` when `counts`.
    func submit(counts: Bool, _ item: @escaping (Database) throws -> Int) throws {
        try submit(counts ? item : { db in _ = try item(db); return 0 }, drop: { _ in })
    }

    private func submit(_ item: @escaping (Database) throws -> Int, drop: @escaping (any Error) -> Void) throws {
        condition.lock()
        defer { condition.unlock() }
        while work.count >= capacity && failure == nil { condition.wait() }
        if let failure { throw failure }
        work.append((item, drop))
        condition.broadcast()
    }

    /// Runs `item` on the connection's thread after everything queued before
    /// it, and returns its result.
    func sync<T>(_ item: @escaping (Database) throws -> T) throws -> T {
        let box = ResultBox<T>()
        try submit(
            { db in
                box.set(Result { try item(db) })
                return 0
            }, drop: { box.set(.failure($0)) })
        return try box.wait()
    }

    /// The rows counted work inserted, once everything queued has run.
    func countedRows() throws -> Int {
        _ = try sync { _ in 0 }
        condition.lock()
        defer { condition.unlock() }
        return counted
    }

    /// Says that no more work comes; ``serve(_:)`` returns when the queue is empty.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Runs the queued work on this thread (the connection's) until ``finish()``.
    /// After a failure the rest is dropped, and every later ``submit`` throws it.
    func serve(_ db: Database) throws {
        while true {
            condition.lock()
            while work.isEmpty && !finished { condition.wait() }
            if work.isEmpty {
                condition.unlock()
                if let failure { throw failure }
                return
            }
            let item = work.removeFirst()
            let failed = failure
            condition.broadcast()
            condition.unlock()
            if let failed {
                item.drop(failed)
                continue
            }
            do {
                let rows = try item.run(db)
                condition.lock()
                counted += rows
                condition.unlock()
            } catch {
                condition.lock()
                failure = error
                condition.broadcast()
                condition.unlock()
            }
        }
    }
}

/// The result of one ``ConnectionQueue/sync(_:)`` call, handed between the threads.
private final class ResultBox<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, any Error>?

    func set(_ result: Result<T, any Error>) {
        self.result = result
        done.signal()
    }

    func wait() throws -> T {
        done.wait()
        return try result!.get()
    }
}

/// Where the graph writer's SQL runs: on this thread, with the connection it
/// was given, or, while ``queue`` is set, on the connection's own thread (see
/// ``ConnectionQueue``).
final class WriterConnection {
    private let db: Database
    var queue: ConnectionQueue?

    init(_ db: Database) {
        self.db = db
    }

    /// Runs `work` and returns its result: here, or on the connection's thread,
    /// waiting for it and for all work queued before.
    func read<T>(_ work: @escaping (Database) throws -> T) throws -> T {
        if let queue { return try queue.sync(work) }
        return try work(db)
    }

    /// Runs a batch of inserts: here, returning the rows it inserted, or queued
    /// for the connection's thread, returning 0 (the queue counts them when `counts`).
    func write(counts: Bool, _ work: @escaping (Database) throws -> Int) throws -> Int {
        if let queue {
            try queue.submit(counts: counts, work)
            return 0
        }
        return try work(db)
    }
}
