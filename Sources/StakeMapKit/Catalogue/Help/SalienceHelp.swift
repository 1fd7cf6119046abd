/// The `--help` of `stakemap salience`.
public enum SalienceHelp: CatalogueText, CaseIterable {
    case salienceAbstract, salienceDiscussion, salienceFormat

    public static var examples: [SalienceHelp] { allCases }
}
