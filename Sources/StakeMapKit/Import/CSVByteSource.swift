#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the reader's bytes come from: a file descriptor, or an array for small inputs.
struct ByteSource {
    private let fileDescriptor: Int32?
    private let bytes: [UInt8]
    private var offset = 0

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        bytes = []
    }

    init(bytes: [UInt8]) {
        fileDescriptor = nil
        self.bytes = bytes
    }

    /// Like read(2): the number of bytes read, 0 at the end, -1 on an error (see errno).
    mutating func read(into destination: UnsafeMutablePointer<UInt8>, maxCount: Int) -> Int {
        guard let fileDescriptor else {
            let count = min(maxCount, bytes.count - offset)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBufferPointer { source in
                destination.update(from: source.baseAddress! + offset, count: count)
            }
            offset += count
            return count
        }
        while true {
            let count = systemRead(fileDescriptor, destination, maxCount)
            if count >= 0 || errno != EINTR { return count }
        }
    }
}

/// read(2), which `ByteSource.read` hides by its name.
private func systemRead(_ fd: Int32, _ destination: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(fd, destination, count)
}
