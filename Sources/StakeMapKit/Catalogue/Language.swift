import Foundation

/// The language stakemap writes for people in: messages, tables, pictures.
/// What programs read (ids, rule ids, JSON, CSV headers) stays English in both.
public enum Language: String, CaseIterable, Sendable {
    case en, nl

    /// Reads `nl`/`en` and the languages' own names, in any case.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "nl", "nederlands", "dutch": self = .nl
        case "en", "english", "engels": self = .en
        default: return nil
        }
    }

    /// `$STAKEMAP_LANG` when it names a language; else `nl` when the first of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set starts with `nl`; else `en`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Language
    {
        if let chosen = environment["STAKEMAP_LANG"].flatMap({ Language(argument: $0) }) { return chosen }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale?.lowercased().hasPrefix("nl") == true ? .nl : .en
    }
}

/// Text for people, in either language: every message of the catalogue is a
/// case of one of these types, with the values it shows. The English words of
/// each type are in `Catalogue/English`, the Dutch in `Catalogue/Dutch`: one
/// place per language to read and correct. An exhaustive switch in each makes
/// a message missing in one language a compile error.
public protocol CatalogueText: Sendable {
    var english: String { get }
    var dutch: String { get }
}

extension CatalogueText {
    public func text(in language: Language) -> String {
        switch language {
        case .en: english
        case .nl: dutch
        }
    }
}
