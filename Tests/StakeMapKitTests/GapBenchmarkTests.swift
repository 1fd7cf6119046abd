import Foundation
import StakeMapKit
import XCTest

/// All gap rules on a large database, timed: `STAKEMAP_BENCH=/path/to.db swift test
/// -c release --filter GapBenchmarkTests`. Skipped without the variable.
final class GapBenchmarkTests: XCTestCase {
    func testAllRulesOnLargeGraph() throws {
        guard let path = ProcessInfo.processInfo.environment["STAKEMAP_BENCH"] else {
            throw XCTSkip("set STAKEMAP_BENCH to a database path to run the benchmark")
        }
        let store = try StakeMapStore.openForReading(path: path)
        let clock = ContinuousClock()
        var report: GapReport?
        let cpuBefore = Self.cpuSeconds()
        let elapsed = try clock.measure { report = try GapFinder.run(store) }
        let cpu = Self.cpuSeconds() - cpuBefore
        let counts = report!.counts
        print(
            "gaps benchmark: \(path): \(elapsed) (CPU \(cpu) s) for \(report!.gaps.count) gaps "
                + "(high \(counts[.high]!), medium \(counts[.medium]!), low \(counts[.low]!)), peak RSS \(Self.peakResidentMegabytes()) MB"
        )
        let statusElapsed = try clock.measure { _ = try ProjectStatus.compute(store) }
        print("status benchmark: \(statusElapsed), peak RSS \(Self.peakResidentMegabytes()) MB")
    }

    /// User + system CPU time of this process so far, in seconds.
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
