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

    public static func reach(_ nodes: [ReachingNode], name: String, in language: Language, width: Int = 10_000) -> String {
        guard !nodes.isEmpty else { return QuestionMessage.nobodyReaches(name).text(in: language) + "\n" }
        let table = TextTable(
            headers: ReachColumn.allCases.map { QuestionMessage.reachHeading($0).text(in: language) },
            rows: nodes.map { node in
                [
                    String(node.distance), node.name, node.kind.name(on: node.side, in: language),
                    Word.yes(node.involved).text(in: language), QuestionMessage.pathBack(node.path).text(in: language),
                ]
            })
        return table.render(width: width) + "\n" + QuestionMessage.reachCount(nodes.count, name: name).text(in: language)
            + "\n"
    }

    /// An array of `{"id", "name", "kind", "side", "distance", "involved", "path": {"length", "steps"}}`.
    public static func reachJSON(_ nodes: [ReachingNode]) -> String {
        let objects = nodes.map { node in
            "{\"id\": \(JSONValue.quote(node.id)), \"name\": \(JSONValue.quote(node.name)), \"kind\": \"\(node.kind.rawValue)\", "
                + "\"side\": \"\(node.side.rawValue)\", \"distance\": \(node.distance), \"involved\": \(node.involved), "
                + "\"path\": \(json(node.path))}"
        }
        return objects.isEmpty ? "[]\n" : "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n"
    }

    static func json(_ path: ReachPath) -> String {
        "{\"length\": \(path.length), \"steps\": ["
            + path.steps.map { step in
                "{\"from\": \(JSONValue.quote(step.from)), \"kind\": \"\(step.kind.rawValue)\", "
                    + "\"to\": \(JSONValue.quote(step.to)), \"reverse\": \(step.reverse)}"
            }.joined(separator: ", ") + "]}"
    }
}
