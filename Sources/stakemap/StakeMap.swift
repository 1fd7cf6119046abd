import ArgumentParser
import StakeMapKit

@main
struct StakeMap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakemap",
        abstract: "Map who is involved in a participation trajectory, inside and outside."
    )
}
