import Foundation

/// Standard output, written so that a failure is never silent: a full disk or
/// `> /dev/full` is an error (the CLI exits 74), while a reader that went away
/// (`stakemap … | head`) ends the command quietly.
public enum StandardOutput {
    /// Writes `text` to standard output and flushes it.
    /// Throws `.outputFailed` when the bytes could not be written, and
    /// `.outputClosed` when the reading end of a pipe was closed.
    public static func write(_ text: String) throws {
        let failure = writeAll(text, to: 1)
        if failure == EPIPE { throw StakeMapError.outputClosed }
        if failure != 0 {
            throw StakeMapError.outputFailed(reason: String(cString: strerror(failure)))
        }
    }
}

/// Writes all of `text` to the file descriptor with write(2); 0, or the errno of the write that failed.
func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
    // A closed pipe must come back as EPIPE, not kill the process.
    signal(SIGPIPE, SIG_IGN)
    var failure: Int32 = 0
    var utf8 = text
    utf8.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            offset += written
        }
    }
    return failure
}
