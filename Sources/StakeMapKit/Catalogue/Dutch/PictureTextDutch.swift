extension PictureText {
    public var dutch: String {
        switch self {
        case .mapTitle(let project): "Stakeholderkaart — \(project)"
        case .mapFacts(let date, let people, let units, let groups):
            "\(date) · \(count(people, "persoon", "personen")) · "
                + "\(count(units, "afdeling of organisatie", "afdelingen en organisaties")) · "
                + count(groups, "doelgroep", "doelgroepen")
        case .needAttention(let count): "\(MapStyle.grouped(count)) \(count == 1 ? "vraagt" : "vragen") aandacht"
        case .around(let name, let id, let depth):
            "Rond \(name) (\(id)), tot \(count(depth, "relatie", "relaties")) ver"
        case .foldedToFit(let people, let nodes):
            "Samengevouwen: \(count(people, "persoon", "personen")) getoond als \(count(nodes, "knoop", "knopen"))"
        case .strongestLinks(let drawn, let of, let afterFold):
            "\(afterFold ? "de" : "De") sterkste \(MapStyle.grouped(drawn)) van \(MapStyle.grouped(of)) relaties getekend"
        case .nobodyInsideTakesPart(let steps):
            "⚠ Niemand van de organisatie doet mee aan: \(steps.map { $0.name(in: .nl) }.joined(separator: ", "))"
        case .targetGroupsHeading: "Doelgroepen"
        case .peopleInvolved(let people, let involved):
            "\(count(people, "persoon", "personen")) · \(MapStyle.grouped(involved)) betrokken"
        case .steps(let steps): "stappen: \(initials(steps))"
        case .unitSteps(let own, let members):
            own.isEmpty ? "leden: \(initials(members))"
                : members.isEmpty ? "zelf betrokken: \(initials(own))"
                : "zelf: \(initials(own)) · leden: \(initials(members))"
        case .level(let level): "niveau: \(level.name(in: .nl))"
        case .noLevelYet: "nog geen niveau"
        case .more(let units, let groups, let people, let side):
            "+ " + [
                units > 0 ? count(units, side == .external ? "organisatie" : "afdeling", side == .external ? "organisaties" : "afdelingen") : nil,
                groups > 0 ? count(groups, "doelgroep", "doelgroepen") : nil,
                people > 0 ? count(people, "persoon", "personen") + (units > 0 ? (side == .external ? " zonder organisatie" : " zonder afdeling") : "") : nil,
            ].compactMap { $0 }.joined(separator: " en ")
        case .engaged(let count): "\(MapStyle.grouped(count)) betrokken"
        case .foldedTooltip: "Samengevouwen om de kaart leesbaar te houden: gebruik --focus om ze te zien"
        case .nodeTooltip(let name, let kind, let side, let attention, let power, let interest, let steps, let level, let id):
            ([
                "\(name) — \(kind.name(on: side, in: .nl)), \(side == .internal ? "binnen de organisatie" : "buitenwereld")",
                attention ? "vraagt aandacht (zie stakemap gaps)" : nil, power > 0 ? "macht \(power)" : nil,
                interest > 0 ? "belang \(interest)" : nil,
                steps.isEmpty ? nil : "stappen: " + steps.map { $0.name(in: .nl) }.joined(separator: ", "),
                level.map { "niveau: \($0.name(in: .nl))" }, "id: \(id)",
            ] as [String?]).compactMap { $0 }.joined(separator: " · ")
        case .linkTooltip(let from, let kind, let to, let bothWays, let merged, let weight):
            (merged.map { "\(MapStyle.grouped($0)) relaties: " } ?? "")
                + "\(from) \(Self.dutchVerb(kind)) \(to)" + (bothWays ? " en andersom" : "")
                + (weight.map { merged == nil ? " (gewicht \($0))" : " (totaal gewicht \($0))" } ?? "")
        case .others: "anderen"
        case .rolesNobodyHolds: "Rollen die niemand vervult"
        case .requiredRole(let role): "\(role) (verplicht)"
        case .andMore(let count): "en nog \(MapStyle.grouped(count))"
        case .vacantRolesTooltip: "Rollen die niemand vervult: zie stakemap gaps (vacant-role)"
        case .legend: "Legenda"
        case .legendAttention: "vraagt aandacht (een knelpunt met ernst hoog)"
        case .legendInvolved: "betrokken bij minstens één stap"
        case .legendNotInvolved: "(nog) niet betrokken"
        case .legendInfluences: "beïnvloedt (dikker = sterker)"
        case .legendContact: "contactpersoon voor een doelgroep"
        case .legendReportsTo: "rapporteert aan"
        case .legendMemberOf: "lid van een doelgroep"
        case .legendShapes: "afgeronde rechthoek: persoon · map: afdeling · 3D-doos: organisatie · ellips: doelgroep"
        case .legendSteps:
            "stappen: " + InvolvementStep.allCases.map { "\($0.initial(in: .nl)) \($0.name(in: .nl))" }.joined(separator: " · ")
        case .legendInsideBorder: "blauwe rand: organisatie"
        case .legendOutsideBorder: "oranje rand, rechte hoeken: buitenwereld"
        case .legendFolded: "een afdeling telt iedereen die erin zit; ×N: N relaties samengevoegd"
        case .gridTitle(let project): "Macht-belangmatrix — \(project)"
        case .gridFacts(let date, let scored):
            "\(date) · \(count(scored, "stakeholder", "stakeholders")) met macht en belang"
        case .withoutScores(let names, let more):
            "Zonder macht of belang (niet getoond): \(names.joined(separator: ", "))"
                + (more > 0 ? " + nog \(MapStyle.grouped(more))" : "")
        case .quadrant(let quadrant):
            switch quadrant {
            case .manageClosely: "Nauw betrekken"
            case .keepSatisfied: "Tevreden houden"
            case .keepInformed: "Informeren"
            case .monitor: "Monitoren"
            }
        case .quadrantTooltip(let quadrant):
            switch quadrant {
            case .manageClosely: "Nauw betrekken: veel macht, veel belang: volledig betrekken"
            case .keepSatisfied: "Tevreden houden: veel macht, weinig belang: tevreden houden, niet overladen"
            case .keepInformed: "Informeren: weinig macht, veel belang: op de hoogte houden, luisteren"
            case .monitor: "Monitoren: weinig macht, weinig belang: in het oog houden"
            }
        case .cellTooltip(let power, let interest): "macht \(power), belang \(interest)"
        case .gridTooltip(let name, let kind, let side, let power, let interest, let id):
            "\(name) — \(kind.name(on: side, in: .nl)) · macht \(power), belang \(interest) · id: \(id)"
        case .moreInCell(let count): "+ nog \(MapStyle.grouped(count))"
        case .interestAxis: "Belang →   hoog = 4 of 5"
        case .powerAxis: "Macht\n↑\nhoog =\n4 of 5"
        case .gridLegendAttention: "rood: vraagt aandacht (een knelpunt met ernst hoog)"
        case .gridLegendInvolved: "groen: betrokken"
        case .gridLegendNotInvolved: "wit: (nog) niet betrokken"
        case .mapWritten(let file, let nodes, let links, let folded, let merged, let format):
            "\(file): \(nodes) knopen, \(links) relaties"
                + (folded ? (merged > links ? " (samengevouwen, sterkste \(links) van \(merged) relaties)" : " (samengevouwen)") : "")
                + " (\(format))"
        case .gridWritten(let file, let placed, let quadrants, let unscored, let format):
            "\(file): \(placed) geplaatst ("
                + zip(quadrants, ["nauw betrekken", "tevreden houden", "informeren", "monitoren"])
                .map { "\($0) \($1)" }.joined(separator: ", ")
                + "); \(unscored) zonder macht of belang (\(format))"
        case .graphvizCannotStart: "Graphviz kon niet starten (geen context)"
        case .graphvizTextHasNUL: "Graphviz kon de kaart niet lezen: de tekst bevat een NUL-teken"
        case .graphvizCannotRead(let said): "Graphviz kon de kaart niet lezen: \(said ?? "geen graaf gevonden in de tekst")"
        case .graphvizCannotLayOut(let engine, let said):
            "Graphviz kon de kaart niet opmaken met \(engine ?? "de vaste posities"): \(said ?? "Graphviz gaf geen toelichting")"
        case .graphvizCannotRender(let format, let said):
            "Graphviz kon de kaart niet als \(format) tekenen: \(said ?? "Graphviz gaf geen toelichting")"
        }
    }

    private static func dutchVerb(_ kind: EdgeKind) -> String {
        switch kind {
        case .influences: "beïnvloedt"
        case .contactFor: "is contactpersoon voor"
        case .reportsTo: "rapporteert aan"
        case .memberOf, .hasRole: "is lid van"
        }
    }

    private func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        MapStyle.count(value, singular, plural)
    }

    private func initials(_ steps: [InvolvementStep]) -> String {
        steps.map { $0.initial(in: .nl) }.joined(separator: " ")
    }
}
