import XCTest

@testable import StakeMapKit

/// How the `--help` pages choose their language from the command line before
/// argument-parser has parsed it.
final class HelpLanguageChoiceTests: XCTestCase {
    static let dutchMachine = ["LANG": "nl_NL.UTF-8"]

    func testTheOptionInEitherSpellingWins() {
        XCTAssertEqual(Language.forHelp(arguments: ["stakemap", "import", "--help", "--lang", "nl"], environment: [:]), .nl)
        XCTAssertEqual(Language.forHelp(arguments: ["stakemap", "--lang=nl", "import", "--help"], environment: [:]), .nl)
        XCTAssertEqual(Language.forHelp(arguments: ["stakemap", "gaps", "--lang", "en", "-h"], environment: Self.dutchMachine), .en)
        XCTAssertEqual(Language.forHelp(arguments: ["stakemap", "gaps", "--lang=Engels"], environment: Self.dutchMachine), .en)
    }

    func testTheLastLanguageNamedWinsAndOtherValuesAreSkipped() {
        XCTAssertEqual(Language.forHelp(arguments: ["stakemap", "--lang", "nl", "--lang", "en"], environment: [:]), .en)
        XCTAssertEqual(Language.forHelp(arguments: ["stakemap", "--lang", "nl", "--lang", "fr"], environment: [:]), .nl)
        XCTAssertEqual(Language.forHelp(arguments: ["stakemap", "--lang=fr"], environment: Self.dutchMachine), .nl)
    }

    func testWithoutTheOptionTheEnvironmentChooses() {
        XCTAssertEqual(Language.forHelp(arguments: ["stakemap", "--help"], environment: Self.dutchMachine), .nl)
        XCTAssertEqual(Language.forHelp(arguments: ["stakemap", "--help"], environment: [:]), .en)
        XCTAssertEqual(
            Language.forHelp(arguments: ["stakemap", "--help"], environment: ["STAKEMAP_LANG": "en", "LANG": "nl_NL.UTF-8"]),
            .en)
    }

    func testWordsAfterADoubleDashAreValuesNotOptions() {
        XCTAssertEqual(Language.forHelp(arguments: ["stakemap", "show", "--", "--lang", "nl"], environment: [:]), .en)
        // The program's own name is not an argument.
        XCTAssertEqual(Language.forHelp(arguments: ["--lang=nl"], environment: [:]), .en)
    }
}
