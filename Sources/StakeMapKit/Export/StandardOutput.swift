import Foundation

/// Standard output, written so that a failure is never silent: a full disk or
/// `> /dev/full` is an error (the CLI exits 74), while a reader that went away
/// (`stakemap … | head`) ends the command quietly.
public enum StandardOutput {
    /// Writes `text` to standard output and flushes it.
    /// Throws `.outputFailed` when the bytes could not be written, and
    /// `.outputClosed` when the reading end of a pipe was closed.
    public static func write(_ text: String) throws {
        var utf8 = text
        try utf8.withUTF8 { try writeAll(UnsafeRawBufferPointer($0)) }
    }

    /// Writes `bytes` to standard output, with the errors of ``write(_:)``.
    public static func write(bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try writeAll($0) }
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        // A closed pipe must come back as EPIPE, not kill the process.
        signal(SIGPIPE, SIG_IGN)
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(1, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { throw StakeMapError.outputClosed }
                throw StakeMapError.outputFailed(reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
