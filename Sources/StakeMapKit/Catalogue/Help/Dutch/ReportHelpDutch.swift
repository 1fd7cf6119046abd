extension ReportHelp {
    public var dutch: String {
        switch self {
        case .abstract: "Schrijf het rapport voor de teamsessie en de wethouder: één HTML-bestand."
        case .discussion:
            """
            Eén pagina die op zichzelf staat: de vier stappen en waar elke stap staat (kaders voorop), de knelpunten per ernst met wat u kunt doen, de stakeholderkaart (zoeken op naam, zoomen) en de macht-belangmatrix, de doelgroepen, de interne afdelingen per stap, de rollen, de geaccepteerde knelpunten, de wijzigingen sinds de laatste momentopname (of --since) en het participatieoverzicht per doelgroep. Het laadt niets van elders, is zonder JavaScript te lezen en drukt af op A4, een hoofdstuk per pagina (Afdrukken in de browser, of Opslaan als pdf). Lange tabellen tonen hun eerste 200 rijen en noemen de opdracht die ze allemaal toont; boven 150 mensen is de kaart de gevouwen kaart.

            Voorbeelden:
              stakemap report --out rapport.html
              stakemap report --out rapport.html --since sessie-1 --lang nl
              chromium --headless --no-sandbox --print-to-pdf=rapport.pdf rapport.html
            """
        case .out: "Het HTML-bestand dat geschreven wordt."
        case .since: "Toon de wijzigingen sinds deze stand: een momentopname, een wijzigingsset (12 of #12), een datum JJJJ-MM-DD (standaard: de laatste momentopname)."
        case .title: "De naam van het project in de titel (standaard: de naam van het databasebestand)."
        case .date: "De datum onder de titel (standaard: vandaag)."
        }
    }
}
