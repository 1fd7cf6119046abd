/// The words of salience (Mitchell, Agle & Wood 1997): the classes as `show`
/// and `stakemap salience` name them, and the lines of the `salience` report.
public enum SalienceText: CatalogueText, Equatable {
    /// A class with what is high in it: `dominant (power, legitimacy)`.
    case salienceClass(Salience)
    /// The report's first line.
    case title
    /// A class's heading in the report, with how many are in it.
    case classHeading(Salience, count: Int)
    /// One member: name, id, kind, the scores that are set, the level.
    case member(
        name: String, id: String, kind: NodeKind, side: Side, power: Int?, legitimacy: Int?, urgency: Int?,
        level: Level?)
    /// People, units and groups without any of the three scores.
    case unclassified(Int)
    /// Nobody has any of the three scores.
    case noneClassified
}

extension SalienceText {
    public static var examples: [SalienceText] {
        Salience.allCases.map(SalienceText.salienceClass) + [
            .title, .classHeading(.definitive, count: 1), .classHeading(.dormant, count: 3),
            .member(
                name: "Fietsers", id: "fietsers", kind: .group, side: .external, power: 5, legitimacy: 4, urgency: 5,
                level: .consult),
            .member(
                name: "Erik Smit", id: "e.smit@veldhoven-noord.nl", kind: .person, side: .internal, power: 4,
                legitimacy: nil, urgency: nil, level: nil),
            .unclassified(7), .unclassified(1), .noneClassified,
        ]
    }
}

extension Salience {
    /// The class with what is high in it, in `language`.
    public func name(in language: Language) -> String { SalienceText.salienceClass(self).text(in: language) }
}
