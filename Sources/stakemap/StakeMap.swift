import ArgumentParser
import StakeMapKit

@main
struct StakeMap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakemap",
        abstract: "Map who is involved in a participation trajectory, inside and outside.",
        discussion: """
            Keeps a stakeholder graph (people, units, roles, target groups and their links) in one SQLite file, finds who is missing, and draws the map.

              stakemap import people mensen.csv
              stakemap gaps
              stakemap map --out kaart.png

            The database is --db PATH, else $STAKEMAP_DB, else ./stakemap.db.
            """,
        subcommands: [
            InitCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, StatusCommand.self,
            ExportCommand.self, GapsCommand.self, MapCommand.self, GridCommand.self, AddCommand.self, SetCommand.self,
            InvolveCommand.self,
            UninvolveCommand.self, LinkCommand.self, UnlinkCommand.self, RemoveCommand.self, RenameCommand.self,
            MergeCommand.self, UndoCommand.self, SnapshotCommand.self, DiffCommand.self, AcceptCommand.self, UnacceptCommand.self, HistoryCommand.self,
        ]
    )
}
