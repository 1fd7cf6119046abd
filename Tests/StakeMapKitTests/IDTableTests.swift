import XCTest

@testable import StakeMapKit

final class IDTableTests: XCTestCase {
    func testKeysAndLines() {
        let ids = IDTable()
        XCTAssertNil(ids.key("ann"))
        XCTAssertNil(ids.line("ann"))
        XCTAssertEqual(ids.key("ann") { 7 }, 7)
        XCTAssertEqual(ids.key("ann") { XCTFail("asked for a second key"); return 8 }, 7)
        XCTAssertEqual(ids.key("ann"), 7)
        XCTAssertNil(ids.line("ann"), "a key is not a claim")

        XCTAssertNil(ids.claim("bob", line: 3))
        XCTAssertEqual(ids.claim("bob", line: 9), 3)
        XCTAssertEqual(ids.line("bob"), 3)
        XCTAssertNil(ids.key("bob"), "a claim is not a key")
        ids.setKey("bob", -4)
        XCTAssertEqual(ids.key("bob"), -4)
        XCTAssertEqual(ids.count, 2)
    }

    /// The same answers as a dictionary, through many growths, for ids of every
    /// length around the 8-byte steps of the hash, with accents and emails.
    func testAgreesWithADictionary() {
        let ids = IDTable()
        var keys: [String: Int64] = [:]
        var lines: [String: Int32] = [:]
        var made: [String] = []
        for number in 0..<30_000 {
            let id: String
            switch number % 5 {
            case 0: id = "p\(number)"
            case 1: id = String(repeating: "x", count: number % 41) + "\(number)"
            case 2: id = "zoë-ørsted-\(number)"
            case 3: id = "user\(number)@gemeente.example"
            default: id = "\(number)"
            }
            made.append(id)
            if number % 3 == 0 {
                XCTAssertNil(ids.claim(id, line: Int32(number + 2)))
                lines[id] = Int32(number + 2)
            }
            if number % 2 == 0 {
                ids.setKey(id, Int64(number) * 10)
                keys[id] = Int64(number) * 10
            }
        }
        XCTAssertEqual(ids.count, Set(keys.keys).union(lines.keys).count)  // a third of the ids were never added
        for id in made {
            XCTAssertEqual(ids.key(id), keys[id], id)
            XCTAssertEqual(ids.line(id), lines[id], id)
        }
        for missing in ["p30000", "", "zoë-ørsted-", "USER3@gemeente.example", "x", "p1 "] {
            XCTAssertNil(ids.key(missing), missing)
            XCTAssertNil(ids.line(missing), missing)
        }
    }

    /// Ids are told apart by their bytes, as SQLite's unique index on them does:
    /// "é" written as one code point and as "e" plus an accent are two ids.
    func testIdsAreComparedByTheirBytes() {
        let ids = IDTable()
        XCTAssertNil(ids.claim("jos\u{E9}", line: 2))
        XCTAssertNil(ids.claim("jose\u{301}", line: 3))
        XCTAssertEqual(ids.line("jos\u{E9}"), 2)
        XCTAssertEqual(ids.line("jose\u{301}"), 3)
    }

    /// Prefetching is only a hint: any cell, known ids or not, leaves every answer as it was.
    func testPrefetchChangesNothing() {
        let ids = IDTable()
        ids.setKey("p1", 1)
        XCTAssertNil(ids.claim("p2", line: 2))
        for cell in ["p1", "p1|p2|p3", "", "|", " p1 | p2 ", "Zoë|北京", String(repeating: "x", count: 100)] {
            ids.prefetch(cell, .slot)
            ids.prefetch(cell, .record)
        }
        XCTAssertEqual(ids.count, 2)
        XCTAssertEqual(ids.key("p1"), 1)
        XCTAssertEqual(ids.line("p2"), 2)
        XCTAssertNil(ids.key("p3"))
    }
}
