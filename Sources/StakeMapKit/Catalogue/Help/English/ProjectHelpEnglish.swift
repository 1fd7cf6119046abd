extension ProjectHelp {
    public var english: String {
        switch self {
        case .stakemapAbstract: "Map who is involved in a participation trajectory, inside and outside."
        case .stakemapDiscussion:
            """
            Keeps a stakeholder graph (people, units, roles, target groups and their links) in one SQLite file, finds who is missing, and draws the map.

              stakemap import people mensen.csv
              stakemap gaps
              stakemap map --out kaart.png

            The database is --db PATH, else $STAKEMAP_DB, else ./stakemap.db.
            """
        case .lang: "The language of what is written for people: nl or en."
        case .langDiscussion: "Default: $STAKEMAP_LANG, else nl when LC_ALL, LC_MESSAGES or LANG starts with nl, else en."
        case .db: "The project database."
        case .dbDiscussion: "Default: $STAKEMAP_DB, else ./stakemap.db."
        case .initAbstract: "Create the project database, or bring an older one up to date."
        case .initDiscussion:
            """
            Safe to run again: an existing database keeps its data.

            Example:
              stakemap init --db stationsplein.db
            """
        case .importAbstract: "Import people, units, groups, roles or links from a CSV file."
        case .importDiscussion:
            """
            Reads CSV as Excel writes it (delimiter , ; or tab; UTF-8 or Windows-1252; Dutch headers such as Naam, Afdeling, Doelgroepen). Importing is all or nothing: when any row is wrong, every error is listed as FILE:LINE: message and nothing is written (exit 65). Importing the same file again changes nothing; a changed row updates that node. An Excel workbook (.xlsx, recognised by its content) is read as well: its first sheet, or the one --sheet names; errors name the row Excel shows and the column's letter.

            Examples:
                stakemap import people mensen.csv
                stakemap import people mensen.xlsx --sheet Mensen
                stakemap import units afdelingen.csv --dry-run
                stakemap import links - < relaties.csv
            """
        case .importKind: "What the file holds: people, units, groups, roles or links (or in Dutch: mensen, afdelingen, doelgroepen, rollen, relaties)."
        case .importFile: "The CSV file or Excel workbook (.xlsx), or - for standard input (CSV only)."
        case .importDelimiter: "The delimiter: , ; or tab (default: detected from the header line)."
        case .importEncoding: "The text encoding: utf-8, windows-1252 or latin1 (default: UTF-8, else Windows-1252)."
        case .importIgnoreUnknown: "Allow columns stakemap does not know (they are ignored)."
        case .importSheet: "For a workbook: the sheet to read, by name or number from 1 (default: the first)."
        case .importDryRun: "Check the file and print every change it would make, but write nothing."
        case .importSync:
            "The file is the whole truth for its kind: remove what it does not list, clear what it leaves empty."
        case .importSyncDiscussion:
            "Nodes of the file's kind (links of the kinds in a links file) that the file does not list are removed; an empty cell clears the stored value. Run it with --dry-run first."
        case .exportAbstract: "Export the whole graph as CSV files, one JSON document or one Excel workbook."
        case .exportDiscussion:
            """
            CSV writes people.csv, units.csv, groups.csv, roles.csv and links.csv into a folder, in the import formats: importing them in that order into a new database gives the same graph. JSON writes {"people": [...], "units": [...], "groups": [...], "roles": [...], "links": [...]} to a file or, without --out, to standard output. XLSX writes one workbook with a sheet per kind in the CSV files' columns, which import reads back sheet by sheet.

            Examples:
              stakemap export --format csv --out backup/
              stakemap export --format xlsx --out project.xlsx
              stakemap export --format json --out graph.json
            """
        case .exportFormat: "csv, json or xlsx."
        case .exportOut: "The folder (csv) or file (json, xlsx); json without --out prints to standard output."
        }
    }
}
