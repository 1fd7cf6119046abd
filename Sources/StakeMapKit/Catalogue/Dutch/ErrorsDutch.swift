extension StakeMapError {
    public var dutch: String {
        switch self {
        case .databaseMissing(let path):
            "geen stakemap-database in \(path): voer eerst `stakemap init` of `stakemap import` uit, of geef --db"
        case .databaseNeedsMigration(let path):
            "\(path) is gemaakt door een oudere stakemap: voer `stakemap init --db \(path)` uit om hem bij te werken (er gaat niets verloren)"
        case .databaseTooNew(let path, let schema):
            "\(path) is gemaakt door een nieuwere stakemap (schema \(schema)); gebruik die versie — deze zou niet bewaren wat erin staat"
        case .databaseUnreadable(let path, let reason):
            "kan de database \(path) niet openen: \(reason.dutch)"
        case .databaseUnusable(let path, let reason):
            "kan de database \(path) niet gebruiken: \(reason)"
        case .storedValueUnknown(let path, let node, let column, let value, let expected):
            "kan de database \(path) niet lezen: knoop '\(node)' heeft \(value) in \(column), en dat is niet \(expected.dutch); verbeter het (bijvoorbeeld met sqlite3) of zet een back-up terug"
        case .databaseReadOnly(let path, let reason):
            "kan niet schrijven in de database \(path): \(reason.dutch); er is niets veranderd — de opdrachten die alleen lezen (status, gaps, list, show, export, map, grid) werken nog"
        case .databaseDamaged(let path):
            "\(path) is beschadigd (SQLite: database disk image is malformed): zet een back-up terug, of red wat nog leesbaar is met `sqlite3 \(path) .recover | sqlite3 hersteld.db` en gebruik hersteld.db; stakemap schrijft niet in een beschadigde database"
        case .databaseFull(let path):
            "kan niet schrijven in de database \(path): de schijf is vol; er is niets geschreven — maak ruimte vrij en voer de opdracht opnieuw uit"
        case .fileUnreadable(let path, let reason):
            "kan \(path) niet lezen: \(reason)"
        case .badInput(let issues, let total):
            issues.map(\.dutch).joined(separator: "\n")
                + (total > issues.count ? "\n… en nog \(total - issues.count) fouten" : "")
                + "\n\(total) \(total == 1 ? "fout" : "fouten"); er is niets geïmporteerd"
        case .unknownNode(let id):
            "er is geen knoop met id '\(id)': zie `stakemap list people` (of units, groups, roles) voor de ids"
        case .rendering(let problem):
            problem.dutch
        case .cannotWrite(let path, let reason):
            "kan \(path) niet schrijven: \(reason)"
        case .outputFileFailed(let path, let reason):
            "kan \(path) niet schrijven: \(reason) — maak ruimte vrij of schrijf ergens anders heen; \(path) is niet veranderd"
        case .outputFailed(let reason):
            "kan de uitvoer niet schrijven: \(reason) — maak ruimte vrij of schrijf ergens anders heen; de uitvoer is onvolledig"
        case .outputClosed:
            "de uitvoer is gesloten"
        case .unknownRule(let id):
            "er is geen regel '\(id)': de regels zijn \(GapFinder.ruleIDs.joined(separator: ", "))"
        case .unknownReference(let message):
            message.dutch
        case .editRefused(let message):
            "\(message.dutch); er is niets veranderd"
        case .workbookRefused(let message):
            message.dutch
        }
    }
}
