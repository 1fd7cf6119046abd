extension Screen {
    public var dutch: String {
        switch self {
        case .internalError(let detail): "interne fout: \(detail)"
        case .initReady(let path, let schema, let applied):
            "\(path): klaar, schema \(schema) ("
                + (applied.isEmpty ? "bijgewerkt" : "toegepast: \(applied.joined(separator: ", "))") + ")"
        case .exported(let folder, let files, let rows):
            "\(folder): " + zip(files, rows).map { "\($0) (\($1) rijen)" }.joined(separator: ", ")
        case .snapshotTaken(let name, let changeSet):
            "momentopname \(name): " + (changeSet == 0 ? "de lege graaf" : "de stand na #\(changeSet)")
        case .notAKind(let kind):
            "'\(kind)' is geen soort knoop: gebruik person, unit, group of role (persoon, afdeling, doelgroep, rol)"
        case .csvNeedsFolder: "--format csv schrijft vijf bestanden: geef de map met --out MAP"
        case .acceptedNotCSV: "--accepted toont een tabel of JSON, geen CSV"
        case .limitTooSmall(let limit): "--limit moet 1 of meer zijn, niet \(limit)"
        case .snapshotNameAndList: "geef een NAAM om een momentopname te maken, of --list om ze te tonen, niet allebei"
        case .snapshotNeedsName: "geef een NAAM voor de momentopname (of --list om ze te tonen)"
        case .depthNeedsFocus: "--depth heeft --focus ID nodig: de knoop om bij te beginnen"
        case .depthNegative: "--depth moet 0 of meer zijn"
        case .landscapeNeedsPage: "--landscape heeft --page a4|a3|a2 nodig: het papier om liggend te leggen"
        case .filtersNotForLinks: "de filters (--unit, --step, --level, --side, --role, --quadrant) zijn er voor mensen, afdelingen, doelgroepen en rollen, niet voor relaties"
        case .notAFilterValue(let option, let value): "\(option): \"\(value)\" is geen van de waarden die het neemt; zie `stakemap list --help`"
        case .maxTooSmall(let max): "--max moet 1 of meer zijn, niet \(max)"
        case .depthTooSmall(let depth): "--depth moet 1 of meer zijn, niet \(depth)"
        case .formatUnknown(let file): "kan het formaat van '\(file)' niet bepalen: eindig de naam op .png, .svg, .pdf of .dot, of geef --format"
        }
    }
}
