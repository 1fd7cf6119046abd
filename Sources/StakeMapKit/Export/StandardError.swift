/// Standard error, for messages, summaries and progress. A failed write
/// (`2>/dev/full`, a closed pipe or descriptor) is ignored: there is nowhere
/// left to report it, and the exit status still says how the command ended.
/// (`FileHandle.standardError.write` stopped the process with SIGILL instead.)
public enum StandardError {
    public static func write(_ text: String) {
        _ = writeAll(text, to: 2)
    }
}
