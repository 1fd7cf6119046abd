extension ReportText {
    public var dutch: String {
        switch self {
        case .title(let project): "Participatierapport — \(project)"
        case .made(let date, let database): "Gemaakt op \(date) door stakemap uit \(database)."
        case .contents: "Inhoud"
        case .heading(let section):
            switch section {
            case .steps: "De vier stappen"
            case .gaps: "Knelpunten en wat u kunt doen"
            case .map: "Stakeholderkaart"
            case .grid: "Macht-belangmatrix"
            case .groups: "Doelgroepen"
            case .units: "Interne afdelingen per stap"
            case .roles: "Rollen"
            case .accepted: "Geaccepteerde knelpunten"
            case .changes: "Wijzigingen sinds de laatste momentopname"
            case .overview: "Participatieoverzicht per doelgroep"
            }
        case .intro(let section):
            switch section {
            case .steps:
                "Kaders, doelen, plan, starten: waar elke stap staat, binnen de organisatie en daarbuiten. Een stap is gedekt als iemand van binnen eraan meedoet."
            case .gaps:
                "Wat stakemap mist in wie er betrokken is, het dringendste eerst, elk met wat u kunt doen."
            case .map:
                "De organisatie en de buitenwereld, twee kanten van één hand. Rood vraagt aandacht, groen is betrokken; de legenda staat in de kaart."
            case .grid:
                "Iedereen met een score voor macht en belang (1–5; hoog is 4 of 5), in het kwadrant dat zegt hoe u met hen omgaat."
            case .groups:
                "Elke doelgroep met participatieniveau, stappen, middelen, contactpersonen binnen en wie haar verder bereikt."
            case .units:
                "Elke afdeling binnen, hoeveel van haar mensen betrokken zijn, en wie aan welke stap meedoet."
            case .roles: "De rollen in het traject, wie ze vervult en welke onbezet zijn."
            case .accepted: "Knelpunten die het team bewust laat bestaan, met de reden."
            case .changes: "Wat er in de graaf veranderde sinds de momentopname van de laatste sessie."
            case .overview:
                "Wie het traject betrekt, waarover, wanneer, in welke rol en met welke middelen: de feiten voor de verantwoording van participatie die de Omgevingswet vraagt."
            }
        case .column(let column):
            switch column {
            case .step: "Stap"
            case .purpose: "Wat er gebeurt"
            case .inside: "Binnen"
            case .outside: "Buiten"
            case .state: "Stand"
            case .severity: "Ernst"
            case .name: "Naam"
            case .kind: "Soort"
            case .rule: "Regel"
            case .count: "Gevonden"
            case .finding: "Bevinding en wat u kunt doen"
            case .group: "Doelgroep"
            case .level: "Niveau"
            case .steps: "Stappen"
            case .tools: "Middelen"
            case .contacts: "Contactpersonen"
            case .reachedBy: "Bereikt via"
            case .unit: "Afdeling"
            case .involved: "Betrokken"
            case .role: "Rol"
            case .required: "Verplicht"
            case .heldBy: "Vervuld door"
            case .reason: "Reden"
            case .acceptedBy: "Geaccepteerd door"
            case .time: "Wanneer"
            case .whom: "Wie"
            case .subject: "Waarover"
            case .when: "Wanneer (stappen)"
            case .participationRole: "In welke rol (niveau)"
            case .means: "Met welke middelen"
            case .ourContact: "Ons aanspreekpunt"
            }
        case .frameInvolved(let people, let units):
            "Kaders: \(StatusMessage.dutchInside(people: people, units: units)) betrokken. Goed: 9 van de 10 trajecten slaan deze stap over."
        case .frameMissing:
            "Kaders: niemand van binnen is betrokken. 9 van de 10 trajecten slaan deze stap over; betrek collega's en afdelingen voordat u naar buiten gaat."
        case .stepPurpose(let step):
            switch step {
            case .frame: "Intern: wie is betrokken, in welke rol, hoeveel ruimte is er?"
            case .goals: "Wat willen we buiten bereiken? Wat moeten anderen weten, wat willen we van hen leren?"
            case .plan: "Het plan van aanpak, met de participatiemiddelen."
            case .start: "De doelgroepen betrekken, en vroeg."
            }
        case .stepInside(let people, let units):
            "\(people) \(people == 1 ? "persoon" : "mensen"), \(units) \(units == 1 ? "afdeling" : "afdelingen")"
        case .stepOutside(let groups, let others):
            "\(groups) \(groups == 1 ? "doelgroep" : "doelgroepen"), \(others) \(others == 1 ? "andere" : "anderen")"
        case .stepState(let covered): covered ? "gedekt" : "niemand van binnen"
        case .gapCounts(let high, let medium, let low, let accepted):
            "\(high) hoog, \(medium) middel, \(low) laag"
                + (accepted == 0 ? "" : "; nog \(accepted) geaccepteerd (zie Geaccepteerde knelpunten)") + "."
        case .more(let count): "en nog \(count) — allemaal:"
        case .empty(let section):
            switch section {
            case .steps: "Geen stappen."
            case .gaps: "Geen knelpunten gevonden."
            case .map: "Nog niets om te tekenen."
            case .grid: "Nog niemand heeft een score voor zowel macht als belang."
            case .groups: "Nog geen doelgroepen."
            case .units: "Nog geen interne afdelingen."
            case .roles: "Nog geen rollen."
            case .accepted: "Er is geen knelpunt geaccepteerd."
            case .changes: "Er is niets veranderd."
            case .overview: "Nog geen doelgroepen."
            }
        case .mapFolded(let people):
            "Met \(people) mensen vouwt de kaart mensen in hun afdelingen (een afdeling zegt hoeveel mensen zij telt en hoeveel er betrokken zijn); stakemap map --focus tekent de details rond één knoop."
        case .mapControl(let control):
            switch control {
            case .search: "Zoek op naam"
            case .zoomIn: "Inzoomen"
            case .zoomOut: "Uitzoomen"
            case .fit: "Passend"
            }
        case .mapFound: "gevonden"
        case .mapNotFound: "niet op de kaart"
        case .forExample: "de eerste ervan; de tabel hieronder noemt er meer"
        case .noLevel: "nog geen niveau"
        case .nobody: "niemand"
        case .reachable(let reachable):
            reachable ? "bereikbaar vanuit de betrokkenen binnen" : "geen betrokken collega bereikt haar"
        case .members(let count): "\(count) \(count == 1 ? "lid of vertegenwoordiger" : "leden of vertegenwoordigers")"
        case .influencedBy(let names): "beïnvloed door " + spelledList(names, or: "en")
        case .unitItself: "de afdeling zelf"
        case .involvedOf(let involved, let people): "\(involved) van \(people)"
        case .held: "vervuld"
        case .vacant: "onbezet"
        case .noSnapshot:
            "Nog geen momentopname. Na een teamsessie legt stakemap snapshot NAAM vast waar de graaf staat; het volgende rapport toont wat er sindsdien veranderde."
        case .changesFrom(let state): "Sinds \(state):"
        case .changeSetsOnly(let command):
            "Bij deze omvang noemt het rapport de wijzigingssets sindsdien, met hoeveel knopen en relaties elk toevoegde (+), wijzigde (~) en verwijderde (-); \(command) toont elke wijziging, maar doet er bij een miljoen mensen minuten over."
        case .overviewNote:
            "stakemap zet de feiten op een rij zoals ze in de graaf staan; de gemeente schrijft de verantwoording zelf: wat zij deed met wat zij hoorde, en waarom."
        case .footer: "Gemaakt met stakemap. Druk af of bewaar als pdf vanuit de browser (A4)."
        case .written(let file, let kilobytes, let gaps):
            "\(file) geschreven (\(kilobytes) kB): de vier stappen, \(gaps) \(gaps == 1 ? "knelpunt" : "knelpunten"), de kaart en de matrix, de tabellen; open het in een browser."
        }
    }
}
