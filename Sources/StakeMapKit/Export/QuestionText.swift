/// How `paths` and `reach` print their answers: lines for people, JSON for programs.
public enum QuestionText {
    public static func paths(_ paths: [ReachPath], from: String, to: String, in language: Language) -> String {
        guard !paths.isEmpty else { return QuestionMessage.noPaths(from: from, to: to).text(in: language) + "\n" }
        return paths.map { QuestionMessage.path($0).text(in: language) + "\n" }.joined()
    }

    /// `{"from", "to", "paths": [{"length", "steps": [{"from", "kind", "to", "reverse"}]}]}`.
    public static func pathsJSON(_ paths: [ReachPath], from: String, to: String) -> String {
        "{\"from\": \(JSONValue.quote(from)), \"to\": \(JSONValue.quote(to)), \"paths\": ["
            + paths.map { "\n  " + json($0) }.joined(separator: ",") + (paths.isEmpty ? "]}\n" : "\n]}\n")
    }

    /// The reaching nodes as a table, written row by row: at a million people
    /// the answer is a million lines.
    public static func reach(
        _ nodes: [ReachingNode], name: String, in language: Language, to output: BufferedOutput, width: Int = 10_000
    ) throws {
        guard !nodes.isEmpty else { return try output.write(QuestionMessage.nobodyReaches(name).text(in: language) + "\n") }
        let table = TextTable(
            headers: ReachColumn.allCases.map { QuestionMessage.reachHeading($0).text(in: language) },
            rows: nodes.map { node in
                [
                    String(node.distance), node.name, node.kind.name(on: node.side, in: language),
                    Word.yes(node.involved).text(in: language), QuestionMessage.pathBack(node.path).text(in: language),
                ]
            })
        PhaseClock.analysis.phase("reach: cells")
        try table.lines(width: width) { try output.write($0 + "\n") }
        try output.write("\n" + QuestionMessage.reachCount(nodes.count, name: name).text(in: language) + "\n")
        PhaseClock.analysis.phase("reach: table")
    }

    /// An array of `{"id", "name", "kind", "side", "distance", "involved", "path": {"length", "steps"}}`.
    public static func reachJSON(_ nodes: [ReachingNode], to output: BufferedOutput) throws {
        guard !nodes.isEmpty else { return try output.write("[]\n") }
        for (index, node) in nodes.enumerated() {
            try output.write(
                (index == 0 ? "[\n  " : ",\n  ")
                    + "{\"id\": \(JSONValue.quote(node.id)), \"name\": \(JSONValue.quote(node.name)), \"kind\": \"\(node.kind.rawValue)\", "
                    + "\"side\": \"\(node.side.rawValue)\", \"distance\": \(node.distance), \"involved\": \(node.involved), "
                    + "\"path\": \(json(node.path))}")
        }
        try output.write("\n]\n")
    }

    static func json(_ path: ReachPath) -> String {
        "{\"length\": \(path.length), \"steps\": ["
            + path.steps.map { step in
                "{\"from\": \(JSONValue.quote(step.from)), \"kind\": \"\(step.kind.rawValue)\", "
                    + "\"to\": \(JSONValue.quote(step.to)), \"reverse\": \(step.reverse)}"
            }.joined(separator: ", ") + "]}"
    }
}
