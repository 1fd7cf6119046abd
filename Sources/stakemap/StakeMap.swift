import ArgumentParser
import StakeMapKit

@main
struct StakeMap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakemap",
        abstract: ProjectHelp.stakemapAbstract.inHelpLanguage,
        discussion: ProjectHelp.stakemapDiscussion.inHelpLanguage,
        subcommands: [
            InitCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, StatusCommand.self,
            ExportCommand.self, GapsCommand.self, SalienceCommand.self, CentralityCommand.self, MapCommand.self,
            GridCommand.self, ReportCommand.self, AddCommand.self, SetCommand.self,
            InvolveCommand.self,
            UninvolveCommand.self, LinkCommand.self, UnlinkCommand.self, RemoveCommand.self, RenameCommand.self,
            MergeCommand.self, PathsCommand.self, ReachCommand.self, UndoCommand.self, SnapshotCommand.self, DiffCommand.self, AcceptCommand.self, UnacceptCommand.self, HistoryCommand.self,
        ]
    )

    /// On stakemap itself only: argument-parser's own `version:` would put a
    /// `--version` on the help page of every subcommand.
    @Flag(help: FormatText.version.argumentHelp)
    var version = false

    /// As argument-parser's own `main()`, but `help CMD --lang nl` works too.
    static func main() {
        main(Language.withoutLanguageForHelp(Array(CommandLine.arguments.dropFirst())))
    }

    func run() throws {
        guard version else { throw CleanExit.helpRequest(self) }
        try reportingErrors(in: Language.fromEnvironment()) { try StandardOutput.write(ToolVersion.current + "\n") }
    }
}
