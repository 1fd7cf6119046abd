extension Screen {
    public var english: String {
        switch self {
        case .internalError(let detail): "internal error: \(detail)"
        }
    }
}
