extension ImportProblem {
    public var dutch: String {
        switch self {
        case .unreadable(let problem):
            problem.dutch
        case .emptyFile:
            "het bestand is leeg; de eerste regel moet de kolomnamen bevatten"
        case .changedWhileImported:
            "het bestand is veranderd terwijl het werd geïmporteerd; importeer het opnieuw"
        case .sameColumnTwice(let first, let second, let meaning):
            "de kolommen \"\(first)\" en \"\(second)\" betekenen allebei \(Self.title(meaning)); houd er één over"
        case .unknownColumns(let names, let kind):
            "onbekende \(names.count == 1 ? "kolom" : "kolommen") \(names.map { "\"\($0)\"" }.joined(separator: ", ")) "
                + "in een bestand met \(Self.contents(of: kind)); bekende kolommen (Engelse namen tussen haakjes): "
                + "\(kind.columnNames(in: .nl)); of geef --ignore-unknown"
        case .requiredColumnMissing(let column, let kind):
            "de verplichte kolom \"\(Self.title(column))\" ontbreekt" + Self.alsoAccepted(column, in: kind)
        case .tooManyCells(let cells, let header):
            "deze rij heeft \(cells) cellen, maar de regel met kolomnamen heeft er \(header); "
                + "zet cellen met het scheidingsteken erin tussen aanhalingstekens"
        case .cellTooLong(let column, let length, let limit):
            "kolom \"\(column)\": de cel heeft \(length) tekens, meer dan de \(limit) die een cel van deze kolom "
                + "mag hebben; maak hem korter"
        case .duplicateID(let id, let first, let line, let reason):
            "id \"\(id)\" staat twee keer in dit bestand (regels \(first) en \(line))"
                + (reason.map {
                    switch $0 {
                    case .sameEmail: " — twee rijen met hetzelfde e-mailadres"
                    case .sameName: " — twee mensen met dezelfde naam; voeg een kolom id toe om ze uit elkaar te houden"
                    }
                } ?? "")
        case .duplicateLink(let link, let first, let line):
            "de relatie \"\(link)\" staat twee keer in dit bestand (regels \(first) en \(line))"
        case .idOfOtherKind(let id, let kind, let side):
            "id \"\(id)\" is in de database al een \(kind.name(on: side, in: .nl)); een id hoort bij maar één "
                + "persoon, afdeling, organisatie, doelgroep of rol"
        case .nameEmpty(let column, let kind):
            "kolom \"\(column)\": de naam is leeg; elke \(kind.name(on: .internal, in: .nl)) heeft een naam nodig"
        case .nameWithoutID(let column, let name, let kind):
            "kolom \"\(column)\": \"\(name)\" heeft geen Latijnse letters of cijfers om een id van te maken; "
                + (kind == .person ? "voeg een kolom id (of een e-mailadres) toe voor deze persoon" : "vul de kolom id in")
        case .idNotOfName(let column, let id, let name, let slug):
            "kolom \"\(column)\": \"\(id)\" past niet bij de naam \"\(name)\"; het id moet \"\(slug)\" zijn "
                + "(of laat het leeg)"
        case .notAScore(let column, let value):
            "kolom \"\(column)\": \"\(value)\" is geen heel getal van 1 tot 5"
        case .notASide(let column, let value):
            "kolom \"\(column)\": \"\(value)\" is geen kant; gebruik \(spelledList(Side.allCases.map { $0.name(in: .nl) }, or: "of"))"
        case .notALevel(let column, let value):
            "kolom \"\(column)\": \"\(value)\" is geen participatieniveau; gebruik "
                + spelledList(Level.allCases.map { $0.name(in: .nl) }, or: "of")
        case .notAStep(let column, let value):
            "kolom \"\(column)\": \"\(value)\" is geen stap; gebruik "
                + "\(InvolvementStep.allCases.map { $0.name(in: .nl) }.joined(separator: ", ")) of alle, gescheiden door |"
        case .notYesNo(let column, let value):
            "kolom \"\(column)\": \"\(value)\" is geen ja of nee"
        case .notALinkKind(let column, let value):
            "kolom \"\(column)\": \"\(value)\" is geen soort relatie; gebruik "
                + spelledList(EdgeKind.allCases.map { Word.linkKind($0).dutch }, or: "of")
        case .unitPathEmpty(let column):
            "kolom \"\(column)\": het pad van de afdeling is leeg; schrijf het als Organisatie/Afdeling"
        case .unitPathLevelEmpty(let column, let path):
            "kolom \"\(column)\": \"\(path)\" heeft een leeg niveau; schrijf de niveaus als Organisatie/Afdeling/Team"
        case .unitLevelWithoutID(let column, let level, let side):
            "kolom \"\(column)\": de \(NodeKind.unit.name(on: side, in: .nl)) \"\(level)\" heeft geen Latijnse letters "
                + "of cijfers om een id van te maken; geef haar een naam met Latijnse letters"
        case .unitIDTaken(let column, let path, let id, let kind, let side):
            "kolom \"\(column)\": \"\(path)\" geeft het id \"\(id)\", en dat is al een \(kind.name(on: side, in: .nl))"
        case .unitSideDiffers(let column, let unit, let stored, let row):
            "kolom \"\(column)\": de \(NodeKind.unit.name(on: stored, in: .nl)) \"\(unit)\" is \(stored.name(in: .nl)) "
                + "in de database, maar deze rij zegt \(row.name(in: .nl)); een afdeling of organisatie hoort bij één kant"
        case .unitOnOtherSide(let column, let cell, let unit, let stored):
            "kolom \"\(column)\": \(cell.map { "\"\($0)\": " } ?? "")de \(NodeKind.unit.name(on: stored, in: .nl)) "
                + "\"\(unit)\" is \(stored.name(in: .nl)), maar deze rij hoort bij de kant \(stored.other.name(in: .nl)); een afdeling "
                + "of organisatie hoort bij één kant (geef de externe organisatie een eigen naam)"
        case .referenceWithoutID(let column, let name, let kind):
            "kolom \"\(column)\": \"\(name)\" heeft geen Latijnse letters of cijfers om een id van te maken; "
                + "zet de \(kind.name(on: .internal, in: .nl)) in een bestand met \(kind == .role ? "rollen" : "doelgroepen") "
                + "met een eigen id en verwijs naar dat id"
        case .nameOfOtherKind(let column, let name, let id, let kind, let side, let wanted):
            "kolom \"\(column)\": \"\(name)\" is een \(kind.name(on: side, in: .nl)) (id \"\(id)\"), "
                + "geen \(wanted.name(on: .internal, in: .nl))"
        case .contactNotInternal(let column, let kind):
            "kolom \"\(column)\": alleen interne mensen en afdelingen kunnen contactpersoon voor een doelgroep zijn, "
                + "en deze \(kind.name(on: .external, in: .nl)) is extern"
        case .sourceEmpty(let column):
            "kolom \"\(column)\": het begin van de relatie is leeg; geef het id van een persoon, afdeling, doelgroep of rol"
        case .targetEmpty(let column):
            "kolom \"\(column)\": het eind van de relatie is leeg; geef het id van een persoon, afdeling, doelgroep of rol"
        case .ambiguousName(let column, let name, let ids):
            "kolom \"\(column)\": er zijn \(ids.count) met de naam \"\(name)\": "
                + "\(ids.map { "\"\($0)\"" }.joined(separator: ", ")); schrijf het id in plaats van de naam"
        case .unknownID(let column, let id, let suggestions):
            "kolom \"\(column)\": onbekend id \"\(id)\" (niet in dit bestand en niet in de database)"
                + (suggestions.isEmpty ? "" : "; bedoelde u \(spelledList(suggestions, or: "of"))?")
        case .linkNotAllowed(let column, let problem):
            "kolom \"\(column)\": \(problem.dutch)"
        case .removedBySync(let column, let id):
            "kolom \"\(column)\": \"\(id)\" heeft geen rij in dit bestand, en --sync verwijdert wat het bestand niet "
                + "noemt; voeg een rij toe voor \(id) of laat de verwijzing weg"
        }
    }

    /// A column as a Dutch header names it: each is one of the header words the import accepts.
    static func title(_ column: Column) -> String {
        switch column {
        case .id: "id"
        case .name: "naam"
        case .side: "kant"
        case .unit: "afdeling"
        case .roles: "rollen"
        case .groups: "doelgroepen"
        case .power: "macht"
        case .interest: "belang"
        case .steps: "betrokken"
        case .level: "niveau"
        case .influences: "beïnvloedt"
        case .email: "e-mail"
        case .notes: "notities"
        case .tools: "middelen"
        case .contact: "contactpersoon"
        case .required: "verplicht"
        case .source: "van"
        case .target: "naar"
        case .kind: "soort"
        case .weight: "gewicht"
        case .note: "notitie"
        case .contactFor: "contactpersoon voor"
        case .reportsTo: "leidinggevende"
        case .legitimacy: "legitimiteit"
        case .urgency: "urgentie"
        case .salience: "saillantie"
        }
    }

    /// What a file of this kind lists: `mensen`, `afdelingen en organisaties`, …
    private static func contents(of kind: ImportKind) -> String {
        switch kind {
        case .people: "mensen"
        case .units: "afdelingen en organisaties"
        case .groups: "doelgroepen"
        case .roles: "rollen"
        case .links: "relaties"
        }
    }

    /// ` (ook goed: name)`: the other header words for the column, its English name first.
    private static func alsoAccepted(_ column: Column, in kind: ImportKind) -> String {
        let aliases = kind.columns.first { $0.column == column }?.aliases ?? []
        let others = ([column.rawValue] + aliases).filter { HeaderKey.normalize($0) != HeaderKey.normalize(title(column)) }
        return " (ook goed: \(others.joined(separator: ", ")))"
    }
}
