extension CentralityHelp {
    public var dutch: String {
        switch self {
        case .abstract: "Wie het meest telt in het invloedsnetwerk: aantal relaties, tussenliggendheid, makelaars."
        case .discussion:
            """
            Over alle knopen en de invloedsrelaties (influences). Elke regel toont het aantal relaties in en uit en hun gewichten (een relatie zonder gewicht telt 3). --measure betweenness voegt de tussenliggendheid toe: het deel van de kortste invloedsketens dat via een knoop loopt (Brandes 2001), exact tot 50.000 knopen en daarboven geschat vanuit 1.000 bronnen, of vanuit --sample bronnen; --measure brokerage telt de ketens a → b → c zonder a → c die iemand als tussenpersoon (makelaar) tussen afdelingen legt (Gould & Fernandez 1989). Gesorteerd op de maat, hoogste eerst, dan id. De kolom betrokken toont wie nog bij geen stap betrokken is.

            Voorbeelden:
              stakemap centrality
              stakemap centrality --measure betweenness --kind persoon --side intern
              stakemap centrality --measure brokerage --top 10 --format json
            """
        case .measure: "degree (relaties in plus uit), betweenness (tussenliggendheid) of brokerage (makelaars)."
        case .top: "Toon de eerste N; 0 toont alles."
        case .kind: "Alleen persoon, afdeling (of organisatie), rol of doelgroep."
        case .side: "Alleen intern of extern."
        case .sample: "Schat de tussenliggendheid vanuit K bronnen (minstens 2), zoals boven 50.000 knopen."
        case .format: "table (tabel) of json."
        }
    }
}
