import Foundation
import XCTest

/// Runs the built `stakemap` binary the way a user would, in a fresh folder.
struct CLI {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// A scratch folder per test, holding the database.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("stakemap-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    static var binary: URL {
        // The test bundle sits beside the products in .build/<config>/.
        let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") } ?? Bundle.main
        var directory = bundle.bundleURL.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: directory.appendingPathComponent("stakemap").path) {
            directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        }
        return directory.appendingPathComponent("stakemap")
    }

    /// The repository's samples/ folder.
    static var samples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples")
    }

    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @discardableResult
    func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], executable: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["STAKEMAP_DB"] = nil
        // English unless a test asks for a language: the machine's locale must not choose it.
        for key in ["STAKEMAP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { env[key] = nil }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var stderrData = Data()
        group.enter()
        DispatchQueue.global().async {
            stderrData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self),
            status: process.terminationStatus)
    }

    /// Runs a shell script in the folder, with the binary as `$STAKEMAP`.
    func shell(_ script: String) throws -> Result {
        try run(["-c", script], environment: ["STAKEMAP": Self.binary.path], executable: URL(fileURLWithPath: "/bin/bash"))
    }

    static let sampleFiles = [
        ("people", "mensen.csv"), ("units", "afdelingen.csv"), ("groups", "doelgroepen.csv"),
        ("roles", "rollen.csv"), ("links", "relaties.csv"),
    ]

    /// Copies the samples into the folder and imports them in their natural
    /// order; returns the five summary lines.
    @discardableResult
    func importSamples(db: String = "stakemap.db") throws -> [String] {
        var summaries: [String] = []
        for (kind, file) in Self.sampleFiles {
            if !FileManager.default.fileExists(atPath: path(file)) {
                try FileManager.default.copyItem(at: CLI.samples.appendingPathComponent(file), to: URL(fileURLWithPath: path(file)))
            }
            let result = try run(["import", kind, file, "--db", db])
            XCTAssertEqual(result.status, 0, result.stderr)
            summaries.append(result.stderr)
        }
        return summaries
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path(name)))
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }
}

/// Compares with a golden file in Fixtures/golden; STAKEMAP_RECORD=1 rewrites it.
func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden/\(name)")
    if ProcessInfo.processInfo.environment["STAKEMAP_RECORD"] == "1" {
        try actual.write(to: source, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: source, encoding: .utf8)
    XCTAssertEqual(actual, expected, "golden \(name) differs; STAKEMAP_RECORD=1 re-records it", file: file, line: line)
}
