/// The `--help` of `map` and `grid` and their picture options.
public enum PictureHelp: CatalogueText, CaseIterable {
    case mapAbstract, mapDiscussion, layout, focus, depth, collapse
    case gridAbstract, gridDiscussion
    case out, format, date, title, page, landscape

    public static var examples: [PictureHelp] { allCases }
}
