extension FormatText {
    public var english: String {
        switch self {
        case .importColumns:
            """
            Columns of each kind of file, with their Dutch names in brackets (* required; headers are compared without case, accents, spaces, - and _):
            \(Self.kindLines(in: .en))

            Values: side internal or external (intern, extern); steps frame, goals, plan, start or all (kaders, doelen, plan, starten); level inform, consult, advise, coproduce or codecide (informeren, raadplegen, adviseren, coproduceren, meebeslissen); power, interest, legitimacy, urgency and weight 1 to 5; required yes or no (ja, nee); kind member_of, has_role, influences, reports_to or contact_for. A list cell (roles, groups, steps, tools, influences, contact, contact_for) separates its items with |. salience is written by export and passed over by the import.
            """
        case .excel:
            "Write CSV for Excel: ; between cells, a UTF-8 byte-order mark and CRLF line ends (opens in columns in a Dutch Excel)."
        case .excelNeedsCSV: "--excel writes CSV for Excel; use it with --format csv"
        case .version: "Print the version of stakemap."
        }
    }
}
