extension OverTimeHelp {
    public var dutch: String {
        switch self {
        case .tableOrJSON: "table of json."
        case .undoAbstract: "Draai de laatste wijziging terug (een import, een bewerking); ook het terugdraaien wordt vastgelegd."
        case .undoDiscussion:
            """
            Draait de laatste wijziging terug die zelf geen undo is en nog niet is teruggedraaid; een tweede undo \
            draait de wijziging daarvoor terug. `stakemap history` toont de wijzigingen; --dry-run toont wat er zou \
            veranderen.
            """
        case .snapshotAbstract:
            "Leg de huidige stand van de graaf vast onder een naam, bijv. na een teamsessie; --list toont de momentopnamen."
        case .snapshotDiscussion:
            """
            Een momentopname is zelf geen wijziging; `stakemap diff` vergelijkt standaard met de laatste momentopname.

            Voorbeelden:
              stakemap snapshot sessie-2026-03-12 --note "Na de eerste teamsessie"
              stakemap snapshot --list
            """
        case .snapshotName: "Een naam naar keuze (uniek)."
        case .snapshotNote: "Wat deze stand is, in een paar woorden."
        case .snapshotList: "Toon de momentopnamen, oudste eerst."
        case .snapshotFormat: "Met --list: table of json."
        case .diffAbstract:
            "Wat er veranderde tussen twee standen: knopen, relaties, wie er per stap bij kwam, welke knelpunten ontstonden en verdwenen."
        case .diffDiscussion:
            """
            Een stand is de naam van een momentopname, een wijzigingsnummer (12 of #12), een datum JJJJ-MM-DD (het \
            eind van die dag, lokale tijd) of now. FROM is standaard de laatste momentopname (de lege graaf als er \
            geen is), TO standaard now.

            Voorbeelden:
              stakemap diff
              stakemap diff sessie-2026-03-12
              stakemap diff 2026-03-01 2026-03-31 --format json
            """
        case .diffFrom: "De eerdere stand."
        case .diffTo: "De latere stand."
        case .acceptAbstract:
            "Laat een knelpunt staan waarover het team besloten heeft: het telt niet meer mee in gaps, status en --fail-on."
        case .acceptDiscussion:
            """
            RULE is een knelpuntregel (zie `stakemap gaps`), REF de knoop (id of naam; bij step-without-internal een \
            stap). `stakemap gaps --accepted` toont de geaccepteerde knelpunten met hun reden; `stakemap unaccept` \
            neemt er een terug.

            Voorbeeld:
              stakemap accept uninvolved-unit "Juridische Zaken" --reason "Sluit pas aan bij het verkeersbesluit"
            """
        case .acceptRule: "De knelpuntregel, bijv. uninvolved-unit."
        case .acceptReason: "Waarom het team dit knelpunt laat staan."
        case .unacceptAbstract: "Neem een geaccepteerd knelpunt terug: het telt weer mee."
        case .unacceptDiscussion:
            """
            Voorbeeld:
              stakemap unaccept uninvolved-unit "Juridische Zaken"
            """
        case .unacceptRule: "De knelpuntregel."
        case .historyAbstract: "Toon de wijzigingen in de graaf, nieuwste eerst."
        case .historyDiscussion:
            """
            Elke opdracht die de graaf veranderde (import en de bewerkingsopdrachten) is één wijziging: het nummer, \
            de tijd (UTC), de gebruiker, de opdracht en hoeveel knopen en relaties erbij kwamen (+), veranderden (~) \
            en verdwenen (-). Geef je een knoop op, dan alleen de wijzigingen die die knoop raakten.

            Voorbeelden:
              stakemap history --limit 10
              stakemap history "Ingrid van 't Hof"
            """
        case .historyNode: "Alleen de wijzigingen aan deze knoop (id of naam)."
        case .historyLimit: "Toon hoogstens dit aantal wijzigingen."
        }
    }
}
