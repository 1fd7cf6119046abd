extension PictureHelp {
    public var dutch: String {
        switch self {
        case .mapAbstract: "Teken de stakeholderkaart: de organisatie en de buitenwereld naast elkaar."
        case .mapDiscussion:
            """
            Afdelingen zijn kaders met hun mensen erin (rollen onder elke naam), doelgroepen zijn ellipsen. Rood: een knelpunt van ernst hoog (zie `stakemap gaps`); groen: betrokken bij een stap; wit: (nog) niet betrokken. Invloed is een doorgetrokken lijn (dikker = sterker), contactpersoon voor een doelgroep gestreept, leidinggevende dun grijs.

            Boven de 150 mensen (of met --collapse) gaan mensen op in hun afdeling en afdelingen in de bovenliggende, tot er ongeveer 150 knopen over zijn; een samengevouwen afdeling zegt hoeveel mensen erin zitten en hoeveel er betrokken zijn, parallelle relaties worden samengevoegd (×N) en alleen de sterkste worden getekend (ongeveer 1,5 per knoop, hooguit 300). Kijk met --focus naar binnen; docs/maps.md legt alles uit.

            Voorbeelden:
              stakemap map --out kaart.png
              stakemap map --out kaart.svg --focus p.hoekstra@veldhoven-noord.nl --depth 2
              stakemap map --out kaart.pdf --collapse
              stakemap map --out kaart.dot        (de Graphviz-bron, om te bewerken)
              stakemap map --out kaart.pdf --page a3 --landscape --title "Herinrichting Stationsplein" --lang nl

            Elke betrokken knoop toont zijn stappen met de beginletter (K D P S; in het Engels F G P S); een afdeling haar eigen stappen apart van die van haar leden. --page past de tekening op het papier: PDF en SVG in punten, PNG op 150 dpi.
            """
        case .layout: "dot (kaders per afdeling; standaard), neato, fdp, sfdp of circo (zonder kaders: de kanten in kleur)."
        case .focus: "Teken alleen wat rond deze knoop ligt."
        case .depth: "Met --focus: hoeveel relaties ver, in beide richtingen (standaard 1)."
        case .collapse: "Vouw mensen in hun afdeling, hoe groot de kaart ook is."
        case .gridAbstract:
            "Teken het macht/belang-raster (Mendelow): nauw betrekken, tevreden houden, informeren, monitoren."
        case .gridDiscussion:
            """
            Elke persoon, afdeling en doelgroep met zowel een score voor macht als voor belang (1–5) staat in zijn vak; hoog is 4 of 5. Kleuren als op de kaart: rood vraagt aandacht, groen is betrokken. Een vol vak noemt de belangrijkste (die aandacht vragen, doelgroepen en afdelingen, betrokkenen) en zegt hoeveel er nog meer zijn; de titel noemt wie geen scores heeft, in dezelfde volgorde.

            Voorbeelden:
              stakemap grid --out grid.png
              stakemap grid --out grid.svg
              stakemap grid --out grid.pdf --page a4 --landscape --lang nl
            """
        case .out: "Het bestand om te schrijven: .png, .svg, .pdf of .dot."
        case .format: "png, svg, pdf of dot (standaard: volgens de extensie van --out)."
        case .date: "De datum in de titel (standaard: vandaag)."
        case .title: "De naam van het project in de titel (standaard: de naam van het databasebestand)."
        case .page: "Pas de tekening op dit papier (PDF en SVG in punten, PNG op 150 dpi)."
        case .landscape: "Met --page: het papier ligt liggend."
        }
    }
}
