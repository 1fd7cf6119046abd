/// The `--help` of the attribute options of `add` and `set`: the import's
/// columns under their English names.
public enum AttributeHelp: CatalogueText, CaseIterable {
    case side, unit, roles, groups, contactFor, power, interest, level, steps, tools, influences, reportsTo, email
    case notes, required, contact, legitimacy, urgency

    public static var examples: [AttributeHelp] { allCases }
}
