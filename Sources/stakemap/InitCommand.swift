import ArgumentParser
import StakeMapKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: ProjectHelp.initAbstract.inHelpLanguage,
        discussion: ProjectHelp.initDiscussion.inHelpLanguage)

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors(in: common.language) {
            let store = try common.openForWriting(checking: .thorough)
            let applied = store.appliedAtOpen
            printStderr(
                Screen.initReady(path: common.path, schema: StakeMapStore.schemaVersion, applied: applied)
                    .text(in: common.language))
        }
    }
}
