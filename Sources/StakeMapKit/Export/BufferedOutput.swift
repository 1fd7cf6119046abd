import Foundation

/// Text written piece by piece through a 64 KiB buffer to standard output, a
/// file or a string, so that a listing of a million records is never held whole.
public final class BufferedOutput {
    private var buffer: [UInt8] = []
    private let destination: ([UInt8]) throws -> Void
    private static let capacity = 1 << 16

    init(_ destination: @escaping ([UInt8]) throws -> Void) {
        self.destination = destination
        buffer.reserveCapacity(Self.capacity + 4096)
    }

    /// Standard output, written as ``StandardOutput`` writes it.
    public static func standardOutput() -> BufferedOutput {
        BufferedOutput { try StandardOutput.write(bytes: $0) }
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.capacity { try flush() }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try destination(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// What `body` writes, as one string (tests, small outputs).
    static func collecting(_ body: (BufferedOutput) throws -> Void) throws -> String {
        var bytes: [UInt8] = []
        let output = BufferedOutput { bytes += $0 }
        try body(output)
        try output.flush()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the file at `path` with what `body` writes: into a temporary file
    /// beside it, renamed over it when complete, so that a failure (a full disk)
    /// leaves the old file as it was and no temporary file behind.
    public static func writingFile(_ path: String, _ body: (BufferedOutput) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        var template = Array(
            url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw StakeMapError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var closed = false
        defer {
            if !closed { close(descriptor) }
            unlink(temporary)  // gone after the rename; left over only after a failure
        }
        // mkstemp makes the file private; give it the permissions a new file gets.
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        // A full disk or quota is exit 74, as for OutputFile; the old file stays.
        func failure(_ code: Int32) -> StakeMapError {
            let reason = String(cString: strerror(code))
            return [ENOSPC, EDQUOT, EFBIG].contains(code)
                ? .outputFileFailed(path: path, reason: reason) : .cannotWrite(path: path, reason: reason)
        }
        let output = BufferedOutput { bytes in
            let code = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
            if code != 0 { throw failure(code) }
        }
        try body(output)
        try output.flush()
        closed = true
        guard close(descriptor) == 0, rename(temporary, path) == 0 else { throw failure(errno) }
    }
}
