extension QuestionMessage {
    public var dutch: String {
        switch self {
        case .path(let path): Self.line(path, backwards: false) { Word.linkKind($0).dutch }
        case .pathBack(let path): Self.line(path, backwards: true) { Word.linkKind($0).dutch }
        case .noPaths(let from, let to):
            "Geen pad van \(from) naar \(to) langs relaties van de soort beïnvloedt, contactpersoon voor, lid van of rapporteert aan."
        case .nobodyReaches(let name): "Niemand bereikt \(name) langs deze relaties."
        case .reachHeading(let column):
            switch column {
            case .distance: "STAPPEN"
            case .name: "NAAM"
            case .kind: "SOORT"
            case .involved: "BETROKKEN"
            case .path: "PAD"
            }
        case .reachCount(let count, let name): "\(count) \(count == 1 ? "knoop bereikt" : "knopen bereiken") \(name)"
        }
    }
}
