extension Screen {
    public var dutch: String {
        switch self {
        case .internalError(let detail): "interne fout: \(detail)"
        }
    }
}
