import Foundation

extension ImportReport {
    public var dutch: String {
        switch self {
        case .summary(let summary):
            "\(summary.file): \(Self.count(summary.rows, "rij", "rijen")), \(summary.added) toegevoegd, "
                + "\(summary.updated) bijgewerkt, "
                + "\(Self.count(summary.unitsCreated, "afdeling of organisatie", "afdelingen en organisaties")), "
                + "\(Self.count(summary.rolesCreated, "rol", "rollen")), "
                + "\(Self.count(summary.groupsCreated, "doelgroep", "doelgroepen")), "
                + Self.count(summary.links, "relatie", "relaties")
                + (summary.sync ? ", \(summary.removed) verwijderd" : "")
                + (summary.linksRemoved > 0
                    ? ", \(Self.count(summary.linksRemoved, "relatie", "relaties")) verwijderd" : "")
                + (summary.dryRun ? " (proefimport: er is niets opgeslagen)" : "")
        case .reading(let file, let percent, let megabytes, let totalMegabytes):
            "\(file): \(percent)% gelezen (\(megabytes) MB van \(totalMegabytes) MB)"
        case .readingStream(let file, let megabytes):
            "\(file): \(megabytes) MB gelezen"
        case .finishing(let file, let rows):
            "\(file): \(Self.count(rows, "rij", "rijen")) gelezen; verwijzingen controleren en relaties schrijven…"
        case .isADirectory:
            "het is een map, geen CSV-bestand"
        case .openFailed(let code):
            switch code {
            case ENOENT: "het bestand bestaat niet"
            case EACCES: "u hebt geen toestemming om het te lezen"
            default: String(cString: strerror(code))  // rare: the system's own words
            }
        case .databaseMadeMeanwhile:
            "een andere stakemap heeft hem gemaakt terwijl deze import de standaardinvoer las; er is niets "
                + "geïmporteerd — importeer opnieuw"
        }
    }

    /// `1 rij`, `2 rijen`.
    private static func count(_ number: Int, _ one: String, _ more: String) -> String {
        "\(number) \(number == 1 ? one : more)"
    }
}

extension ImportWarning {
    public var dutch: String {
        switch self {
        case .sameName(let file, let line, let name, let id, let others, let merge, let into):
            "waarschuwing: \(file):\(line): \"\(name)\" (\(id)) heeft dezelfde naam als "
                + "\(others.joined(separator: ", ")) in de database; als het één persoon is: "
                + "stakemap merge \(merge) --into \(into)"
        }
    }
}
