import Foundation

/// A file the tool writes whole (`--out` of `map`, `grid` and `export`):
/// Foundation's atomic write puts the bytes in a temporary file beside the
/// target and renames it over the target only when all are written, so a full
/// disk leaves an old file as it was and no new or temporary file behind
/// (checked on a full 1 MiB tmpfs in `FullDiskTests`).
public enum OutputFile {
    /// Writes `data` to `path`. A full disk or quota is `.outputFileFailed`
    /// (exit 74); any other failure, a missing folder say, is `.cannotWrite`.
    public static func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            if let space = outOfSpace(error) {
                throw StakeMapError.outputFileFailed(path: path, reason: space)
            }
            throw StakeMapError.cannotWrite(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// strerror's words for a full disk, a full quota or a file too large, else nil.
    static func outOfSpace(_ error: Error) -> String? {
        if let cocoa = error as? CocoaError, cocoa.code == .fileWriteOutOfSpace {
            return String(cString: strerror(ENOSPC))
        }
        let posix = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError) ?? (error as NSError)
        if posix.domain == NSPOSIXErrorDomain, [ENOSPC, EDQUOT, EFBIG].contains(Int32(posix.code)) {
            return String(cString: strerror(Int32(posix.code)))
        }
        return nil
    }
}
