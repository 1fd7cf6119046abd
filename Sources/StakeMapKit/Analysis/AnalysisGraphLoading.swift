import Dispatch
import Synchronization
import GRDB
import GRDBSQLite

extension AnalysisGraph {
    /// Reads the graph from the database in four scans (nodes, steps, tools,
    /// links) inside one read transaction. Nodes come in id order, so a node's
    /// number is its position; steps and tools come in the same order and are
    /// matched by walking along (a merge join); links come by integer key, turned
    /// into node numbers through one array. No `String` is made per row: text
    /// columns are read in place, and the vocabulary columns by their first letters.
    ///
    /// From a database file the links, half of the time at a million people, are
    /// read by two connections at once, each for half of the source keys.
    static func load(_ store: StakeMapStore) throws -> AnalysisGraph {
        if let pool = store.writer as? DatabasePool {
            for _ in 0..<3 {
                if let graph = try loadInParallel(pool) { return graph }
            }
        }
        return try store.writer.read { db in try load(db) }
    }

    static func load(_ db: Database) throws -> AnalysisGraph {
        var (graph, keys) = try nodesWithAttributes(db)
        graph.apply([try scanLinks(db, keys: keys, sources: Int64.min..<Int64.max)])
        graph.computeInvolvement()
        return graph
    }

    /// The nodes with their steps and tools, and their numbers by key; no links yet.
    private static func nodesWithAttributes(_ db: Database) throws -> (AnalysisGraph, NodeKeys) {
        var graph = AnalysisGraph()
        let keys = try graph.loadNodes(db)
        try graph.loadSteps(db)
        try graph.loadTools(db)
        return (graph, keys)
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
                let keys: NodeKeys
                (graph, keys) = try nodesWithAttributes(db)
                let middle = keys.middle
                let second = Mutex<Result<EdgePart, any Error>?>(nil)
                let done = DispatchSemaphore(value: 0)
                DispatchQueue.global().async {
                    let result = Result {
                        try pool.unsafeRead { db in
                            var part = EdgePart(kindCount: EdgeKind.allCases.count)
                            try db.inTransaction(.deferred) {
                                part = try scanLinks(db, keys: keys, sources: middle..<Int64.max)
                                return .commit
                            }
                            return part
                        }
                    }
                    second.withLock { $0 = result }
                    done.signal()
                }
                PhaseClock.analysis.phase("nodes, steps, tools")
                let first = Result { try scanLinks(db, keys: keys, sources: Int64.min..<middle) }
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

    private mutating func loadNodes(_ db: Database) throws -> NodeKeys {
        let statement = try db.makeStatement(
            sql: "SELECT id, name, kind, side, power, interest, level, required, key FROM node ORDER BY id")
        let raw = statement.sqliteStatement
        let cursor = try Row.fetchCursor(statement)
        var keys: [Int64] = []
        while try cursor.next() != nil {
            keys.append(sqlite3_column_int64(raw, 8))
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
        return NodeKeys(keys)
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

    /// The links whose source key is in `sources`, as read by one connection, in
    /// the order of the table's key.
    private static func scanLinks(
        _ db: Database, keys: NodeKeys, sources: Range<Int64>
    ) throws -> EdgePart {
        let kindCount = EdgeKind.allCases.count
        var part = EdgePart(kindCount: kindCount)
        let statement = try db.makeStatement(
            sql: "SELECT source, target, kind, weight FROM link WHERE source >= ? AND source < ?")
        let raw = statement.sqliteStatement
        let cursor = try Row.fetchCursor(statement, arguments: [sources.lowerBound, sources.upperBound])
        let influences = Self.ordinal(.influences)
        while try cursor.next() != nil {
            guard let source = keys.node(sqlite3_column_int64(raw, 0)),
                let target = keys.node(sqlite3_column_int64(raw, 1)),
                let kind = EdgeKind(code: Int(sqlite3_column_int64(raw, 2)))
            else { continue }
            let ordinal = Self.ordinal(kind)
            part.sources[ordinal].append(source)
            part.targets[ordinal].append(target)
            if ordinal == influences {
                // NULL reads as 0: an influence without a weight weighs 3 (SPEC §1).
                let weight = UInt8(truncatingIfNeeded: sqlite3_column_int(raw, 3))
                part.influenceWeights.append(weight == 0 ? UInt8(EdgeKind.defaultWeight) : weight)
            }
        }
        return part
    }

    /// Joins the parts into the adjacency of every edge kind. Within a node, the
    /// targets are sorted by node number, that is by id.
    private mutating func apply(_ parts: [EdgePart]) {
        let nodeCount = count
        var linked = [Bool](repeating: false, count: nodeCount)
        influenceWeights = []
        for (ordinal, kind) in EdgeKind.allCases.enumerated() {
            let weighted = kind == .influences
            var offsets = [Int32](repeating: 0, count: nodeCount + 1)
            for part in parts {
                for source in part.sources[ordinal] { offsets[Int(source) + 1] += 1 }
            }
            for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
            let total = Int(offsets[nodeCount])
            var targets = [Int32](repeating: 0, count: total)
            var weights = [UInt8](repeating: 0, count: weighted ? total : 0)
            var next = offsets
            for part in parts {
                let sources = part.sources[ordinal]
                let partTargets = part.targets[ordinal]
                for position in sources.indices {
                    let source = Int(sources[position])
                    let target = partTargets[position]
                    let slot = Int(next[source])
                    next[source] += 1
                    targets[slot] = target
                    if weighted { weights[slot] = part.influenceWeights[position] }
                    linked[source] = true
                    linked[Int(target)] = true
                }
            }
            Self.sortTargets(&targets, weights: &weights, offsets: offsets)
            let adjacency = Adjacency(offsets: offsets, targets: targets)
            outgoing[kind] = adjacency
            if weighted { influenceWeights = weights }
            if Self.incomingKinds.contains(kind) { incoming[kind] = adjacency.reversed() }
        }
        self.linked = linked
    }

    /// Sorts each node's targets (and their weights, when there are any) by node number.
    private static func sortTargets(_ targets: inout [Int32], weights: inout [UInt8], offsets: [Int32]) {
        let weighted = !weights.isEmpty
        var packed: [Int64] = []
        for node in 0..<(offsets.count - 1) {
            let range = Int(offsets[node])..<Int(offsets[node + 1])
            guard range.count > 1 else { continue }
            if zip(targets[range].dropLast(), targets[range].dropFirst()).allSatisfy({ $0 < $1 }) { continue }
            if !weighted {
                targets[range].sort()
                continue
            }
            packed.removeAll(keepingCapacity: true)
            for position in range { packed.append(Int64(targets[position]) << 8 | Int64(weights[position])) }
            packed.sort()
            for (position, value) in zip(range, packed) {
                targets[position] = Int32(value >> 8)
                weights[position] = UInt8(value & 0xFF)
            }
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

/// The links of one range of source keys, read by one connection: per edge
/// kind (by ordinal), the source and target node numbers in the order read.
private struct EdgePart: Sendable {
    var sources: [[Int32]]
    var targets: [[Int32]]
    /// The weights of the `influences` links, in their order.
    var influenceWeights: [UInt8] = []

    init(kindCount: Int) {
        sources = Array(repeating: [], count: kindCount)
        targets = Array(repeating: [], count: kindCount)
    }
}

/// Node numbers by integer key: an array indexed by key when the keys are dense
/// (as stakemap assigns them), a dictionary otherwise.
struct NodeKeys: Sendable {
    private var dense: [Int32] = []
    private var sparse: [Int64: Int32] = [:]
    /// A key that splits the nodes' keys in two halves of the key range.
    let middle: Int64

    init(_ keys: [Int64]) {
        let largest = keys.max() ?? 0
        let smallest = keys.min() ?? 0
        middle = smallest + (largest - smallest) / 2 + 1
        if smallest >= 0 && largest < Int64(keys.count) * 2 + 1024 {
            dense = [Int32](repeating: -1, count: Int(largest) + 1)
            for (node, key) in keys.enumerated() { dense[Int(key)] = Int32(node) }
        } else {
            for (node, key) in keys.enumerated() { sparse[key] = Int32(node) }
        }
    }

    @inline(__always)
    func node(_ key: Int64) -> Int32? {
        if !dense.isEmpty {
            guard key >= 0 && key < Int64(dense.count) else { return nil }
            let node = dense[Int(key)]
            return node < 0 ? nil : node
        }
        return sparse[key]
    }
}
