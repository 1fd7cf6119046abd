import Foundation
import StakeMapKit
import XCTest

/// All gap rules on a large database, timed. Skipped unless STAKEMAP_BENCH names a
/// database; run one test per process so that its peak RSS is its own:
/// `STAKEMAP_BENCH=/path/to.db swift test -c release --filter GapBenchmarkTests/testGaps`.
final class GapBenchmarkTests: XCTestCase {
    func testGapsOnLargeGraph() throws {
        let store = try Self.store()
        var report: GapReport?
        let (seconds, cpu) = try Self.measure { report = try GapFinder.run(store) }
        let counts = report!.counts
        print(
            "gaps benchmark: \(store.path): \(seconds) s (CPU \(cpu) s), peak RSS \(Self.peakResidentMegabytes()) MB, "
                + "\(report!.gaps.count) gaps (high \(counts[.high]!), medium \(counts[.medium]!), low \(counts[.low]!))")
    }

    func testStatusOnLargeGraph() throws {
        let store = try Self.store()
        let (seconds, cpu) = try Self.measure { _ = try ProjectStatus.compute(store) }
        print("status benchmark: \(store.path): \(seconds) s (CPU \(cpu) s), peak RSS \(Self.peakResidentMegabytes()) MB")
    }

    static func store() throws -> StakeMapStore {
        guard let path = ProcessInfo.processInfo.environment["STAKEMAP_BENCH"] else {
            throw XCTSkip("set STAKEMAP_BENCH to a database path to run the benchmark")
        }
        return try StakeMapStore.openForReading(path: path)
    }

    /// Wall-clock and CPU (user + system) seconds of `work`.
    static func measure(_ work: () throws -> Void) rethrows -> (Double, Double) {
        let cpuBefore = cpuSeconds()
        let start = ContinuousClock.now
        try work()
        let elapsed = ContinuousClock.now - start
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return ((wall * 1000).rounded() / 1000, ((cpuSeconds() - cpuBefore) * 1000).rounded() / 1000)
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    }

    /// VmHWM from /proc/self/status (Linux), in MB; 0 where there is none.
    static func peakResidentMegabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        return kilobytes / 1024
    }
}
