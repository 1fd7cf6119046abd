extension QuestionMessage {
    public var english: String {
        switch self {
        case .path(let path): Self.line(path, backwards: false) { $0.rawValue }
        case .pathBack(let path): Self.line(path, backwards: true) { $0.rawValue }
        case .noPaths(let from, let to):
            "No path from \(from) to \(to) along influences, contact_for, member_of or reports_to links."
        case .nobodyReaches(let name): "Nobody reaches \(name) along these links."
        case .reachHeading(let column):
            switch column {
            case .distance: "STEPS"
            case .name: "NAME"
            case .kind: "KIND"
            case .involved: "INVOLVED"
            case .path: "PATH"
            }
        case .reachCount(let count, let name): "\(count) \(count == 1 ? "node reaches" : "nodes reach") \(name)"
        }
    }
}
