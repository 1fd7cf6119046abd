extension QuestionHelp {
    public var dutch: String {
        switch self {
        case .pathsAbstract: "De kortste paden van de ene knoop naar de andere: via wie bereiken we ze?"
        case .pathsDiscussion:
            """
            Paden volgen relaties beïnvloedt en contactpersoon voor in hun richting, lid van en rapporteert aan in beide richtingen (de relaties waarop het knelpunt unreachable-group beoordeeld wordt). Kortste eerst; paden van gelijke lengte in de volgorde van hun ids. Een relatie die tegen haar richting in gevolgd wordt, staat er als ←lid van—. Geen pad is geen fout: de lijst is dan leeg.

            Voorbeelden:
              stakemap paths "Marieke van der Berg" ondernemers-stationsplein
              stakemap paths m.vanderberg@veldhoven-noord.nl taxichauffeurs --max 5 --format json
            """
        case .pathsFrom: "Waar de paden beginnen: een id of een naam."
        case .pathsTo: "Waar de paden eindigen: een id of een naam."
        case .pathsMax: "Hoeveel paden hooguit."
        case .reachAbstract: "Iedereen van wie een knoop bereikt kan worden: wie beïnvloedt de wethouder, ook via anderen?"
        case .reachDiscussion:
            """
            Toont elke knoop van waaruit KNOOP bereikt kan worden langs de relaties (beïnvloedt en contactpersoon voor in hun richting, lid van en rapporteert aan in beide richtingen; --via houdt alleen de genoemde soorten over), met het aantal stappen, of hij betrokken is, en het eerste van zijn kortste paden, getekend vanaf KNOOP terug, de pijlen zoals de relaties lopen. Gesorteerd op stappen, dan op id.

            Voorbeelden:
              stakemap reach p.hoekstra@veldhoven-noord.nl --via beinvloedt --depth 2
              stakemap reach "Pieter Hoekstra" --via influences --side intern
              stakemap reach taxichauffeurs --format json
            """
        case .reachNode: "De knoop om te bereiken: een id of een naam."
        case .reachVia: "Alleen langs relaties van deze soort (herhaalbaar): influences, contact_for, member_of of reports_to (beinvloedt, contactpersoon_voor, lid_van, rapporteert_aan)."
        case .reachDepth: "Hooguit zoveel stappen ver (standaard: onbeperkt)."
        case .reachSide: "Alleen knopen aan deze kant: intern of extern (internal, external)."
        case .tableOrJSON: "table of json."
        case .listUnit: "Alleen de leden van deze afdeling of van de afdelingen daarbinnen (een id, pad of naam)."
        case .listStep: "Alleen wie bij deze stap betrokken is (kaders, doelen, plan, starten), of none: bij geen enkele."
        case .listLevel: "Alleen dit participatieniveau (informeren … meebeslissen), of none: zonder niveau."
        case .listSide: "Alleen deze kant: intern of extern."
        case .listRole: "Alleen wie deze rol heeft (een id of naam), of none: wie geen rol heeft."
        case .listQuadrant: "Alleen dit vak van het macht/belang-raster: nauw-betrekken, tevreden-houden, informeren of monitoren."
        }
    }
}
