import Foundation

/// What a node in the stakeholder graph stands for.
public enum NodeKind: String, CaseIterable, Sendable, Codable {
    /// A colleague, an alderman, a resident, a shop owner.
    case person
    /// A department or team inside, an organisation outside; units nest.
    case unit
    /// A role people hold inside: projectleider, communicatieadviseur, …
    case role
    /// A target group (doelgroep) outside: residents of a district, entrepreneurs, …
    case group

    /// Reads the English names and the Dutch ones (persoon, afdeling, organisatie, rol, doelgroep), in any case.
    public init?(input: String) {
        switch input.lowercased() {
        case "person", "persoon": self = .person
        case "unit", "afdeling", "organisatie", "eenheid": self = .unit
        case "role", "rol": self = .role
        case "group", "doelgroep", "groep": self = .group
        default: return nil
        }
    }
}

/// The two sides of one hand: the organisation and the outside world.
public enum Side: String, CaseIterable, Sendable, Codable {
    case `internal`
    case external

    /// Reads `internal`/`intern` and `external`/`extern`, in any case.
    public init?(input: String) {
        switch input.lowercased() {
        case "internal", "intern": self = .internal
        case "external", "extern": self = .external
        default: return nil
        }
    }
}

/// The participation ladder, lowest first; a level says how much say a party gets.
public enum Level: String, CaseIterable, Sendable, Codable, Comparable {
    case inform, consult, advise, coproduce, codecide

    /// Reads the English names and the Dutch ones (informeren, raadplegen,
    /// adviseren, coproduceren, meebeslissen), in any case.
    public init?(input: String) {
        switch input.lowercased() {
        case "inform", "informeren": self = .inform
        case "consult", "raadplegen": self = .consult
        case "advise", "adviseren": self = .advise
        case "coproduce", "coproduceren": self = .coproduce
        case "codecide", "meebeslissen": self = .codecide
        default: return nil
        }
    }

    var rank: Int { Level.allCases.firstIndex(of: self)! }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
}

/// The four steps of a participation trajectory.
public enum InvolvementStep: String, CaseIterable, Sendable, Codable {
    /// kaders: inside, who is involved, in which role, how much room there is.
    case frame
    /// doelen: what we want to achieve outside.
    case goals
    /// plan: the plan of approach and its participation tools.
    case plan
    /// starten: involve the target groups, early.
    case start

    /// The Dutch name used in the method.
    public var dutch: String {
        switch self {
        case .frame: "kaders"
        case .goals: "doelen"
        case .plan: "plan"
        case .start: "starten"
        }
    }

    /// Reads one step name (English or Dutch, any case); `all` is handled by
    /// ``InvolvementStep/parseList(_:)``.
    public init?(input: String) {
        switch input.lowercased() {
        case "frame", "kaders": self = .frame
        case "goals", "doelen": self = .goals
        case "plan": self = .plan
        case "start", "starten": self = .start
        default: return nil
        }
    }
}

/// The kinds of directed link between two nodes.
public enum EdgeKind: String, CaseIterable, Sendable, Codable {
    /// person → unit, unit → unit, person → group: belongs to, part of, represents.
    case memberOf = "member_of"
    /// person → role.
    case hasRole = "has_role"
    /// any → any: has influence on, weight 1–5.
    case influences
    /// person → person: line manager.
    case reportsTo = "reports_to"
    /// internal person or unit → group: responsible for that target group.
    case contactFor = "contact_for"

    /// The weight of an `influences` link that does not give one.
    public static let defaultWeight = 3

    /// The kind's code in the `link` table (schema/0002_link_keys.sql, table `link_kind`).
    public var code: Int {
        switch self {
        case .memberOf: 1
        case .hasRole: 2
        case .influences: 3
        case .reportsTo: 4
        case .contactFor: 5
        }
    }

    /// The kind stored under a `link` code; nil for a code the schema does not have.
    /// Read for every link of the graph, so by index into a table made once.
    public init?(code: Int) {
        guard Self.byCode.indices.contains(code), let kind = Self.byCode[code] else { return nil }
        self = kind
    }

    private static let byCode: [EdgeKind?] = {
        var table = [EdgeKind?](repeating: nil, count: allCases.map(\.code).max()! + 1)
        for kind in allCases { table[kind.code] = kind }
        return table
    }()

    /// Reads the English names and the Dutch ones used in links files.
    public init?(input: String) {
        // A links file mostly holds the stored words: Foundation's folding below
        // was 12% of importing a links file of 50k rows into 100k people.
        if let kind = EdgeKind(rawValue: input) {
            self = kind
            return
        }
        let folded = input.lowercased().replacingOccurrences(of: "-", with: "_")
            .replacingOccurrences(of: " ", with: "_")
        switch folded {
        case "member_of", "memberof", "lid_van", "lidvan": self = .memberOf
        case "has_role", "hasrole", "heeft_rol", "heeftrol": self = .hasRole
        case "influences", "beinvloedt", "beïnvloedt": self = .influences
        case "reports_to", "reportsto", "rapporteert_aan", "rapporteertaan": self = .reportsTo
        case "contact_for", "contactfor", "contactpersoon_voor", "contactpersoonvoor": self = .contactFor
        default: return nil
        }
    }
}
