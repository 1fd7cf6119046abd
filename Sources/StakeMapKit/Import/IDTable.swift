import CShims
import Foundation

/// The ids an import has met, each with its node key (once it has one) and the
/// line of the row that claimed it in this file (once one has).
///
/// Written by hand rather than as two `Dictionary`s (`[String: Int64]` for the
/// keys, `[Int: Int32]` for the lines by the id's `hashValue`), because at 1M
/// people those look-ups were the largest cost of the import's reading thread,
/// which sets the import's pace: per row the id is looked up three times and
/// every `influences` or `reports_to` target once, about 5M look-ups, each
/// hashing the string with SipHash and missing the CPU's caches in the key,
/// value and occupancy arrays. Measured at 1M people: the first pass 2.3–2.5 s
/// and the rows 13.9–14.2 s with the dictionaries, 1.7–1.8 s and 13.5–13.8 s
/// with this table, and the import's peak memory 189 MB against 145 MB.
///
/// Here an id is hashed 8 bytes at a time, and one look-up reads one 16-byte
/// slot (a 32-bit fingerprint, where the id is stored, the key) and, only when
/// the fingerprint matches, the id's bytes to compare, with its line beside
/// them. Ids are compared in full, so unlike the old table of lines by hash,
/// two ids can never be taken for one.
final class IDTable {
    private struct Slot {
        /// Part of the id's hash, never 0; 0 marks an empty slot.
        var fingerprint: UInt32
        /// Where the id's record starts in `bytes`.
        var offset: UInt32
        var key: Int64
    }

    /// A key not given out yet (real keys come from SQLite's `INTEGER PRIMARY KEY`).
    private static let noKey = Int64.min
    /// A record in `bytes`: the claiming line (Int32, 0 for none), the length of
    /// the id (UInt32), then the id's UTF-8 bytes.
    private static let recordHeader = 8

    private var slots: UnsafeMutableBufferPointer<Slot>
    private var mask: Int
    private var shift: UInt64
    private(set) var count = 0
    private var bytes: UnsafeMutableRawPointer
    private var bytesUsed = 0
    private var bytesCapacity: Int

    init() {
        let capacity = 1024
        slots = Self.allocateSlots(capacity)
        slots.initialize(repeating: Slot(fingerprint: 0, offset: 0, key: 0))
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        bytesCapacity = 16 * 1024
        bytes = Self.allocateLarge(bytesCapacity)
    }

    deinit {
        free(slots.baseAddress)
        free(bytes)
    }

    /// The key of `id`, or nil when it has none.
    func key(_ id: String) -> Int64? {
        guard let slot = find(id) else { return nil }
        let key = slots[slot].key
        return key == Self.noKey ? nil : key
    }

    /// Gives `id` its key; adds the id when new.
    func setKey(_ id: String, _ key: Int64) {
        let slot = findOrAdd(id)  // first: adding can move the slots
        slots[slot].key = key
    }

    /// The key of `id`; when it has none, `make()` gives one, which is kept.
    func key(_ id: String, orMake make: () -> Int64) -> Int64 {
        let slot = findOrAdd(id)
        if slots[slot].key != Self.noKey { return slots[slot].key }
        let key = make()
        slots[slot].key = key
        return key
    }

    /// The line of the row that claimed `id`, or nil when no row has.
    func line(_ id: String) -> Int32? {
        guard let slot = find(id) else { return nil }
        let line = bytes.load(fromByteOffset: Int(slots[slot].offset), as: Int32.self)
        return line == 0 ? nil : line
    }

    /// Claims `id` for the row at `line` (1 or more); returns the line that
    /// claimed it before, or nil when this is the first.
    func claim(_ id: String, line: Int32) -> Int32? {
        let slot = findOrAdd(id)  // first: adding can move the slots
        let offset = Int(slots[slot].offset)
        let first = bytes.load(fromByteOffset: offset, as: Int32.self)
        if first != 0 { return first }
        bytes.storeBytes(of: line, toByteOffset: offset, as: Int32.self)
        return nil
    }

    // MARK: Prefetching

    /// The two steps of a look-up that can be started early.
    enum Prefetch {
        /// Start loading the slot where the id's search begins.
        case slot
        /// Read that slot (loaded by an earlier `.slot`) and start loading the
        /// id's record, when the slot's fingerprint matches.
        case record
    }

    /// Hints for the look-ups of the ids in a `|`-separated cell (or of one id),
    /// made a row or two before the row itself is imported: a look-up mostly
    /// waits for two loads from memory, the slot and then the id's record, and
    /// started early they arrive while other rows are worked on. Only hints:
    /// an id written with spaces or capitals is simply not found early.
    func prefetch(_ cell: String, _ step: Prefetch) {
        var cell = cell
        cell.withUTF8 { bytes in CellValue.forEachItem(in: bytes) { prefetch($0, step) } }
    }

    private func prefetch(_ utf8: UnsafeBufferPointer<UInt8>, _ step: Prefetch) {
        let hash = Self.hash(utf8)
        let slot = Int(truncatingIfNeeded: hash >> shift)
        switch step {
        case .slot:
            stakemap_prefetch(slots.baseAddress! + slot)
        case .record:
            let candidate = slots[slot]
            if candidate.fingerprint == Self.fingerprint(hash) { stakemap_prefetch(bytes + Int(candidate.offset)) }
        }
    }

    // MARK: The hash table

    private func find(_ id: String) -> Int? {
        var id = id
        return id.withUTF8 { utf8 in
            let (slot, found) = probe(utf8, Self.hash(utf8))
            return found ? slot : nil
        }
    }

    private func findOrAdd(_ id: String) -> Int {
        var id = id
        return id.withUTF8 { utf8 in
            let hash = Self.hash(utf8)
            var (slot, found) = probe(utf8, hash)
            if found { return slot }
            if (count + 1) * 4 > slots.count * 3 {  // at most three quarters full
                grow()
                slot = emptySlot(hash)
            }
            slots[slot] = Slot(fingerprint: Self.fingerprint(hash), offset: store(utf8), key: Self.noKey)
            count += 1
            return slot
        }
    }

    /// The slot that holds the id, or (`found` false) the empty slot where its search ended.
    private func probe(_ utf8: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> (slot: Int, found: Bool) {
        let fingerprint = Self.fingerprint(hash)
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while true {
            let candidate = slots[slot]
            if candidate.fingerprint == 0 { return (slot, false) }
            if candidate.fingerprint == fingerprint && holds(candidate.offset, utf8) { return (slot, true) }
            slot = (slot + 1) & mask
        }
    }

    /// The first empty slot from where a search for `hash` starts, for an id known to be absent.
    private func emptySlot(_ hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot].fingerprint != 0 { slot = (slot + 1) & mask }
        return slot
    }

    private func holds(_ offset: UInt32, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let record = bytes + Int(offset)
        let length = Int(record.load(fromByteOffset: 4, as: UInt32.self))
        guard length == utf8.count else { return false }
        guard let base = utf8.baseAddress else { return true }
        return memcmp(record + Self.recordHeader, base, length) == 0
    }

    private func store(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let needed = (Self.recordHeader + utf8.count + 7) & ~7
        if bytesUsed + needed > bytesCapacity {
            var capacity = bytesCapacity * 2
            while bytesUsed + needed > capacity { capacity *= 2 }
            let grown = Self.allocateLarge(capacity)
            grown.copyMemory(from: bytes, byteCount: bytesUsed)
            free(bytes)
            bytes = grown
            bytesCapacity = capacity
        }
        // Offsets are 32-bit: 4 GiB of ids, far beyond any people file.
        precondition(bytesUsed + needed <= Int(UInt32.max), "more than 4 GiB of ids")
        let offset = bytesUsed
        bytes.storeBytes(of: Int32(0), toByteOffset: offset, as: Int32.self)
        bytes.storeBytes(of: UInt32(utf8.count), toByteOffset: offset + 4, as: UInt32.self)
        if let base = utf8.baseAddress {
            (bytes + offset + Self.recordHeader).copyMemory(from: base, byteCount: utf8.count)
        }
        bytesUsed += needed
        return UInt32(offset)
    }

    private func grow() {
        let old = slots
        let capacity = old.count * 2
        slots = Self.allocateSlots(capacity)
        slots.initialize(repeating: Slot(fingerprint: 0, offset: 0, key: 0))
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for entry in old where entry.fingerprint != 0 {
            let record = bytes + Int(entry.offset)
            let length = Int(record.load(fromByteOffset: 4, as: UInt32.self))
            let hash = Self.hash(UnsafeBufferPointer(start: (record + Self.recordHeader).assumingMemoryBound(to: UInt8.self), count: length))
            slots[emptySlot(hash)] = entry
        }
        free(old.baseAddress)
    }

    private static func allocateSlots(_ capacity: Int) -> UnsafeMutableBufferPointer<Slot> {
        let raw = allocateLarge(capacity * MemoryLayout<Slot>.stride)
        return UnsafeMutableBufferPointer(start: raw.bindMemory(to: Slot.self, capacity: capacity), count: capacity)
    }

    /// Memory for the table, in 2 MiB pages where the system has them.
    private static func allocateLarge(_ byteCount: Int) -> UnsafeMutableRawPointer {
        let huge = 2 << 20
        guard byteCount >= huge else { return malloc(byteCount)! }
        let size = (byteCount + huge - 1) & ~(huge - 1)
        let memory = aligned_alloc(huge, size)!
        #if os(Linux)
            _ = madvise(memory, size, MADV_HUGEPAGE)  // Linux's transparent huge pages, when enabled
        #endif
        return memory
    }

    /// A 64-bit hash of the bytes, 8 at a time; the top bits choose the slot,
    /// the low ones make the fingerprint.
    static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(utf8.count)
        guard let base = utf8.baseAddress else { return mix(hash) }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= utf8.count {
            hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        if index < utf8.count {
            var tail: UInt64 = 0
            for (position, byte) in utf8[index...].enumerated() { tail |= UInt64(byte) << (8 * position) }
            hash = mix(hash ^ tail)
        }
        return mix(hash)
    }

    /// The finaliser of SplitMix64: every input bit affects every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    private static func fingerprint(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash) | 1
    }
}
