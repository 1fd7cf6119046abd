extension FormatText {
    public var dutch: String {
        switch self {
        case .importColumns:
            """
            De kolommen van elke soort bestand, met hun Engelse namen tussen haakjes; een * staat bij een verplichte kolom, en hoofdletters, accenten, spaties, - en _ in kolomnamen tellen niet:
            \(Self.kindLines(in: .nl))

            Waarden: kant intern of extern; betrokken kaders, doelen, plan, starten of alle; niveau informeren, raadplegen, adviseren, coproduceren of meebeslissen; macht, belang, legitimiteit, urgentie en gewicht 1 tot 5; verplicht ja of nee; soort lid van, heeft rol, beïnvloedt, rapporteert aan of contactpersoon voor. De Engelse waarden zijn ook goed (internal, frame, inform, yes, member_of, …). Een lijstcel (rollen, doelgroepen, betrokken, middelen, beïnvloedt, contactpersoon, contactpersoon voor) scheidt de items met |. saillantie schrijft export; de import slaat die kolom over.
            """
        case .excel:
            "Schrijf CSV voor Excel: ; tussen de cellen, een UTF-8-BOM vooraan en CRLF aan het eind van elke regel (zo opent een Nederlandse Excel het in kolommen)."
        case .excelNeedsCSV: "--excel schrijft CSV voor Excel; gebruik het met --format csv"
        case .version: "Toon de versie van stakemap."
        }
    }
}
