import ArgumentParser
import Foundation
import StakeMapKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: ProjectHelp.importAbstract.inHelpLanguage,
        discussion: ProjectHelp.importDiscussion.inHelpLanguage + "\n\n" + FormatText.importColumns.inHelpLanguage)

    @Argument(help: ProjectHelp.importKind.argumentHelp)
    var kind: ImportKindArgument

    @Argument(help: ProjectHelp.importFile.argumentHelp)
    var file: String

    @Option(help: ProjectHelp.importDelimiter.argumentHelp)
    var delimiter: DelimiterArgument?

    @Option(help: ProjectHelp.importEncoding.argumentHelp)
    var encoding: EncodingArgument?

    @Option(help: ProjectHelp.importSheet.argumentHelp)
    var sheet: String?

    @Flag(help: ProjectHelp.importIgnoreUnknown.argumentHelp)
    var ignoreUnknown = false

    @Flag(help: ProjectHelp.importDryRun.argumentHelp)
    var dryRun = false

    @Flag(
        help: ArgumentHelp(
            ProjectHelp.importSync.inHelpLanguage, discussion: ProjectHelp.importSyncDiscussion.inHelpLanguage))
    var sync = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reportingErrors(in: common.language) { try performImport() }
    }

    private func performImport() throws {
        let descriptor: Int32
        if file == "-" {
            descriptor = 0
        } else {
            descriptor = open(file, O_RDONLY)
            guard descriptor >= 0 else {
                throw StakeMapError.fileUnreadable(
                    path: file, reason: ImportReport.openFailed(code: errno).text(in: common.language))
            }
            var info = stat()
            if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
                close(descriptor)
                throw StakeMapError.fileUnreadable(path: file, reason: ImportReport.isADirectory.text(in: common.language))
            }
        }
        defer { if descriptor != 0 { close(descriptor) } }
        // A new database appears only when the import has ended: a kill or a
        // dry run leaves no database behind.
        var summary = try importInto(common.openForWriting(creation: .whenFinished), from: descriptor)
        if summary == nil {
            // Another stakemap made the database while this import ran: import into that one.
            guard lseek(descriptor, 0, SEEK_SET) == 0 else {
                throw StakeMapError.databaseUnusable(
                    path: common.path,
                    reason: ImportReport.databaseMadeMeanwhile.text(in: common.language))
            }
            summary = try importInto(common.openForWriting(), from: descriptor)
        }
        if let changes = summary?.changes, !changes.isEmpty {
            try StandardOutput.write(changes.map { $0.text(in: common.language) }.joined(separator: "\n") + "\n")
        }
        for warning in summary?.warnings ?? [] { printStderr(warning.text(in: common.language)) }
        printStderr(summary.map { ImportReport.summary($0).text(in: common.language) } ?? "")
    }

    /// The import's summary, or nil when the new database it made could not
    /// take its path because another process made one there first.
    private func importInto(_ store: StakeMapStore, from descriptor: Int32) throws -> ImportSummary? {
        let options = ImportOptions(
            delimiter: delimiter?.byte, encoding: encoding?.encoding, ignoreUnknown: ignoreUnknown,
            dryRun: dryRun, sync: sync, sheet: sheet)
        let progress = ProgressLine(file: file, descriptor: descriptor, language: common.language)
        var report: (@Sendable (ImportProgress) -> Void)?
        if let progress { report = { state in progress.show(state) } }
        let summary: ImportSummary
        do {
            summary = try Importer.run(
                store, kind: kind.kind, file: file, fileDescriptor: descriptor, options: options,
                progress: report)
        } catch {
            // A file that fails leaves the new database empty, as `init` makes it.
            if dryRun { store.abandonCreating() } else { _ = try? store.finishCreating() }
            throw error
        }
        progress?.clear()
        if dryRun {
            store.abandonCreating()
        } else if try !store.finishCreating() {
            return nil
        }
        return summary
    }
}

struct ImportKindArgument: ExpressibleByArgument {
    let kind: ImportKind
    init?(argument: String) {
        guard let kind = ImportKind(input: argument) else { return nil }
        self.kind = kind
    }
    static var allValueStrings: [String] { ImportKind.allCases.map(\.rawValue) }
}

struct DelimiterArgument: ExpressibleByArgument {
    let byte: UInt8
    init?(argument: String) {
        switch argument.lowercased() {
        case ",", "comma": byte = UInt8(ascii: ",")
        case ";", "semicolon": byte = UInt8(ascii: ";")
        case "tab", "\t", "\\t": byte = UInt8(ascii: "\t")
        default: return nil
        }
    }
    static var allValueStrings: [String] { [",", ";", "tab"] }
}

struct EncodingArgument: ExpressibleByArgument {
    let encoding: TextEncoding
    init?(argument: String) {
        switch argument.lowercased() {
        case "utf-8", "utf8": encoding = .utf8
        case "windows-1252", "cp1252", "windows1252": encoding = .windows1252
        case "latin1", "latin-1", "iso-8859-1": encoding = .latin1
        default: return nil
        }
    }
    static var allValueStrings: [String] { ["utf-8", "windows-1252", "latin1"] }
}

/// `mensen.csv: 45% (12 MB of 27 MB)` on stderr while a long import runs, only on a terminal.
final class ProgressLine: @unchecked Sendable {
    let file: String
    let total: Int
    let language: Language

    init?(file: String, descriptor: Int32, language: Language) {
        guard isatty(2) == 1 else { return nil }
        var info = stat()
        self.file = file
        self.language = language
        total =
            fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
    }

    func show(_ state: ImportProgress) {
        let line: ImportReport
        switch state {
        case .reading(let bytes):
            let megabytes = bytes / 1_000_000
            line =
                total > 0
                ? .reading(
                    file: file, percent: bytes * 100 / max(total, 1), megabytes: megabytes,
                    totalMegabytes: total / 1_000_000)
                : .readingStream(file: file, megabytes: megabytes)
        case .finishing(let rows):
            line = .finishing(file: file, rows: rows)
        }
        StandardError.write("\r\(line.text(in: language))\u{1B}[K")
    }

    func clear() {
        StandardError.write("\r\u{1B}[K")
    }
}
