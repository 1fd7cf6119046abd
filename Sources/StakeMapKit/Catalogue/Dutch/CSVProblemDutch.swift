extension CSVProblem {
    public var dutch: String {
        switch self {
        case .delimiterNotAllowed:
            "het scheidingsteken kan geen aanhalingsteken of regeleinde zijn"
        case .readFailed(let reason):
            "kan de invoer niet lezen: \(reason)"
        case .binaryFile:
            "binaire gegevens (byte 0x00) — dit is geen CSV-tekstbestand; kies in Excel Opslaan als, CSV UTF-8"
        case .utf16:
            "dit is UTF-16-tekst (in Excel \"Unicode-tekst\"); sla het bestand op als \"CSV UTF-8\""
        case .unclosedQuote:
            "aanhalingsteken niet gesloten: het veld tussen aanhalingstekens dat hier begint, eindigt nergens; zet er het sluitende \" achter"
        case .textAfterClosingQuote:
            "tekst na een sluitend aanhalingsteken; zet het hele veld tussen aanhalingstekens en verdubbel de aanhalingstekens erin (\"\")"
        case .binaryByte(let byte):
            "binaire gegevens (byte \(hex(byte))) — dit is geen CSV-tekstbestand"
        case .notUTF8:
            "deze tekst is geen geldige UTF-8; het bestand is misschien Windows-1252 of Latin-1"
        case .undecodableByte(let byte, let fallback):
            "byte \(hex(byte)) \(fallback ? "is geen UTF-8- en geen Windows-1252-tekst" : "is geen Windows-1252-teken"); "
                + "het bestand heeft misschien een andere codering (latin1?)"
        case .workbook(let message):
            message.dutch
        }
    }
}
