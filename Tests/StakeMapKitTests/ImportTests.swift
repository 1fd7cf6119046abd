import GRDB
import XCTest

@testable import StakeMapKit

/// The import's rules, each against an in-memory database with exact expectations.
final class ImportTests: XCTestCase {
    var store: StakeMapStore!

    override func setUpWithError() throws {
        store = try StakeMapStore.inMemory()
    }

    @discardableResult
    func importCSV(_ kind: ImportKind, _ text: String, file: String = "in.csv", options: ImportOptions = ImportOptions())
        throws -> ImportSummary
    {
        try Importer.run(store, kind: kind, file: file, bytes: Array(text.utf8), options: options)
    }

    /// The error lines of a failed import.
    func importErrors(_ kind: ImportKind, _ text: String, file: String = "in.csv") -> [String] {
        do {
            try importCSV(kind, text, file: file)
            XCTFail("import should have failed")
            return []
        } catch let StakeMapError.badInput(issues, _) {
            return issues.map(\.description)
        } catch {
            XCTFail("unexpected error \(error)")
            return []
        }
    }

    func nodes() throws -> [String] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, kind, side, name, power, interest, level FROM node ORDER BY id")
                .map { row in
                    (0..<7).map { (row[$0] as DatabaseValue).isNull ? "-" : "\(row[$0] as DatabaseValue)" }
                        .joined(separator: " ")
                        .replacingOccurrences(of: "\"", with: "")
                }
        }
    }

    func edges() throws -> [String] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT source, kind, target, weight FROM edge ORDER BY source, kind, target")
                .map { row in
                    let weight: Int? = row[3]
                    return "\(row[0] as String) \(row[1] as String) \(row[2] as String)"
                        + (weight.map { " \($0)" } ?? "")
                }
        }
    }

    func steps() throws -> [String] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT node, step FROM node_step ORDER BY node, step")
                .map { "\($0[0] as String) \($0[1] as String)" }
        }
    }

    func snapshot() throws -> String { try Exporter.json(store) }

    // MARK: people

    let people = """
        id,name,side,unit,roles,groups,contact_for,power,interest,steps,level,influences,reports_to,email,notes
        ann,Ann de Boer,internal,Gemeente Oss/Ruimte/Verkeer,Projectleider,,Omwonenden,4,5,frame|plan,,bob,,ann@oss.nl,
        bob,Bob Jansen,intern,Gemeente Oss/Ruimte,,,,2,,,,,,,
        cor,Cor Smit,Extern,Buurtvereniging,,omwonenden,,3,4,,Raadplegen,ann,,,Voorzitter
        """

    func testPeopleCreateNodesUnitsRolesGroupsAndEdges() throws {
        let summary = try importCSV(.people, people)
        XCTAssertEqual(
            summary.description, "in.csv: 3 rows, 3 added, 0 updated, 4 units, 1 roles, 1 groups, 10 links")
        XCTAssertEqual(
            try nodes(),
            [
                "ann person internal Ann de Boer 4 5 -",
                "bob person internal Bob Jansen 2 - -",
                "buurtvereniging unit external Buurtvereniging - - -",
                "cor person external Cor Smit 3 4 consult",
                "gemeente-oss unit internal Gemeente Oss - - -",
                "gemeente-oss-ruimte unit internal Ruimte - - -",
                "gemeente-oss-ruimte-verkeer unit internal Verkeer - - -",
                "omwonenden group external Omwonenden - - -",
                "projectleider role internal Projectleider - - -",
            ])
        XCTAssertEqual(
            try edges(),
            [
                "ann contact_for omwonenden",
                "ann has_role projectleider",
                "ann influences bob 3",
                "ann member_of gemeente-oss-ruimte-verkeer",
                "bob member_of gemeente-oss-ruimte",
                "cor influences ann 3",
                "cor member_of buurtvereniging",
                "cor member_of omwonenden",
                "gemeente-oss-ruimte member_of gemeente-oss",
                "gemeente-oss-ruimte-verkeer member_of gemeente-oss-ruimte",
            ])
        XCTAssertEqual(try steps(), ["ann frame", "ann plan"])
    }

    func testImportingTheSameFileTwiceChangesNothing() throws {
        try importCSV(.people, people)
        let before = try snapshot()
        let again = try importCSV(.people, people)
        XCTAssertEqual(again.description, "in.csv: 3 rows, 0 added, 0 updated, 0 units, 0 roles, 0 groups, 0 links")
        XCTAssertEqual(try snapshot(), before)
    }

    func testChangedRowUpdatesAndEmptyCellKeepsStoredValue() throws {
        try importCSV(.people, people)
        let summary = try importCSV(
            .people,
            """
            id,name,power,interest,steps,influences,roles
            ann,Ann de Boer,,2,goals,cor,Omgevingsmanager
            bob,Bob Jansen,,,,,
            """)
        XCTAssertEqual(summary.added, 0)
        XCTAssertEqual(summary.updated, 1)
        XCTAssertEqual(try nodes().first, "ann person internal Ann de Boer 4 2 -")  // power kept, interest replaced
        XCTAssertEqual(try steps(), ["ann goals"])
        let annEdges = try edges().filter { $0.hasPrefix("ann ") }
        XCTAssertEqual(
            annEdges,
            [
                "ann contact_for omwonenden",  // no contact_for column: untouched
                "ann has_role omgevingsmanager",  // list replaced
                "ann influences cor 3",
                "ann member_of gemeente-oss-ruimte-verkeer",  // no unit column: untouched
            ])
    }

    func testGroupsCellNeverTouchesTheUnit() throws {
        try importCSV(.people, people)
        try importCSV(.people, "id,name,groups\ncor,Cor Smit,Fietsers\n")
        XCTAssertEqual(
            try edges().filter { $0.hasPrefix("cor ") },
            ["cor influences ann 3", "cor member_of buurtvereniging", "cor member_of fietsers"])
    }

    func testForwardReferencesWithinTheFileAndFromTheDatabase() throws {
        try importCSV(.people, "id,name,reports_to\na,A,b\nb,B,\n")  // b comes later in the file
        try importCSV(.people, "id,name,influences\nc,C,a\n")  // a is in the database
        XCTAssertEqual(try edges(), ["a reports_to b", "c influences a 3"])
    }

    func testUnknownReferenceIsAnErrorAndNothingIsWritten() throws {
        try importCSV(.people, "id,name\nz,Zed\n")
        let before = try snapshot()
        let errors = importErrors(.people, "id,name,influences,reports_to\na,A,b|nobody,z\nb,B,,ghost\n", file: "p.csv")
        XCTAssertEqual(
            errors,
            [
                "p.csv:2: column \"influences\": unknown id \"nobody\" (not in this file nor in the database)",
                "p.csv:3: column \"reports_to\": unknown id \"ghost\" (not in this file nor in the database)",
            ])
        XCTAssertEqual(try snapshot(), before)
    }

    func testPeopleReferencesOfTheWrongKindEarlierLaterAndInTheDatabase() throws {
        try importCSV(.units, "unit\nGemeente/Beheer\n")
        let before = try snapshot()
        // Row 2: a manager that is a unit in the database; row 3: a group made
        // on row 2; row 4: a unit that row 5 creates later; row 5: itself.
        let errors = importErrors(
            .people,
            """
            id,name,reports_to,groups,unit,influences
            a,A,gemeente-beheer,Fietsers,,
            b,B,fietsers,,,
            c,C,gemeente-verkeer,,,
            d,D,,,Gemeente/Verkeer,d|a
            """,
            file: "p.csv")
        XCTAssertEqual(
            errors,
            [
                "p.csv:2: column \"reports_to\": reports_to links a person to a person, but \"a\" is a person and \"gemeente-beheer\" a unit",
                "p.csv:3: column \"reports_to\": reports_to links a person to a person, but \"b\" is a person and \"fietsers\" a group",
                "p.csv:4: column \"reports_to\": reports_to links a person to a person, but \"c\" is a person and \"gemeente-verkeer\" a unit",
                "p.csv:5: column \"influences\": \"d\" cannot be linked to itself",
            ])
        XCTAssertEqual(try snapshot(), before)
        // The same references, right, go in with their weights.
        try importCSV(.people, "id,name,reports_to,influences\na,A,b,gemeente-beheer\nb,B,,a|c\nc,C,,\n")
        XCTAssertEqual(
            try edges(),
            [
                "a influences gemeente-beheer 3", "a reports_to b", "b influences a 3", "b influences c 3",
                "gemeente-beheer member_of gemeente",
            ])
    }

    func testBadValuesNameFileLineColumnAndValue() throws {
        let errors = importErrors(
            .people,
            """
            Naam;Macht;Belang;Niveau;Betrokken;Kant
            Ann;7;3;heel veel;kaders;intern
            Bob;2;x;informeren;nooit;buiten
            """,
            file: "mensen.csv")
        XCTAssertEqual(
            errors,
            [
                "mensen.csv:2: column \"Macht\": \"7\" is not a whole number from 1 to 5",
                "mensen.csv:2: column \"Niveau\": \"heel veel\" is not a participation level; use inform, consult, advise, coproduce or codecide (informeren, raadplegen, adviseren, coproduceren, meebeslissen)",
                "mensen.csv:3: column \"Kant\": \"buiten\" is not a side; use internal/intern or external/extern",
                "mensen.csv:3: column \"Belang\": \"x\" is not a whole number from 1 to 5",
                "mensen.csv:3: column \"Betrokken\": \"nooit\" is not a step; use frame, goals, plan, start (kaders, doelen, plan, starten) or all, separated by |",
            ])
        XCTAssertEqual(try nodes(), [])
    }

    func testDuplicateIdNamesBothLines() {
        XCTAssertEqual(
            importErrors(.people, "id,name\na,A\nb,B\na,A again\n"),
            ["in.csv:4: id \"a\" appears twice in this file (lines 2 and 4)"])
        XCTAssertEqual(
            importErrors(.people, "name\nJan Jansen\nJan  Jansen\n"),
            [
                "in.csv:3: id \"jan-jansen\" appears twice in this file (lines 2 and 3) — two people with the same name; add an id column to tell them apart"
            ])
    }

    func testEmailIdsAreLowercasedEverywhere() throws {
        try importCSV(.people, "name,email,reports_to\nAnn,Ann@Oss.NL,\nBob,bob@oss.nl,ANN@oss.nl\n")
        XCTAssertEqual(try edges(), ["bob@oss.nl reports_to ann@oss.nl"])
        XCTAssertEqual(try nodes().first, "ann@oss.nl person internal Ann - - -")
    }

    func testRowWithMoreCellsThanHeaderAndEmptyRows() {
        XCTAssertEqual(
            importErrors(.people, "id,name\na,A\n,\n\nb,B,extra\n"),
            ["in.csv:5: this row has 3 cells but the header has 2; quote cells that contain the delimiter"])
    }

    func testAtMostOneHundredErrorsAreListedAndAllAreCounted() throws {
        let rows = (1...150).map { "p\($0),P \($0),nobody\($0)" }.joined(separator: "\n")
        do {
            try importCSV(.people, "id,name,reports_to\n" + rows + "\n")
            XCTFail("import should have failed")
        } catch let error as StakeMapError {
            guard case .badInput(let issues, let total) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(issues.count, 100)
            XCTAssertEqual(total, 150)
            XCTAssertEqual(issues.first?.line, 2)
            XCTAssertEqual(issues.last?.line, 101)
            XCTAssertTrue(error.description.hasSuffix("\n… and 50 more errors\n150 errors; nothing was imported"))
        }
        XCTAssertEqual(try nodes(), [])
    }

    func testEmptyFileIsAnErrorAtLineOne() {
        XCTAssertEqual(importErrors(.people, ""), ["in.csv:1: the file is empty; it needs a header line"])
    }

    func testUnknownColumnsAreNamedUnlessIgnored() throws {
        XCTAssertEqual(
            importErrors(.people, "Naam,Telefoon,Kamer\nAnn,06,3.12\n"),
            [
                "in.csv:1: unknown columns \"Telefoon\", \"Kamer\" in a people file; known columns (Dutch names in brackets): "
                    + "id, name (naam), side (kant), unit (afdeling/organisatie), roles (rol/rollen), "
                    + "groups (doelgroep/doelgroepen), contact_for (contactpersoon voor), power (macht), "
                    + "interest (belang), legitimacy (legitimiteit), urgency (urgentie), salience (saillantie), "
                    + "steps (betrokken/stappen), level (niveau), influences (beïnvloedt), "
                    + "reports_to (leidinggevende), email (e-mailadres/mail), notes (notities/notitie); "
                    + "or pass --ignore-unknown"
            ])
        let summary = try importCSV(
            .people, "Naam,Telefoon\nAnn,06\n", options: ImportOptions(ignoreUnknown: true))
        XCTAssertEqual(summary.added, 1)
    }

    func testHeadersFoldCaseAccentsSpacesAndHyphens() throws {
        try importCSV(.people, "NAAM,E-mail,Contactpersoon voor,BEÏNVLOEDT\nAnn,ann@x.nl,Jongeren,\n")
        XCTAssertEqual(try edges(), ["ann@x.nl contact_for jongeren"])
    }

    func testOnlyInternalPeopleCanBeContacts() {
        XCTAssertEqual(
            importErrors(.people, "name,side,contact_for\nCor,extern,Omwonenden\n"),
            [
                "in.csv:2: column \"contact_for\": only internal people and units can be the contact for a target group, and this person is external"
            ])
    }

    func testCellsHaveLimits() throws {
        let before = try snapshot()
        let long = String(repeating: "a", count: 1_001)
        let notes = String(repeating: "n", count: 100_001)
        XCTAssertEqual(
            importErrors(.people, "name,unit,notes\n\(long),,\nBob,Oss/\(long),\nCor,,\(notes)\n"),
            [
                "in.csv:2: column \"name\": the cell has 1001 characters, more than the 1000 a cell of this column may have; shorten it",
                "in.csv:3: column \"unit\": the cell has 1005 characters, more than the 1000 a cell of this column may have; shorten it",
                "in.csv:4: column \"notes\": the cell has 100001 characters, more than the 100000 a cell of this column may have; shorten it",
            ])
        XCTAssertEqual(try snapshot(), before)
        // The limit counts characters, not bytes: 1,000 accented letters are 2,000 bytes.
        let accented = String(repeating: "é", count: 1_000)
        try importCSV(.people, "id,name\nann,\(accented)\n")
        XCTAssertEqual(try nodes(), ["ann person internal \(accented) - - -"])
    }

    func testAUnitHasOneSide() {
        XCTAssertEqual(
            importErrors(.people, "name,side,unit\nAnn,internal,Oss/Ruimte\nCor,external,Oss\n"),
            [
                "in.csv:3: column \"unit\": the unit \"Oss\" is internal, but this row is external; a unit has one side (give the outside organisation its own name)"
            ])
    }

    func testIdsAreUniqueAcrossKinds() throws {
        try importCSV(.people, "name,groups\nAnn,Jongeren\n")
        XCTAssertEqual(
            importErrors(.people, "id,name\njongeren,Jongeren Jansen\n"),
            ["in.csv:2: id \"jongeren\" is already a group in the database; ids are unique across kinds"])
    }

    func testDryRunWritesNothing() throws {
        let summary = try importCSV(.people, people, options: ImportOptions(dryRun: true))
        XCTAssertEqual(
            summary.description,
            "in.csv: 3 rows, 3 added, 0 updated, 4 units, 1 roles, 1 groups, 10 links (dry run: nothing written)")
        XCTAssertEqual(try nodes(), [])
    }

    // MARK: units, groups, roles, links
}
