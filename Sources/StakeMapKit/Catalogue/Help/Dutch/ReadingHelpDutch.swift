extension ReadingHelp {
    public var dutch: String {
        switch self {
        case .tableJSONOrCSV: "table, json of csv."
        case .listAbstract: "Toon de mensen, afdelingen, rollen, doelgroepen of relaties."
        case .listDiscussion:
            """
            JSON geeft één object per knoop (of relatie), met de kolomnamen van de importbestanden; CSV geeft het importformaat, zodat je een lijst kunt bewerken en opnieuw importeren.

            Voorbeelden:
              stakemap list people
              stakemap list groups --format json
              stakemap list links --format csv > relaties.csv
            """
        case .listWhat: "people, units, roles, groups of links (mensen, afdelingen, rollen, doelgroepen, relaties)."
        case .showAbstract: "Toon één knoop: de eigenschappen en de relaties in beide richtingen."
        case .showDiscussion:
            """
            Voorbeeld:
              stakemap show p.hoekstra@veldhoven-noord.nl
            """
        case .showNode: "Een persoon, afdeling, rol of doelgroep: het id of de naam."
        case .statusAbstract: "Het project in één oogopslag: aantallen, betrokkenheid per stap, knelpunten per ernst."
        case .statusDiscussion:
            """
            De stap kaders (wie is er binnen de organisatie betrokken, en in welke rol) staat bovenaan: juist die stap slaan 9 van de 10 trajecten over.

            Voorbeeld:
              stakemap status
            """
        case .gapsAbstract:
            "Toon de knelpunten: wie ontbreekt er, welke afdelingen en beïnvloeders zijn niet betrokken, welke doelgroepen hebben geen eigenaar, …"
        case .gapsDiscussion:
            """
            Regels, naar ernst. Hoog: uninvolved-unit, uninvolved-influencer, unowned-group, step-without-internal, unengaged-definitive. Middel: unengaged-group, underengaged-key-stakeholder, vacant-role, unreachable-group. Laag: tool-without-plan, isolated.

            --severity toont de knelpunten van die ernst en hoger; --rule (herhaalbaar) alleen die van de genoemde regels. Met --fail-on is de exitstatus 1 zodra er een knelpunt van die ernst of hoger getoond wordt, voor scripts en CI. Knelpunten die het team heeft geaccepteerd (`stakemap accept`) blijven buiten de lijst maar worden wel geteld; --accepted toont ze.

            Voorbeelden:
              stakemap gaps
              stakemap gaps --severity hoog
              stakemap gaps --rule unowned-group --rule unreachable-group --format csv
              stakemap gaps --format json --fail-on hoog
            """
        case .gapsRule: "Alleen deze regel (herhaalbaar)."
        case .gapsSeverity: "Toon de knelpunten van deze ernst en hoger: laag, middel of hoog."
        case .gapsFailOn: "Exitstatus 1 als er een knelpunt van deze ernst of hoger getoond wordt: laag, middel of hoog."
        case .gapsAccepted: "Toon de geaccepteerde knelpunten die er nu zijn, met reden, gebruiker en tijdstip."
        }
    }
}
