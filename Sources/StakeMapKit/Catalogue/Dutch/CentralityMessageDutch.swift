extension CentralityMessage {
    public var dutch: String {
        switch self {
        case .heading(let column):
            switch column {
            case .name: "naam"
            case .involved: "betrokken"
            case .kind: "soort"
            case .side: "kant"
            case .inDegree: "inkom."
            case .outDegree: "uitg."
            case .weightedIn: "gew.in"
            case .weightedOut: "gew.uit"
            case .betweenness: "tussenligg."
            case .coordinator: "coörd"
            case .itinerant: "cons"
            case .representative: "vert"
            case .gatekeeper: "poort"
            case .liaison: "verb"
            }
        case .legend(let measure):
            switch measure {
            case .degree:
                "inkom., uitg.: aantal invloedsrelaties in en uit; gew.in, gew.uit: hun gewichten opgeteld (3 als een relatie er geen heeft)."
            case .betweenness:
                "tussenligg. (tussenliggendheid, betweenness): het deel van de kortste invloedsketens tussen twee anderen dat via deze loopt (Brandes 2001), van 0 tot 1."
            case .brokerage:
                "Invloedsketens a → b → c zonder a → c, tussen mensen in afdelingen, met b als tussenpersoon (makelaar; Gould & Fernandez 1989): coörd(inator) alle drie in één afdeling; cons(ulent) a en c in één afdeling, b daarbuiten; vert(egenwoordiger) b brengt de invloed van de eigen afdeling naar buiten; poort(wachter) b laat invloed de eigen afdeling in; verb(inder) drie verschillende afdelingen."
            }
        case .estimated(let sources, let nodes):
            "Tussenliggendheid geschat vanuit \(sources) van de \(nodes) knopen als bron (elke keer dezelfde steekproef): de volgorde bovenaan is betrouwbaar, kleine waarden niet."
        case .uninvolvedLegend:
            "betrokken nee: nog bij geen stap betrokken (een afdeling: ook geen van haar leden) — een tussenpersoon of beïnvloeder die niemand heeft betrokken."
        case .shown(let rows, let matching):
            rows == matching
                ? "\(rows) \(rows == 1 ? "knoop" : "knopen")."
                : "De eerste \(rows) van \(matching) knopen; --top 0 toont ze allemaal."
        case .noNodes: "Geen knopen van die soort en kant."
        case .topNegative(let top): "--top moet 0 (alles) of meer zijn, niet \(top)."
        case .sampleTooSmall(let sample): "--sample vraagt minstens 2 bronnen, niet \(sample)."
        }
    }
}
