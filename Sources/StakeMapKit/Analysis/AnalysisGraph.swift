import Dispatch
import Synchronization

/// The stakeholder graph as the gap rules read it, built once per run: every node is
/// a number (its position in id order), its attributes sit in compact arrays, and
/// its links in adjacency arrays per kind. The notions the rules share — who is
/// involved, who has high power or interest — are defined here once.
struct AnalysisGraph: Sendable {
    var kinds: [NodeKind] = []
    var sides: [Side] = []
    /// 1–5, or 0 when unset.
    var power: [UInt8] = []
    /// 1–5, or 0 when unset.
    var interest: [UInt8] = []
    /// 1–5, or 0 when unset.
    var legitimacy: [UInt8] = []
    /// 1–5, or 0 when unset.
    var urgency: [UInt8] = []
    var levels: [Level?] = []
    /// The steps the node itself is involved in.
    var steps: [StepSet] = []
    var hasTools: [Bool] = []
    /// Roles only: the trajectory needs somebody in this role.
    var required: [Bool] = []
    /// Whether any link starts or ends at the node.
    var linked: [Bool] = []
    var ids = PackedStrings()
    var names = PackedStrings()
    /// The tools of the nodes that have any, for messages (few nodes have tools).
    var tools: [Int32: [String]] = [:]
    /// Links leaving each node, one adjacency per edge kind.
    var outgoing: [EdgeKind: Adjacency] = [:]
    /// The weight (1–5) of each `influences` link, in the order of `out(.influences).targets`.
    var influenceWeights: [UInt8] = []
    /// The weight of each link as stored (0 when it has none), per kind in the
    /// order of `out(kind).targets`; for listings, which tell none from 3.
    var storedWeights: [EdgeKind: [UInt8]] = [:]
    /// The notes of the links that have one.
    var linkNotes: [LinkEnds: String] = [:]
    /// Units: the full path as written, e.g. `Gemeente Oss/Ruimte/Verkeer`.
    var paths: [Int32: String] = [:]
    /// Links arriving at each node, for the edge kinds that rules follow backwards.
    var incoming: [EdgeKind: Adjacency] = [:]
    /// Who is involved, computed once by ``computeInvolvement()``.
    var involved: [Bool] = []

    /// The edge kinds that rules look up from the target's end.
    static let incomingKinds: [EdgeKind] = [.memberOf, .hasRole, .reportsTo, .contactFor]

    var count: Int { kinds.count }

    func id(_ node: Int) -> String { ids[node] }
    func name(_ node: Int) -> String { names[node] }

    /// How a message names a node: `Verkeer (unit)`.
    func label(_ node: Int) -> NodeLabel { NodeLabel(name: names[node], kind: kinds[node], side: sides[node]) }

    func out(_ kind: EdgeKind) -> Adjacency { outgoing[kind]! }
    func into(_ kind: EdgeKind) -> Adjacency { incoming[kind]! }

    /// `body` over the node numbers in consecutive chunks, side by side on all
    /// cores for graphs of `threshold` nodes or more; the results joined in node order.
    func inChunks<Element: Sendable>(
        from threshold: Int = 100_000, _ body: @Sendable (Range<Int>) -> [Element]
    ) -> [Element] {
        let chunkCount = count < threshold ? 1 : 8
        if chunkCount == 1 { return body(0..<count) }
        let size = (count + chunkCount - 1) / chunkCount
        let results = Mutex([[Element]](repeating: [], count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let part = body(min(count, chunk * size)..<min(count, (chunk + 1) * size))
            results.withLock { $0[chunk] = part }
        }
        return results.withLock { $0.flatMap { $0 } }
    }

    /// High power or high interest: 4 or 5.
    static func isHigh(_ value: UInt8) -> Bool { value >= 4 }

    /// The node's salience class, nil when it has none of the three scores.
    func salience(_ node: Int) -> Salience? {
        func score(_ value: UInt8) -> Int? { value == 0 ? nil : Int(value) }
        return Salience(power: score(power[node]), legitimacy: score(legitimacy[node]), urgency: score(urgency[node]))
    }

    /// A person is involved when it has steps; a group when it has a level
    /// or steps; a unit when it, a unit nested in it (transitively), or a person who
    /// is a member of it or of a nested unit has steps. Roles are never involved.
    /// Linear: units are marked from their own steps and their involved members,
    /// then the mark climbs `member_of` links from unit to parent unit.
    mutating func computeInvolvement() {
        var involved = [Bool](repeating: false, count: count)
        var climbing: [Int32] = []
        let memberOf = out(.memberOf)
        func markUnit(_ unit: Int) {
            if !involved[unit] {
                involved[unit] = true
                climbing.append(Int32(unit))
            }
        }
        for node in 0..<count {
            switch kinds[node] {
            case .person:
                guard !steps[node].isEmpty else { continue }
                involved[node] = true
                for target in memberOf.neighbours(node) where kinds[Int(target)] == .unit {
                    markUnit(Int(target))
                }
            case .unit:
                if !steps[node].isEmpty { markUnit(node) }
            case .group:
                involved[node] = levels[node] != nil || !steps[node].isEmpty
            case .role:
                break
            }
        }
        while let unit = climbing.popLast() {
            for parent in memberOf.neighbours(Int(unit)) where kinds[Int(parent)] == .unit {
                markUnit(Int(parent))
            }
        }
        self.involved = involved
    }
}

/// A set of the four steps in one byte, one bit per ``InvolvementStep``.
struct StepSet: OptionSet, Sendable {
    let rawValue: UInt8

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ step: InvolvementStep) {
        rawValue = 1 << UInt8(InvolvementStep.allCases.firstIndex(of: step)!)
    }
}

extension InvolvementStep {
    /// How reports name a step: its id with the Dutch name, e.g. `frame (kaders)`.
    public var displayName: String {
        rawValue == dutch ? rawValue : "\(rawValue) (\(dutch))"
    }
}
