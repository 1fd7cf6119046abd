import GRDB
import XCTest

@testable import StakeMapKit

/// The units, groups, roles and links files, and the round trip through export.
extension ImportTests {
    func testUnitsFileGivesUnitsAttributesAndChecksTheSide() throws {
        try importCSV(.people, people)
        let summary = try importCSV(
            .units, "unit,side,power,steps,tools,contact_for\nGemeente Oss/Ruimte,intern,4,goals,Nieuwsbrief,Omwonenden\n")
        XCTAssertEqual(summary.description, "in.csv: 1 rows, 0 added, 1 updated, 0 units, 0 roles, 0 groups, 1 links")
        XCTAssertTrue(try edges().contains("gemeente-oss-ruimte contact_for omwonenden"))
        XCTAssertEqual(
            importErrors(.units, "unit,side\nBuurtvereniging,internal\n"),
            [
                "in.csv:2: column \"side\": the unit \"Buurtvereniging\" is external in the database, but this row says internal; a unit has one side"
            ])
    }

    func testGroupsFileIdMustBeTheSlugAndContactReplacesAllContacts() throws {
        try importCSV(.people, people)
        XCTAssertEqual(
            importErrors(.groups, "id,name\nbewoners,Omwonenden\n"),
            ["in.csv:2: column \"id\": \"bewoners\" does not match the name \"Omwonenden\"; the id must be \"omwonenden\" (or leave it empty)"])
        try importCSV(.groups, "id,naam,niveau,middelen,contactpersoon\n,Omwonenden,adviseren,OpenStad|Bewonersavond,bob\n")
        XCTAssertEqual(try edges().filter { $0.contains("contact_for") }, ["bob contact_for omwonenden"])
        // a name with no latin letters needs, and accepts, any id
        try importCSV(.groups, "id,name\nbeijing-groep,北京\n")
        XCTAssertTrue(try nodes().contains("beijing-groep group external 北京 - - -"))
    }

    func testRolesFileRequiredYesNo() throws {
        let summary = try importCSV(.roles, "naam,verplicht\nParticipatieadviseur,JA\nJurist,nee\nSecretaris,\n")
        XCTAssertEqual(summary.added, 3)
        let required = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, required FROM node ORDER BY id").map { "\($0[0] as String)=\($0[1] as Int)" }
        }
        XCTAssertEqual(required, ["jurist=0", "participatieadviseur=1", "secretaris=0"])
    }

    func testLinksAreKeyedBySourceTargetKindAndUpdateWeightAndNote() throws {
        try importCSV(.people, people)
        let first = try importCSV(.links, "van,naar,soort,gewicht,notitie\nbob,ann,,5,sparring\nbob,ann,reports_to,,\n")
        XCTAssertEqual(first.description, "in.csv: 2 rows, 2 added, 0 updated, 0 units, 0 roles, 0 groups, 2 links")
        let second = try importCSV(.links, "source,target,weight\nbob,ann,2\nann,bob,\n")
        XCTAssertEqual(second.description, "in.csv: 2 rows, 0 added, 1 updated, 0 units, 0 roles, 0 groups, 0 links")
        XCTAssertTrue(try edges().contains("bob influences ann 2"))
        XCTAssertEqual(
            importErrors(.links, "source,target,kind\nbob,omwonenden,reports_to\nann,ann,\n"),
            [
                "in.csv:2: column \"target\": reports_to links a person to a person, but \"bob\" is a person and \"omwonenden\" a group",
                "in.csv:3: column \"target\": \"ann\" cannot be linked to itself",
            ])
    }

    func testPeopleInfluencesKeepWeightsSetByALinksFile() throws {
        try importCSV(.people, people)
        try importCSV(.links, "source,target,weight\nann,bob,5\n")
        try importCSV(.people, people)
        XCTAssertTrue(try edges().contains("ann influences bob 5"))
    }

    // MARK: round trip

    func testExportImportExportIsByteIdentical() throws {
        try importCSV(.people, people)
        try importCSV(.units, "unit,level,tools,notes\nGemeente Oss/Ruimte,advise,Enquête,\"regel 1\nregel 2\"\n")
        try importCSV(.groups, "name,level,steps,contact\nOmwonenden,raadplegen,start,ann|gemeente-oss-ruimte\n")
        try importCSV(.roles, "name,required\nJurist,ja\n")
        try importCSV(.links, "source,target,kind,weight,note\nbob,omwonenden,influences,4,\"zegt \"\"ja\"\"\"\n")
        let first = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        let second = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try Exporter.writeCSV(store, to: first)
        let fresh = try StakeMapStore.inMemory()
        for section in GraphListing.Section.allCases {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(first)/\(section.rawValue).csv")))
            _ = try Importer.run(fresh, kind: ImportKind(rawValue: section.rawValue)!, file: section.rawValue, bytes: bytes)
        }
        try Exporter.writeCSV(fresh, to: second)
        for section in GraphListing.Section.allCases {
            let a = try String(contentsOfFile: "\(first)/\(section.rawValue).csv", encoding: .utf8)
            let b = try String(contentsOfFile: "\(second)/\(section.rawValue).csv", encoding: .utf8)
            XCTAssertEqual(a, b, section.rawValue)
        }
        XCTAssertEqual(try Exporter.json(fresh), try Exporter.json(store))
    }
}
