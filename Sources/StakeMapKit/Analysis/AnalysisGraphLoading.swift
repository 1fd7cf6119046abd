import Dispatch
import Synchronization
import GRDB
import GRDBSQLite

extension AnalysisGraph {
    /// Reads the graph from the database in four ordered scans (nodes, steps, tools,
    /// links) inside one read transaction. Nodes come in id order, so a node's
    /// number is its position; steps, tools and link sources come in the same order
    /// and are matched by walking along (a merge join), link targets through one
    /// hash table over the ids' bytes. No `String` is made per row: text columns are
    /// read in place, and the vocabulary columns by their first letters.
    ///
    /// From a database file the links, half of the time at a million people, are
    /// read by two connections at once, each for half of the sources.
    static func load(_ store: StakeMapStore) throws -> AnalysisGraph {
        if let pool = store.writer as? DatabasePool {
            for _ in 0..<3 {
                if let graph = try loadInParallel(pool) { return graph }
            }
        }
        return try store.writer.read { db in try load(db) }
    }

    static func load(_ db: Database) throws -> AnalysisGraph {
        var graph = try nodesWithAttributes(db)
        let table = NodeIndexTable(graph.ids)
        graph.apply([try scanEdges(db, ids: graph.ids, table: table, sources: 0..<graph.count)])
        graph.computeInvolvement()
        return graph
    }

    /// The nodes with their steps and tools; no links yet.
    private static func nodesWithAttributes(_ db: Database) throws -> AnalysisGraph {
        var graph = AnalysisGraph()
        try graph.loadNodes(db)
        try graph.loadSteps(db)
        try graph.loadTools(db)
        return graph
    }

    /// ``load(_:)`` with the second half of the links read on a second connection.
    ///
    /// Two read transactions need not see the same state: another process may
    /// commit between their starts. `PRAGMA data_version`, read on the first
    /// connection before its transaction and after both ended, changes when any
    /// other connection committed in between; then the result is dropped (nil)
    /// and the caller reads again.
    private static func loadInParallel(_ pool: DatabasePool) throws -> AnalysisGraph? {
        PhaseClock.analysis.phase("open")
        return try pool.unsafeRead { db in
            let before = try Int.fetchOne(db, sql: "PRAGMA data_version")
            var graph = AnalysisGraph()
            try db.inTransaction(.deferred) {
                graph = try nodesWithAttributes(db)
                let ids = graph.ids
                let table = NodeIndexTable(ids)
                let middle = graph.count / 2
                let upper = middle..<graph.count
                let second = Mutex<Result<EdgePart, any Error>?>(nil)
                let done = DispatchSemaphore(value: 0)
                DispatchQueue.global().async {
                    let result = Result {
                        try pool.unsafeRead { db in
                            var part = EdgePart()
                            try db.inTransaction(.deferred) {
                                part = try scanEdges(db, ids: ids, table: table, sources: upper)
                                return .commit
                            }
                            return part
                        }
                    }
                    second.withLock { $0 = result }
                    done.signal()
                }
                PhaseClock.analysis.phase("nodes, steps, tools")
                let first = Result { try scanEdges(db, ids: ids, table: table, sources: 0..<middle) }
                PhaseClock.analysis.phase("links, first half")
                done.wait()  // also when the first half failed: no read outlives this one
                PhaseClock.analysis.phase("links, second half")
                graph.apply([try first.get(), try second.withLock { $0! }.get()])
                PhaseClock.analysis.phase("adjacency")
                return .commit
            }
            let after = try Int.fetchOne(db, sql: "PRAGMA data_version")
            guard before == after else { return nil }
            graph.computeInvolvement()
            PhaseClock.analysis.phase("involvement")
            return graph
        }
    }

    private mutating func loadNodes(_ db: Database) throws {
        let statement = try db.makeStatement(
            sql: "SELECT id, name, kind, side, power, interest, level, required FROM node ORDER BY id")
        let raw = statement.sqliteStatement
        let cursor = try Row.fetchCursor(statement)
        while try cursor.next() != nil {
            ids.append(Self.text(raw, 0))
            names.append(Self.text(raw, 1))
            kinds.append(Self.nodeKind(Self.firstByte(raw, 2)))
            sides.append(Self.firstByte(raw, 3) == UInt8(ascii: "i") ? .internal : .external)
            power.append(UInt8(truncatingIfNeeded: sqlite3_column_int(raw, 4)))  // NULL reads as 0
            interest.append(UInt8(truncatingIfNeeded: sqlite3_column_int(raw, 5)))
            levels.append(Self.level(raw, 6))
            required.append(sqlite3_column_int(raw, 7) != 0)
        }
        steps = Array(repeating: [], count: count)
        hasTools = Array(repeating: false, count: count)
        linked = Array(repeating: false, count: count)
    }

    private mutating func loadSteps(_ db: Database) throws {
        let statement = try db.makeStatement(sql: "SELECT node, step FROM node_step ORDER BY node, step")
        let raw = statement.sqliteStatement
        let cursor = try Row.fetchCursor(statement)
        var steps = self.steps
        self.steps = []
        try ids.withView { ids in
            var walk = IdWalk(ids)
            while try cursor.next() != nil {
                guard let node = walk.index(of: Self.text(raw, 0)), let step = Self.step(Self.firstByte(raw, 1)) else {
                    continue
                }
                steps[node].insert(StepSet(step))
            }
        }
        self.steps = steps
    }

    private mutating func loadTools(_ db: Database) throws {
        let statement = try db.makeStatement(sql: "SELECT node, tool FROM node_tool ORDER BY node, tool")
        let raw = statement.sqliteStatement
        let cursor = try Row.fetchCursor(statement)
        var hasTools = self.hasTools
        var tools: [Int32: [String]] = [:]
        try ids.withView { ids in
            var walk = IdWalk(ids)
            while try cursor.next() != nil {
                guard let node = walk.index(of: Self.text(raw, 0)) else { continue }
                hasTools[node] = true
                tools[Int32(node), default: []].append(String(decoding: Self.text(raw, 1), as: UTF8.self))
            }
        }
        self.hasTools = hasTools
        self.tools = tools
    }

    /// The links whose source is one of the nodes numbered `sources`, as read by
    /// one connection.
    private static func scanEdges(
        _ db: Database, ids: PackedStrings, table: NodeIndexTable, sources: Range<Int>
    ) throws -> EdgePart {
        let nodeCount = ids.count
        let kindCount = EdgeKind.allCases.count
        let influencesOrdinal = Self.ordinal(.influences)
        var part = EdgePart()
        if sources.isEmpty { return part }
        // Links arrive ordered by source, so each kind's targets are already in CSR
        // order; only the out-degrees are counted, all kinds in one flat array.
        var degrees = [Int32](repeating: 0, count: kindCount * nodeCount)
        var linked = [Bool](repeating: false, count: nodeCount)
        var influenceWeights: [UInt8] = []
        var bounds: [String] = []
        var conditions: [String] = []
        if sources.lowerBound > 0 {
            conditions.append("source >= ?")
            bounds.append(ids[sources.lowerBound])
        }
        if sources.upperBound < nodeCount {
            conditions.append("source < ?")
            bounds.append(ids[sources.upperBound])
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let statement = try db.makeStatement(
            sql: "SELECT source, target, kind, weight FROM edge\(filter) ORDER BY source, kind, target")
        let raw = statement.sqliteStatement
        let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(bounds))
        try ids.withView { ids in
            try table.withLookup(ids) { lookup in
                try degrees.withUnsafeMutableBufferPointer { degrees in
                    try linked.withUnsafeMutableBufferPointer { linked in
                        var walk = IdWalk(ids, from: sources.lowerBound)
                        var byKind = [[Int32]](repeating: [], count: kindCount)
                        // Targets are looked up a batch at a time, so that the CPU
                        // overlaps the cache misses of the hash table.
                        let batchSize = 512
                        var sources = [Int32](repeating: 0, count: batchSize)
                        var kinds = [UInt8](repeating: 0, count: batchSize)
                        var weights = [UInt8](repeating: 0, count: batchSize)
                        var hashes = [UInt64](repeating: 0, count: batchSize)
                        var found = [Int32](repeating: 0, count: batchSize)
                        var pending = 0
                        func flush() {
                            if !lookup.needsBytes {
                                for position in 0..<pending { found[position] = lookup.index(hash: hashes[position]) }
                            }
                            for position in 0..<pending where found[position] >= 0 {
                                let source = Int(sources[position])
                                let target = found[position]
                                let kind = Int(kinds[position])
                                byKind[kind].append(target)
                                if kind == influencesOrdinal { influenceWeights.append(weights[position]) }
                                degrees[kind * nodeCount + source] += 1
                                linked[source] = true
                                linked[Int(target)] = true
                            }
                            pending = 0
                        }
                        while try cursor.next() != nil {
                            guard let source = walk.index(of: Self.text(raw, 0)),
                                let kind = Self.edgeKind(Self.firstByte(raw, 2))
                            else { continue }
                            let target = Self.text(raw, 1)
                            if lookup.needsBytes {  // two ids share a hash: compare bytes now
                                found[pending] = lookup.index(of: target) ?? -1
                            } else {
                                hashes[pending] = NodeIndexTable.hash(target)
                            }
                            sources[pending] = Int32(source)
                            kinds[pending] = UInt8(Self.ordinal(kind))
                            // NULL reads as 0: an influence without a weight weighs 3 (SPEC §1).
                            let weight = UInt8(truncatingIfNeeded: sqlite3_column_int(raw, 3))
                            weights[pending] = weight == 0 ? UInt8(EdgeKind.defaultWeight) : weight
                            pending += 1
                            if pending == batchSize { flush() }
                        }
                        flush()
                        part.byKind = byKind
                    }
                }
            }
        }
        part.degrees = degrees
        part.linked = linked
        part.influenceWeights = influenceWeights
        return part
    }

    /// Joins the parts (in source order) into the adjacency of every edge kind.
    private mutating func apply(_ parts: [EdgePart]) {
        let nodeCount = count
        var degrees = [Int32](repeating: 0, count: EdgeKind.allCases.count * nodeCount)
        var linked = [Bool](repeating: false, count: nodeCount)
        var targets = [[Int32]](repeating: [], count: EdgeKind.allCases.count)
        influenceWeights = []
        for part in parts where !part.degrees.isEmpty {
            for index in degrees.indices { degrees[index] += part.degrees[index] }
            for index in linked.indices where part.linked[index] { linked[index] = true }
            for ordinal in targets.indices { targets[ordinal].append(contentsOf: part.byKind[ordinal]) }
            influenceWeights.append(contentsOf: part.influenceWeights)
        }
        self.linked = linked
        for (ordinal, kind) in EdgeKind.allCases.enumerated() {
            var offsets = [Int32](repeating: 0, count: nodeCount + 1)
            for node in 0..<nodeCount { offsets[node + 1] = offsets[node] + degrees[ordinal * nodeCount + node] }
            let adjacency = Adjacency(offsets: offsets, targets: targets[ordinal])
            targets[ordinal] = []
            outgoing[kind] = adjacency
            if Self.incomingKinds.contains(kind) { incoming[kind] = adjacency.reversed() }
        }
    }

    /// The bytes of a text column of the current row, valid until the next step.
    /// Read as a blob: SQLite then hands out the bytes in place, where asking for
    /// text would make it copy them to add a terminating NUL.
    @inline(__always)
    private static func text(_ statement: SQLiteStatement, _ column: Int32) -> UnsafeRawBufferPointer {
        guard let start = sqlite3_column_blob(statement, column) else {
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
        return UnsafeRawBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, column)))
    }

    /// The first byte of a text column of the current row; nil when NULL or empty.
    @inline(__always)
    private static func firstByte(_ statement: SQLiteStatement, _ column: Int32) -> UInt8? {
        sqlite3_column_blob(statement, column)?.load(as: UInt8.self)
    }

    // The schema's CHECK constraints limit these columns to the vocabulary, whose
    // words differ in their first letter (levels starting with `c` in their third).

    @inline(__always)
    private static func nodeKind(_ first: UInt8?) -> NodeKind {
        switch first {
        case UInt8(ascii: "p"): .person
        case UInt8(ascii: "u"): .unit
        case UInt8(ascii: "r"): .role
        default: .group
        }
    }

    @inline(__always)
    private static func level(_ statement: SQLiteStatement, _ column: Int32) -> Level? {
        switch firstByte(statement, column) {
        case UInt8(ascii: "i"): return .inform
        case UInt8(ascii: "a"): return .advise
        case UInt8(ascii: "c"):
            let text = Self.text(statement, column)
            guard text.count > 2 else { return nil }
            switch text[2] {
            case UInt8(ascii: "n"): return .consult
            case UInt8(ascii: "p"): return .coproduce
            default: return .codecide
            }
        default: return nil
        }
    }

    @inline(__always)
    private static func step(_ first: UInt8?) -> InvolvementStep? {
        switch first {
        case UInt8(ascii: "f"): .frame
        case UInt8(ascii: "g"): .goals
        case UInt8(ascii: "p"): .plan
        case UInt8(ascii: "s"): .start
        default: nil
        }
    }

    @inline(__always)
    private static func edgeKind(_ first: UInt8?) -> EdgeKind? {
        switch first {
        case UInt8(ascii: "m"): .memberOf
        case UInt8(ascii: "h"): .hasRole
        case UInt8(ascii: "i"): .influences
        case UInt8(ascii: "r"): .reportsTo
        case UInt8(ascii: "c"): .contactFor
        default: nil
        }
    }

    /// The position of `kind` in `EdgeKind.allCases`.
    @inline(__always)
    private static func ordinal(_ kind: EdgeKind) -> Int {
        switch kind {
        case .memberOf: 0
        case .hasRole: 1
        case .influences: 2
        case .reportsTo: 3
        case .contactFor: 4
        }
    }
}

/// Matches ids arriving in id order against the nodes (also in id order) by walking
/// forward, as a merge join does: no hashing for steps, tools and link sources.
private struct IdWalk {
    private let ids: PackedStringsView
    private var position = 0

    init(_ ids: PackedStringsView, from position: Int = 0) {
        self.ids = ids
        self.position = position
    }

    @inline(__always)
    mutating func index(of id: UnsafeRawBufferPointer) -> Int? {
        while position < ids.count {
            let order = ids.compare(position, with: id)
            if order == 0 { return position }
            if order > 0 { return nil }  // not a node: skip it, the next id may be
            position += 1
        }
        return nil
    }
}

/// The links of one range of sources, read by one connection.
private struct EdgePart: Sendable {
    /// Targets per edge kind, in source order.
    var byKind: [[Int32]] = []
    /// Out-degree per kind and node (`kind * nodeCount + node`); empty when no node was read.
    var degrees: [Int32] = []
    /// The nodes with a link in this part, either end.
    var linked: [Bool] = []
    /// The weights of the `influences` targets, in their order.
    var influenceWeights: [UInt8] = []
}
