import Foundation

/// Compact storage behind ``AnalysisGraph``: many strings in one byte array, and
/// adjacency in CSR form; ids are matched as raw bytes. At a million people
/// this keeps the graph in tens of megabytes and loads it without a `String` per edge.

/// Many UTF-8 strings packed end to end in one byte array, read back by position.
struct PackedStrings: Sendable {
    private(set) var bytes: [UInt8] = []
    /// `ends[i]` is where string `i` ends in `bytes`; it starts where `i - 1` ends.
    /// 32 bits: 4 GB of text is far past any graph, and 8 bytes a node would be
    /// 17 MB of a million-people export's 200.
    private(set) var ends: [UInt32] = []

    var count: Int { ends.count }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        ends.append(UInt32(bytes.count))
    }

    subscript(index: Int) -> String {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return String(decoding: bytes[start..<Int(ends[index])], as: UTF8.self)
    }

    /// Calls `body` with a raw view for hot loops; the view is valid only inside.
    func withView<Result>(_ body: (PackedStringsView) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBytes { bytes in
            try ends.withUnsafeBufferPointer { ends in try body(PackedStringsView(bytes: bytes, ends: ends)) }
        }
    }
}

/// ``PackedStrings`` seen through raw pointers, for loops over millions of rows.
struct PackedStringsView {
    let bytes: UnsafeRawBufferPointer
    let ends: UnsafeBufferPointer<UInt32>

    var count: Int { ends.count }

    @inline(__always)
    func string(_ index: Int) -> UnsafeRawBufferPointer {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return UnsafeRawBufferPointer(rebasing: bytes[start..<Int(ends[index])])
    }

    /// Orders string `index` against `other` by bytes, as SQLite's BINARY collation does.
    @inline(__always)
    func compare(_ index: Int, with other: UnsafeRawBufferPointer) -> Int {
        let mine = string(index)
        let common = min(mine.count, other.count)
        if common > 0 {
            let order = memcmp(mine.baseAddress!, other.baseAddress!, common)
            if order != 0 { return Int(order) }
        }
        return mine.count - other.count
    }

    @inline(__always)
    func equals(_ index: Int, _ other: UnsafeRawBufferPointer) -> Bool {
        let mine = string(index)
        return mine.count == other.count && (other.isEmpty || memcmp(mine.baseAddress!, other.baseAddress!, other.count) == 0)
    }
}

/// The links of one kind in compressed sparse row form: the neighbours of node `n`
/// are `targets[offsets[n] ..< offsets[n + 1]]`.
struct Adjacency: Sendable {
    var offsets: [Int32]
    var targets: [Int32]

    init(offsets: [Int32], targets: [Int32]) {
        self.offsets = offsets
        self.targets = targets
    }

    /// All the links of `parts` (same nodes) in one adjacency.
    init(union parts: [Adjacency]) {
        let nodeCount = parts[0].offsets.count - 1
        // Each part's offsets are running totals, so the union's are their sum.
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for part in parts {
            for node in 0...nodeCount { offsets[node] += part.offsets[node] }
        }
        var targets = [Int32](repeating: 0, count: Int(offsets[nodeCount]))
        targets.withUnsafeMutableBufferPointer { targets in
            var next = 0
            for node in 0..<nodeCount {
                for part in parts {
                    part.targets.withUnsafeBufferPointer { source in
                        for position in Int(part.offsets[node])..<Int(part.offsets[node + 1]) {
                            targets[next] = source[position]
                            next += 1
                        }
                    }
                }
            }
        }
        self.offsets = offsets
        self.targets = targets
    }

    var edgeCount: Int { targets.count }

    func degree(_ node: Int) -> Int { Int(offsets[node + 1] - offsets[node]) }

    func neighbours(_ node: Int) -> ArraySlice<Int32> {
        targets[Int(offsets[node])..<Int(offsets[node + 1])]
    }

    /// The same links pointing the other way (a counting sort, linear in nodes + links).
    func reversed() -> Adjacency {
        let nodeCount = offsets.count - 1
        var reverseOffsets = [Int32](repeating: 0, count: nodeCount + 1)
        for target in targets { reverseOffsets[Int(target) + 1] += 1 }
        for node in 0..<nodeCount { reverseOffsets[node + 1] += reverseOffsets[node] }
        var next = reverseOffsets
        var sources = [Int32](repeating: 0, count: targets.count)
        for source in 0..<nodeCount {
            for target in neighbours(source) {
                sources[Int(next[Int(target)])] = Int32(source)
                next[Int(target)] += 1
            }
        }
        return Adjacency(offsets: reverseOffsets, targets: sources)
    }
}
