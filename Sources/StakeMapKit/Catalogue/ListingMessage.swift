/// The words of `list` (table headings, values, the legend) and `show`.
public enum ListingMessage: CatalogueText, Equatable {
    case heading(ListingColumn)
    /// A side in a table's SIDE column: `in` / `out`.
    case sideCell(Side)
    /// The steps as a mask of initials, `-` where not involved: `F-P-`.
    case stepMask(Set<InvolvementStep>)
    /// The legend under a table with a steps column.
    case stepsLegend
    /// A section with nothing in it: `No people yet.`
    case emptySection(GraphListing.Section)
    /// A filtered section with nothing left: `No people match these filters.`
    case noneMatch(GraphListing.Section)
    /// `show`'s first line: the name with side and kind.
    case showTitle(name: String, kind: NodeKind, side: Side)
    case field(ShowField)
    /// `show`'s steps: `frame (kaders), plan` / `kaders, plan`; empty: none.
    case stepList([InvolvementStep])
    /// One link in `show`: kind, arrow, the other end's name and id, weight, note.
    case showLink(kind: EdgeKind, outgoing: Bool, name: String, id: String, weight: Int?, note: String?)
    case linksOut(Int)
    case linksIn(Int)
}

/// The columns of `list`'s tables.
public enum ListingColumn: CaseIterable, Sendable {
    case id, name, side, unit, steps, level, people, contacts, tools, required, heldBy, source, kind, target, weight
}

/// The attributes `show` names.
public enum ShowField: CaseIterable, Sendable {
    case id, path, power, interest, legitimacy, urgency, salience, level, steps, tools, required, email, notes
}

extension ListingMessage {
    public static var examples: [ListingMessage] {
        ListingColumn.allCases.map(ListingMessage.heading) + [.sideCell(.internal), .sideCell(.external)]
            + [.stepMask([.frame, .plan]), .stepsLegend]
            + GraphListing.Section.allCases.map(ListingMessage.emptySection)
            + GraphListing.Section.allCases.map(ListingMessage.noneMatch)
            + [.showTitle(name: "Ingrid van 't Hof", kind: .person, side: .internal)]
            + ShowField.allCases.map(ListingMessage.field)
            + [
                .stepList([.frame, .goals]), .stepList([]),
                .showLink(kind: .influences, outgoing: true, name: "Erik Willems", id: "erik", weight: 4, note: "via de raad"),
                .linksOut(3), .linksIn(2),
            ]
    }

    /// The mask's text from the step initials of `language`.
    static func mask(_ steps: Set<InvolvementStep>, _ language: Language) -> String {
        InvolvementStep.allCases.map { steps.contains($0) ? $0.initial(in: language) : "-" }.joined()
    }
}
