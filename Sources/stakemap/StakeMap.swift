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
}
