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
        try utf8.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes `bytes` to standard output, with the errors of ``write(_:)``.
    public static func write(bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    private static func write(_ bytes: UnsafeRawBufferPointer) throws {
        let failure = writeAll(bytes, to: 1)
        if failure == EPIPE { throw StakeMapError.outputClosed }
        if failure != 0 {
            throw StakeMapError.outputFailed(reason: String(cString: strerror(failure)))
        }
    }
}

/// Writes all of `text` to the file descriptor with write(2); 0, or the errno of the write that failed.
func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
    var utf8 = text
    return utf8.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
}

/// Writes all of `bytes` to the file descriptor; 0, or the errno of the write that failed.
func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
    // A closed pipe must come back as EPIPE, not kill the process.
    signal(SIGPIPE, SIG_IGN)
    var offset = 0
    while offset < bytes.count {
        let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
            if errno == EINTR { continue }
            return errno
        }
        offset += written
    }
    return 0
}
