extension EditMessage {
    /// Every case with representative values, for the test that walks the catalogue.
    public static var examples: [EditMessage] {
        let erik = NodeLabel(name: "Erik Willems", kind: .person, side: .internal)
        let verkeer = NodeLabel(name: "Verkeer", kind: .unit, side: .internal)
        let level = AttributeChange.value(attribute: "level", from: .text("inform"), to: .text("advise"))
        return [
            .dryRun(.unchanged(erik)), .involvedAlready(erik, steps: [.frame], removing: false),
            .involvedAlready(erik, steps: [.frame], removing: true), .involved(erik, now: [.frame, .plan]), .involved(erik, now: []),
        ] + LinkEdit.allCases.map { .link($0, source: "erik", kind: .influences, target: "petra") } + [
            .removed([erik], subUnits: 2, links: 5), .movedSide(verkeer, others: 3, side: .external), .unchanged(erik),
            .changed(erik, changes: [level], linksAdded: 2, linksRemoved: 3, linksChanged: 4),
            .added(name: "Erik Willems", kind: .person, side: .internal, id: "erik"), .sameName(erik), .samePath(verkeer),
            .renamedPerson(erik, name: "Erik de Wit", id: "erik"), .renamed(verkeer, name: "Mobiliteit", id: "mobiliteit"),
            .renamedUnit(from: "Gemeente/Verkeer", to: "Gemeente/Mobiliteit", id: "gemeente-mobiliteit", subUnits: 2),
            .merged(erik, into: verkeer, links: 3, subUnits: 2, dropped: 4),
            .undid(number: 12, command: "stakemap import people mensen.csv", counts: [.nodesBack: 3, .linksRemoved: 4]),
            .accepted(rule: "vacant-role", .node(erik), reason: "besloten in de stuurgroep"),
            .unaccepted(rule: "vacant-role", .step(.frame)), .badWeight("9x"),
            .noSuchLink(source: "erik", kind: .influences, target: "petra"), .unitNotEmpty(verkeer, members: 3, subUnits: 2),
            .noSteps, .notAStep("kader", allowsAll: true), .notALinkKind("kent"), .nothingToSet,
            .personSideAgainstUnit(name: "Erik Willems", unitPath: "Gemeente/Verkeer", unitSide: .internal, side: .external),
            .noLettersForID("ØØØ", option: true), .idTaken(kind: .person, side: .internal, id: "erik"),
            .notAnAttribute(option: "colour", kind: .role),
            .cannotUnset(option: "colour", kind: .role, allowed: ["required", "notes"]),
            .rowRefused([InputIssue(file: "", line: 0, problem: .notAScore(column: "--power", value: "9"))]),
            .linkRule(.toItself(id: "erik")),
            .reference(.notADate("12-03-2026")),
            .emptyName, .idOfOther(newID: "mobiliteit", name: "Mobiliteit", kind: .unit, id: "verkeer"),
            .mergeIntoItself(erik), .mergeKinds(erik, into: verkeer), .mergeSides(verkeer, into: erik, id: "verkeer"),
            .mergeIntoSubUnit(verkeer, into: erik), .emptyPathLevel("Gemeente//Verkeer"),
            .moveIntoItself(newPath: "Gemeente/Verkeer/Team", oldPath: "Gemeente/Verkeer"),
            .pathLevelWithoutLetters("Gemeente/ØØ"), .pathIDTaken(path: "Gemeente/Erik", id: "gemeente-erik", kind: .person),
            .pathSideDiffers(path: "Gemeente", side: .internal), .nestedUnitSide(verkeer, parent: "gemeente", side: .internal, id: "verkeer"),
            .sideBreaksLink(verkeer, side: .external, problem: .toItself(id: "erik")), .nothingToUndo,
            .cannotUndo(number: 12, command: "stakemap set erik"), .noReason,
            .noSuchGap(.node(erik), rule: "vacant-role", has: ["isolated"]), .noSuchGap(.node(erik), rule: "vacant-role", has: []),
            .notAccepted(rule: "vacant-role", .node(erik)), .noSuchRule("no-such-rule"),
            .snapshotTaken(name: "sessie-1", changeSet: 4, time: "2026-03-12T10:00:00Z"), .snapshotWithoutName,
            .snapshotNameReads("2026-03-12"),
        ]
    }
}
