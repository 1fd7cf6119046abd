import Foundation
import XCTest

@testable import StakeMapKit

/// Walks the message catalogue: every message has a Dutch and an English text,
/// the two differ (a message copied untranslated into the other language fails),
/// both show the message's values, and every case of every catalogue type has an
/// example here, so a new message cannot go unchecked.
final class CatalogueTests: XCTestCase {
    /// Each catalogue type, the file that declares its cases, and one example per case.
    static let catalogue: [(type: String, file: String, examples: [any CatalogueText])] = [
        ("Word", "Catalogue/Words.swift", Word.examples),
        ("Screen", "Catalogue/Screen.swift", Screen.examples),
        ("StakeMapError", "Model/StakeMapError.swift", StakeMapError.examples),
        ("GapText", "Catalogue/GapText.swift", GapText.examples),
        ("ListingMessage", "Catalogue/ListingMessage.swift", ListingMessage.examples),
        ("StatusMessage", "Catalogue/StatusMessage.swift", StatusMessage.examples),
        ("GapsMessage", "Catalogue/GapsMessage.swift", GapsMessage.examples),
        ("TimelineMessage", "Catalogue/TimelineMessage.swift", TimelineMessage.examples),
        ("ChangeLine", "Catalogue/ChangeLine.swift", ChangeLine.examples),
        ("EditMessage", "Catalogue/EditMessage.swift", EditMessage.examples),
        ("ReferenceMessage", "Catalogue/ReferenceMessage.swift", ReferenceMessage.examples),
        ("DatabaseProblem", "Catalogue/DatabaseProblem.swift", DatabaseProblem.examples),
        ("StoredExpectation", "Catalogue/StoredExpectation.swift", StoredExpectation.examples),
        ("PictureHelp", "Catalogue/Help/PictureHelp.swift", PictureHelp.examples),
        ("QuestionMessage", "Catalogue/QuestionMessage.swift", QuestionMessage.examples),
        ("QuestionHelp", "Catalogue/Help/QuestionHelp.swift", QuestionHelp.examples),
        ("ImportProblem", "Catalogue/ImportProblem.swift", ImportProblem.examples),
        ("CSVProblem", "Catalogue/CSVProblem.swift", CSVProblem.examples),
        ("WorkbookMessage", "Catalogue/WorkbookMessage.swift", WorkbookMessage.examples),
        ("LinkProblem", "Catalogue/LinkProblem.swift", LinkProblem.examples),
        ("ImportReport", "Catalogue/ImportReport.swift", ImportReport.examples),
        ("ImportWarning", "Catalogue/ImportReport.swift", ImportWarning.examples),
        ("ProjectHelp", "Catalogue/Help/ProjectHelp.swift", ProjectHelp.examples),
        ("ReadingHelp", "Catalogue/Help/ReadingHelp.swift", ReadingHelp.examples),
        ("EditHelp", "Catalogue/Help/EditHelp.swift", EditHelp.examples),
        ("AttributeHelp", "Catalogue/Help/AttributeHelp.swift", AttributeHelp.examples),
        ("OverTimeHelp", "Catalogue/Help/OverTimeHelp.swift", OverTimeHelp.examples),
        ("PictureText", "Catalogue/PictureText.swift", PictureText.examples),
        ("SalienceText", "Catalogue/SalienceText.swift", SalienceText.examples),
        ("SalienceHelp", "Catalogue/Help/SalienceHelp.swift", SalienceHelp.examples),
        ("CentralityMessage", "Catalogue/CentralityMessage.swift", CentralityMessage.examples),
        ("CentralityHelp", "Catalogue/Help/CentralityHelp.swift", CentralityHelp.examples),
        ("ReportText", "Catalogue/ReportText.swift", ReportText.examples),
        ("ReportHelp", "Catalogue/Help/ReportHelp.swift", ReportHelp.examples),
        ("FormatText", "Catalogue/Help/FormatText.swift", FormatText.examples),
    ]

    /// Texts that are the same word in both languages.
    static let sameInBoth: Set<String> = ["plan", "P", "S", "ID", "id"]
    /// Messages made of values and signs only, the same in both languages.
    static let casesSameInBoth: Set<String> = ["state"]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/StakeMapKit").standardizedFileURL

    func testEveryMessageIsInBothLanguagesAndShowsItsValues() {
        for (type, _, examples) in Self.catalogue {
            for example in examples {
                let (english, dutch) = (example.english, example.dutch)
                XCTAssertFalse(english.isEmpty, "\(type).\(example): no English text")
                XCTAssertFalse(dutch.isEmpty, "\(type).\(example): no Dutch text")
                if !Self.sameInBoth.contains(english) && !Self.casesSameInBoth.contains(Self.caseName(example)) {
                    XCTAssertNotEqual(english, dutch, "\(type).\(example): the Dutch text is the English one")
                }
                for value in Self.shownValues(of: example) {
                    XCTAssertTrue(english.contains(value), "\(type).\(example): English text lacks \"\(value)\": \(english)")
                    XCTAssertTrue(dutch.contains(value), "\(type).\(example): Dutch text lacks \"\(value)\": \(dutch)")
                }
            }
        }
    }

    func testEveryCaseOfEveryCatalogueTypeHasAnExample() throws {
        for (type, file, examples) in Self.catalogue {
            let declared = try Self.declaredCases(of: type, in: Self.sources.appendingPathComponent(file))
            XCTAssertFalse(declared.isEmpty, "\(type): no cases found in \(file)")
            let covered = Set(examples.map(Self.caseName))
            XCTAssertEqual(declared.subtracting(covered), [], "\(type): cases without an example")
        }
    }

    func testEveryCatalogueTypeIsWalked() throws {
        var conforming: Set<String> = []
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            let pattern = /(?:enum|struct) (\w+): [^{]*\bCatalogueText\b/
            for match in text.matches(of: pattern) { conforming.insert(String(match.1)) }
        }
        XCTAssertEqual(conforming, Set(Self.catalogue.map(\.type)))
    }

    /// The strings and numbers a message carries (not the model's words, which are translated).
    static func shownValues(of value: Any) -> [String] {
        Mirror(reflecting: value).children.flatMap { child -> [String] in
            switch child.value {
            case let text as String where text.count > 2: [text]
            // A count of zero is left out of a message ("No gaps found.").
            case let number as Int: number == 0 ? [] : [String(number)]
            case is any CatalogueText: []
            // Attribute names and the model's words in a change are translated.
            case is AttributeChange, is [AttributeChange]: []
            // A path shows its nodes by name; the steps' ids are for JSON.
            case is [PathStep]: []
            default: shownValues(of: child.value)
            }
        }
    }

    static func caseName(_ value: Any) -> String {
        Mirror(reflecting: value).children.first?.label ?? String(describing: value)
    }

    /// The `case` names between `enum TYPE` and its closing brace at the start of a line.
    static func declaredCases(of type: String, in file: URL) throws -> Set<String> {
        let text = try String(contentsOf: file, encoding: .utf8)
        guard let start = text.range(of: "enum \(type):") else { return [] }
        let body = text[start.upperBound...]
        let end = body.range(of: "\n}")?.lowerBound ?? body.endIndex
        var names: Set<String> = []
        for line in body[..<end].split(separator: "\n") {
            if let match = line.firstMatch(of: /^\s*case\s+(.+)$/) {
                for item in match.1.replacing(/\([^)]*\)/, with: "").split(separator: ",") {
                    if let name = item.firstMatch(of: /^\s*`?(\w+)`?/) { names.insert(String(name.1)) }
                }
            }
        }
        return names
    }
}
