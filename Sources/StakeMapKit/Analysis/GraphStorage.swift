import Foundation

/// Compact storage behind ``AnalysisGraph``: many strings in one byte array, adjacency
/// in CSR form, and an id → index table that hashes raw bytes. At a million people
/// this keeps the graph in tens of megabytes and loads it without a `String` per edge.

/// Many UTF-8 strings packed end to end in one byte array, read back by position.
struct PackedStrings: Sendable {
    private(set) var bytes: [UInt8] = []
    /// `ends[i]` is where string `i` ends in `bytes`; it starts where `i - 1` ends.
    private(set) var ends: [Int] = []

    var count: Int { ends.count }

    mutating func append(_ utf8: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: utf8)
        ends.append(bytes.count)
    }

    subscript(index: Int) -> String {
        let start = index == 0 ? 0 : ends[index - 1]
        return String(decoding: bytes[start..<ends[index]], as: UTF8.self)
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
    let ends: UnsafeBufferPointer<Int>

    var count: Int { ends.count }

    @inline(__always)
    func string(_ index: Int) -> UnsafeRawBufferPointer {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeRawBufferPointer(rebasing: bytes[start..<ends[index]])
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

/// Finds a node's index from its id's bytes: open addressing over the 64-bit hashes
/// of the ids. A lookup touches one slot and, unless two ids share a 64-bit hash
/// (checked when the table is built), never the id bytes themselves: at a million
/// nodes that is one cache miss per link instead of three.
struct NodeIndexTable: Sendable {
    fileprivate struct Slot: Sendable {
        var hash: UInt64 = 0
        /// The node's index + 1; 0 marks an empty slot.
        var entry: Int32 = 0
    }

    private var slots: [Slot]
    private let mask: Int
    /// Set when two ids share a hash: lookups then compare the bytes too.
    private var compareBytes = false

    init(_ ids: PackedStrings) {
        var capacity = 16
        while capacity < ids.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        self.mask = mask
        var slots = Array(repeating: Slot(), count: capacity)
        // Hash every id first, then place them: the placing loop is small enough for
        // the CPU to overlap its cache misses.
        var hashes = [UInt64](repeating: 0, count: ids.count)
        ids.withView { view in
            for index in 0..<view.count { hashes[index] = Self.hash(view.string(index)) }
        }
        var compareBytes = false
        slots.withUnsafeMutableBufferPointer { slots in
            for (index, hash) in hashes.enumerated() {
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot].entry != 0 {
                    if slots[slot].hash == hash { compareBytes = true }
                    slot = (slot + 1) & mask
                }
                slots[slot] = Slot(hash: hash, entry: Int32(index + 1))
            }
        }
        self.slots = slots
        self.compareBytes = compareBytes
    }

    /// Calls `body` with a lookup over raw pointers, valid only inside.
    func withLookup<Result>(_ ids: PackedStringsView, _ body: (Lookup) throws -> Result) rethrows -> Result {
        try slots.withUnsafeBufferPointer { slots in
            try body(Lookup(slots: slots, mask: mask, compareBytes: compareBytes, ids: ids))
        }
    }

    struct Lookup {
        fileprivate let slots: UnsafeBufferPointer<Slot>
        fileprivate let mask: Int
        fileprivate let compareBytes: Bool
        fileprivate let ids: PackedStringsView

        /// Whether two ids share a hash, so that lookups must compare bytes:
        /// ``index(of:)`` then, never ``index(hash:)``.
        var needsBytes: Bool { compareBytes }

        /// The node whose id is `id`. An id that is no node (a link left dangling by
        /// a tool that bypassed the foreign keys) is not found, except with a chance
        /// of about 2⁻⁶⁴ that it shares a hash with a node.
        @inline(__always)
        func index(of id: UnsafeRawBufferPointer) -> Int32? {
            let hash = NodeIndexTable.hash(id)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let candidate = slots[slot]
                if candidate.entry == 0 { return nil }
                if candidate.hash == hash, !compareBytes || ids.equals(Int(candidate.entry) - 1, id) {
                    return candidate.entry - 1
                }
                slot = (slot + 1) & mask
            }
        }

        /// The node whose id has hash `hash` (see ``NodeIndexTable/hash(_:)``), or -1;
        /// only when ``needsBytes`` is false. Lookups of many hashes in a row overlap
        /// their cache misses, which one lookup per database row cannot.
        @inline(__always)
        func index(hash: UInt64) -> Int32 {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let candidate = slots[slot]
                if candidate.entry == 0 || candidate.hash == hash { return candidate.entry - 1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// A fast 64-bit hash of a short byte string, eight bytes at a time.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        if offset < bytes.count {
            var word: UInt64 = 0
            for position in offset..<bytes.count {
                word |= UInt64(bytes[position]) << (8 * UInt64(position - offset))
            }
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        }
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 29
        return hash
    }
}
