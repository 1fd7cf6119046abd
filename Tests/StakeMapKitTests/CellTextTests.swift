import Foundation
import XCTest

@testable import StakeMapKit

final class CellTextTests: XCTestCase {
    func testColumnOrdinalsArePositionsInAllCases() {
        XCTAssertEqual(Column.allCases.map(\.ordinal), Array(Column.allCases.indices))
    }

    func testSlug() {
        XCTAssertEqual(Slug.make("Gemeente Oss/Ruimte"), "gemeente-oss-ruimte")
        XCTAssertEqual(Slug.make("Zoë Ørsted"), "zoe-orsted")
        XCTAssertEqual(Slug.make("北京"), "")
        XCTAssertEqual(Slug.make(""), "")
        XCTAssertEqual(Slug.make("  --Team  Verkeer & Vervoer!-- "), "team-verkeer-vervoer")
        XCTAssertEqual(Slug.make("Straße Æbeltoft Œuvre Łódź"), "strasse-aebeltoft-oeuvre-lodz")
        XCTAssertEqual(Slug.make("ØSTER ÆØ ŒIL ŁUKASZ"), "oster-aeo-oeil-lukasz")
        XCTAssertEqual(Slug.make("Beïnvloedt café Crème"), "beinvloedt-cafe-creme")
        XCTAssertEqual(Slug.make("ﬁets ① Ｂ"), "fiets-1-b")
        XCTAssertEqual(Slug.make("Zoë 北京 Noord"), "zoe-noord")
        XCTAssertEqual(Slug.make("Yıldız"), "yildiz")
        XCTAssertEqual(Slug.make("Wijk 12 (Oost)"), "wijk-12-oost")
    }

    func testHeaderKey() {
        XCTAssertEqual(HeaderKey.normalize("E-mail"), "email")
        XCTAssertEqual(HeaderKey.normalize("Contactpersoon voor"), "contactpersoonvoor")
        XCTAssertEqual(HeaderKey.normalize("contactpersoon_voor"), "contactpersoonvoor")
        XCTAssertEqual(HeaderKey.normalize("contact_for"), "contactfor")
        XCTAssertEqual(HeaderKey.normalize("Beïnvloedt"), "beinvloedt")
        XCTAssertEqual(HeaderKey.normalize("  Reports To \t"), "reportsto")
        XCTAssertEqual(HeaderKey.normalize("\u{FEFF}Naam\u{A0}"), "naam")
        XCTAssertEqual(HeaderKey.normalize("NIVEAU"), "niveau")
    }

    func testListsSplitOnBarsAndTrimEachItem() {
        XCTAssertEqual(CellValue.list("a|b|c"), ["a", "b", "c"])
        XCTAssertEqual(CellValue.list(" a | b\t|  |c |"), ["a", "b", "c"])
        XCTAssertEqual(CellValue.list("|"), [])
        XCTAssertEqual(CellValue.list(""), [])
        XCTAssertEqual(CellValue.list("Zoë Ørsted|\u{A0}Café\u{A0}|北京"), ["Zoë Ørsted", "Café", "北京"])
        XCTAssertEqual(CellValue.list("one item, with a comma"), ["one item, with a comma"])
    }

    func testTrimmed() {
        XCTAssertEqual(CellValue.trimmed("plain"), "plain")
        XCTAssertEqual(CellValue.trimmed("  spaced out \r\n"), "spaced out")
        XCTAssertEqual(CellValue.trimmed("\u{A0}é\u{A0}"), "é")
        XCTAssertNil(CellValue.trimmed(""))
        XCTAssertNil(CellValue.trimmed(" \t "))
        XCTAssertEqual(CellValue.trimmed(String(Substring("xx abc xx").dropFirst(3).dropLast(3))), "abc")
    }

    /// Issue 11, finding 4: one cell of `é` × 400,000 took 7.4 s, the same length in ASCII 0.07 s.
    /// Reading, trimming, slugging and header-folding such a cell must take time linear in
    /// its length. The ASCII cell ends in one `é`, so that it takes the same paths (a
    /// pure-ASCII cell skips folding): the ratio is what the accents cost, 2.3× in a
    /// debug build, 16× with the quadratic folding (ASCII 0.47 s, accented 7.7 s).
    func testLongAccentedCellTakesLinearTime() throws {
        let length = 400_000
        func seconds(_ cell: String) throws -> Double {
            let start = Date()
            let reader = try CSVReader(bytes: Array("naam\n\" \(cell) \"\n".utf8))
            XCTAssertEqual(try reader.next()?.fields, ["naam"])
            let field = try XCTUnwrap(reader.next()?.fields.first)
            let value = try XCTUnwrap(CellValue.trimmed(field))
            XCTAssertEqual(value.unicodeScalars.count, length)
            let folded = String(repeating: "e", count: length)
            XCTAssertEqual(Slug.make(value), folded)
            XCTAssertEqual(HeaderKey.normalize(value), folded)
            return -start.timeIntervalSinceNow
        }
        let ascii = try seconds(String(repeating: "e", count: length - 1) + "é")
        let accented = try seconds(String(repeating: "é", count: length))
        XCTAssertLessThan(accented, max(ascii, 0.01) * 8, "ASCII \(ascii) s, accented \(accented) s")
    }
}
