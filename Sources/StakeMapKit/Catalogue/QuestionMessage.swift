/// The words of `paths` and `reach`.
public enum QuestionMessage: CatalogueText, Equatable {
    /// A path from its first node to its last: `Anna —influences→ Piet ←member_of— Verkeer`.
    case path(ReachPath)
    /// A path shown from its last node back to its first, arrows as the links run:
    /// `Ingrid ←influences— Petra ←influences— Erik`.
    case pathBack(ReachPath)
    case noPaths(from: String, to: String)
    case nobodyReaches(String)
    case reachHeading(ReachColumn)
    case reachCount(Int, name: String)
}

public enum ReachColumn: CaseIterable, Sendable { case distance, name, kind, involved, path }

extension QuestionMessage {
    public static var examples: [QuestionMessage] {
        let path = ReachPath(
            steps: [
                PathStep(from: "erik", kind: .influences, to: "petra", reverse: false),
                PathStep(from: "petra", kind: .memberOf, to: "verkeer", reverse: true),
            ], names: ["Erik Willems", "Petra van Leeuwen", "Verkeer"])
        return [.path(path), .pathBack(path), .noPaths(from: "Erik Willems", to: "Fietsers"), .nobodyReaches("Fietsers")]
            + ReachColumn.allCases.map(QuestionMessage.reachHeading) + [.reachCount(3, name: "Pieter Hoekstra")]
    }

    /// The path's line with the link kinds named by `kind`.
    static func line(_ path: ReachPath, backwards: Bool, _ kind: (EdgeKind) -> String) -> String {
        guard backwards else {
            var text = path.names[0]
            for (step, name) in zip(path.steps, path.names.dropFirst()) {
                text += step.reverse ? " ←\(kind(step.kind))— " : " —\(kind(step.kind))→ "
                text += name
            }
            return text
        }
        var text = path.names.last!
        for (step, name) in zip(path.steps.reversed(), path.names.dropLast().reversed()) {
            text += step.reverse ? " —\(kind(step.kind))→ " : " ←\(kind(step.kind))— "
            text += name
        }
        return text
    }
}
