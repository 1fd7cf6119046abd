extension ProjectHelp {
    public var dutch: String {
        switch self {
        case .stakemapAbstract:
            "Breng in kaart wie er betrokken is bij een participatietraject, binnen en buiten de organisatie."
        case .stakemapDiscussion:
            """
            Houdt de stakeholders van een traject bij (mensen, afdelingen, rollen, doelgroepen en hun relaties) in één SQLite-bestand, zoekt uit wie er ontbreekt en tekent de kaart.

              stakemap import people mensen.csv
              stakemap gaps
              stakemap map --out kaart.png

            De database is --db PAD, anders $STAKEMAP_DB, anders ./stakemap.db.
            """
        case .lang: "De taal van wat stakemap voor mensen schrijft: nl of en."
        case .langDiscussion:
            "Standaard: $STAKEMAP_LANG, anders nl als LC_ALL, LC_MESSAGES of LANG met nl begint, anders en."
        case .db: "De projectdatabase."
        case .dbDiscussion: "Standaard: $STAKEMAP_DB, anders ./stakemap.db."
        case .initAbstract: "Maak de projectdatabase aan, of werk een oudere database bij."
        case .initDiscussion:
            """
            Opnieuw uitvoeren kan geen kwaad: de gegevens in een bestaande database blijven bewaard.

            Voorbeeld:
              stakemap init --db stationsplein.db
            """
        case .importAbstract: "Importeer een CSV-bestand met mensen, afdelingen, doelgroepen, rollen of relaties."
        case .importDiscussion:
            """
            Leest CSV zoals Excel het opslaat (scheidingsteken , ; of tab; UTF-8 of Windows-1252; Nederlandse kolomnamen zoals Naam, Afdeling, Doelgroepen). Importeren is alles of niets: is er ook maar één rij fout, dan staat elke fout in de lijst als BESTAND:REGEL: melding en wordt er niets opgeslagen (exit 65). Hetzelfde bestand nog eens importeren verandert niets; een gewijzigde rij werkt die knoop bij. Een Excel-werkmap (.xlsx, herkend aan de inhoud) wordt ook gelezen: het eerste werkblad, of het blad dat --sheet noemt; fouten noemen de rij die Excel toont en de letter van de kolom.

            Voorbeelden:
                stakemap import people mensen.csv
                stakemap import people mensen.xlsx --sheet Mensen
                stakemap import units afdelingen.csv --dry-run
                stakemap import links - < relaties.csv
            """
        case .importKind:
            "Wat er in het bestand staat: people (mensen), units (afdelingen), groups (doelgroepen), roles (rollen) of links (relaties)."
        case .importFile: "Het CSV-bestand of de Excel-werkmap (.xlsx), of - voor standaardinvoer (alleen CSV)."
        case .importDelimiter: "Het scheidingsteken: , ; of tab (standaard: afgeleid uit de kopregel)."
        case .importEncoding: "De tekencodering: utf-8, windows-1252 of latin1 (standaard: UTF-8, anders Windows-1252)."
        case .importIgnoreUnknown: "Sta kolommen toe die stakemap niet kent (die worden overgeslagen)."
        case .importSheet: "Bij een werkmap: het werkblad dat gelezen wordt, met naam of nummer vanaf 1 (standaard: het eerste)."
        case .importDryRun: "Proefrun: controleer het bestand en toon elke wijziging die het zou maken, maar sla niets op."
        case .importSync:
            "Het bestand is leidend voor zijn soort: verwijder wat er niet in staat, wis wat het leeg laat."
        case .importSyncDiscussion:
            "Knopen van de soort van het bestand (bij een relatiebestand: relaties van de soorten die erin staan) die niet in het bestand staan, worden verwijderd; een lege cel wist de opgeslagen waarde. Doe eerst een proefrun met --dry-run."
        case .exportAbstract: "Exporteer de hele graaf als CSV-bestanden, als één JSON-document of als één Excel-werkmap."
        case .exportDiscussion:
            """
            CSV schrijft people.csv, units.csv, groups.csv, roles.csv en links.csv in een map, in de importformaten: wie ze in die volgorde in een nieuwe database importeert, krijgt dezelfde graaf. JSON schrijft {"people": [...], "units": [...], "groups": [...], "roles": [...], "links": [...]} naar een bestand of, zonder --out, naar standaarduitvoer. XLSX schrijft één werkmap met een werkblad per soort in de kolommen van de CSV-bestanden, die import blad voor blad terugleest.

            Voorbeelden:
              stakemap export --format csv --out backup/
              stakemap export --format xlsx --out project.xlsx
              stakemap export --format json --out graaf.json
            """
        case .exportFormat: "csv, json of xlsx."
        case .exportOut: "De map (csv) of het bestand (json, xlsx); json zonder --out gaat naar standaarduitvoer."
        }
    }
}
