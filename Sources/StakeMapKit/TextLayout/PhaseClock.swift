import Foundation

/// With `STAKEMAP_TRACE` set, prints on stderr how long each phase of a command
/// took (`  rows: 1.234 s`); silent otherwise. `bench/map-vs-dot.sh` reads the
/// `render` phase of `map`.
public final class PhaseClock: @unchecked Sendable {
    private static let enabled = ProcessInfo.processInfo.environment["STAKEMAP_TRACE"] != nil
    /// The clock of the graph loading and the gap rules, shared by every command that reads the graph.
    static let analysis = PhaseClock()

    // Only the thread that runs the command reads and sets it.
    private var start = Date()

    public init() {}

    /// Prints the time since the previous phase (or since the clock was made).
    public func phase(_ name: String) {
        guard Self.enabled else { return }
        StandardError.write("  \(name): \(String(format: "%.3f", -start.timeIntervalSinceNow)) s\n")
        start = Date()
    }
}
