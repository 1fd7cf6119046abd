/// Lines the command-line tool prints around a command's own output.
public enum Screen: CatalogueText, Equatable {
    /// Something went wrong that the user cannot fix: an error stakemap did not expect.
    case internalError(String)
}

extension Screen {
    public static var examples: [Screen] { [.internalError("SQLite error 1")] }
}
