import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An Excel workbook (`.xlsx`) given to `import`, recognised by its content
/// (SPEC §10). Opening it reads the parts that say where the sheet is and how
/// its cells read (with `XMLParser`), then streams the sheet: each chunk the
/// zip unpacks goes to ``SheetScanner``, which writes the rows to a
/// temporary file as records. The import reads that, as often as it needs,
/// through ``SheetReader``. Memory holds the shared strings and one row, not
/// the sheet.
///
/// (The zip pushes its chunks and the import pulls rows: the records file
/// joins the two without a thread, and lets the import read the rows twice.)
final class WorkbookFile {
    /// The most that all parts of a workbook may unpack to.
    static let unpackLimit = 1 << 30

    private let directory: String
    let recordsPath: String
    let size: Int
    /// The sheet read, by name.
    let sheetName: String

    /// What the first bytes of an input say it is.
    enum Content: Equatable {
        case text
        /// A zip file: an .xlsx, or an .ods, or another zip.
        case zip
        /// An OLE2 compound file: an .xls, or an .xlsx saved with a password.
        case compoundFile
    }

    /// The content of a regular file by its first bytes, read without moving its offset.
    static func content(of descriptor: Int32) -> Content {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .text }
        var bytes = [UInt8](repeating: 0, count: 8)
        let offset = lseek(descriptor, 0, SEEK_CUR)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 8, max(offset, 0)) }
        guard count >= 4 else { return .text }
        if bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 3 || bytes[2] == 5) { return .zip }
        if count == 8 && bytes == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] { return .compoundFile }
        return .text
    }

    /// Why a compound file cannot be read: a workbook with a password keeps
    /// its package in a stream named `EncryptionInfo` (MS-OFFCRYPTO), an .xls does not.
    static func compoundFileProblem(_ path: String) -> WorkbookMessage {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .oldExcel }
        defer { try? handle.close() }
        let name = Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var previous = Data()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            if (previous + chunk).range(of: name) != nil { return .passwordProtected }
            previous = chunk.suffix(name.count)
        }
        return .oldExcel
    }

    /// Opens the workbook at `path` and reads its sheet `sheet` (a name, or a
    /// number from 1; nil: the first) into records.
    init(path: String, sheet: String?, unpackLimit: Int = WorkbookFile.unpackLimit) throws(CSVError) {
        var template = Array(
            (NSTemporaryDirectory() as NSString).appendingPathComponent("stakemap-xlsx.XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CSVError(line: 1, problem: .readFailed(reason: String(cString: strerror(errno))))
        }
        directory = String(cString: made)
        recordsPath = directory + "/records.csv"
        var info = stat()
        size = stat(path, &info) == 0 ? Int(info.st_size) : 0
        do {
            sheetName = try Self.read(path: path, sheet: sheet, limit: unpackLimit, into: directory)
        } catch {
            Self.remove(directory)
            throw error
        }
    }

    deinit { Self.remove(directory) }

    func reader() throws(CSVError) -> SheetReader {
        try SheetReader(records: recordsPath, workbookSize: size)
    }

    private static func remove(_ directory: String) {
        try? FileManager.default.removeItem(atPath: directory)
    }

    // MARK: Reading the parts

    private static func read(path: String, sheet: String?, limit: Int, into directory: String) throws(CSVError)
        -> String
    {
        let clock = PhaseClock()
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw CSVError(line: 1, problem: .workbook(.damaged))
        }
        var unpacked = Unpacked(limit: limit)
        // The sizes the zip declares, checked before anything is unpacked; the
        // bytes unpacked are counted too, in case they lie.
        var declared: UInt64 = 0
        for entry in archive { declared += entry.uncompressedSize }
        guard declared <= UInt64(limit) else { throw CSVError(line: 1, problem: .workbook(.tooLarge(limit: limit))) }

        let packageRelationships = RelationshipsPart()
        if let entry = archive["_rels/.rels"] {
            try parse(try unpacked.data(of: entry, in: archive), entry.path, with: packageRelationships)
        }
        let workbookPath = WorkbookParts.resolve(
            packageRelationships.target(ofType: "officeDocument") ?? "xl/workbook.xml", from: "")
        guard let workbookEntry = archive[workbookPath] else {
            let openDocument = archive["mimetype"] != nil || archive["content.xml"] != nil
            throw CSVError(line: 1, problem: .workbook(openDocument ? .openDocument : .notAWorkbook))
        }
        let workbook = WorkbookPart()
        try parse(try unpacked.data(of: workbookEntry, in: archive), workbookPath, with: workbook)
        let folder = (workbookPath as NSString).deletingLastPathComponent
        let relationships = RelationshipsPart()
        let relationshipsPath = WorkbookParts.resolve(
            "_rels/" + (workbookPath as NSString).lastPathComponent + ".rels", from: folder)
        if let entry = archive[relationshipsPath] {
            try parse(try unpacked.data(of: entry, in: archive), relationshipsPath, with: relationships)
        }

        let chosen = try choose(sheet, of: workbook.sheets.map(\.name))
        let relationship = workbook.sheets[chosen].relationship
        let sheetPath =
            relationships.relationships.first { $0.id == relationship }
            .map { WorkbookParts.resolve($0.target, from: folder) } ?? "\(folder)/worksheets/sheet\(chosen + 1).xml"
        guard let sheetEntry = archive[sheetPath] else { throw CSVError(line: 1, problem: .workbook(.damaged)) }

        var formats: [CellFormat] = []
        if let target = relationships.target(ofType: "styles"),
            let entry = archive[WorkbookParts.resolve(target, from: folder)]
        {
            let styles = StylesPart()
            try parse(try unpacked.data(of: entry, in: archive), entry.path, with: styles)
            formats = styles.formats
        }
        var strings: [String] = []
        if let target = relationships.target(ofType: "sharedStrings"),
            let entry = archive[WorkbookParts.resolve(target, from: folder)]
        {
            let shared = SharedStrings()
            try read(entry, in: archive, unpacked: &unpacked, into: shared, part: entry.path, directory: directory)
            strings = shared.strings
        }

        clock.phase("workbook parts")
        let context = SheetRows.Context(strings: strings, formats: formats, date1904: workbook.date1904)
        let records = directory + "/records.csv"
        try writeRecords(to: records) { output throws(CSVError) in
            try read(
                sheetEntry, in: archive, unpacked: &unpacked, into: SheetRows(context, output: output), part: sheetPath,
                directory: directory)
        }
        clock.phase("sheet to records")
        return workbook.sheets[chosen].name
    }

    /// Reads a part (the sheet or the shared strings) into `events` as it is
    /// unpacked, with ``SheetScanner``; a part in UTF-16 is unpacked into a
    /// file first and read with ``SheetParser``. Damaged XML is an error at the sheet's row.
    private static func read(
        _ entry: Entry, in archive: Archive, unpacked: inout Unpacked, into events: any SheetEvents, part: String,
        directory: String
    ) throws(CSVError) {
        let row = { (events as? SheetRows)?.currentRow ?? 1 }
        if SheetScanner.isUTF8(try unpacked.head(of: entry, in: archive)) {
            let scanner = SheetScanner(events)
            try unpacked.unpack(entry, in: archive) { try scanner.feed($0) }
            scanner.finish()
            if let malformed = scanner.malformed {
                throw CSVError(line: row(), problem: .workbook(.badXML(part: part, reason: malformed)))
            }
            return
        }
        let file = directory + "/part.xml"
        try unpacked.extract(entry, in: archive, to: file)
        defer { unlink(file) }
        let parser = SheetParser(events)
        guard let stream = InputStream(fileAtPath: file) else {
            throw CSVError(line: 1, problem: .readFailed(reason: file))
        }
        let reason = WorkbookParts.parse(stream, with: parser)
        if let failure = parser.writeFailure {
            throw failure as? CSVError ?? CSVError(line: 1, problem: .readFailed(reason: "\(failure)"))
        }
        if let reason { throw CSVError(line: row(), problem: .workbook(.badXML(part: part, reason: reason))) }
    }

    /// The index of the sheet `choice` names: its name (as Excel compares
    /// them, without regard to case), else its number from 1.
    private static func choose(_ choice: String?, of names: [String]) throws(CSVError) -> Int {
        guard !names.isEmpty else { throw CSVError(line: 1, problem: .workbook(.noSheets)) }
        guard let choice else { return 0 }
        if let index = names.firstIndex(where: { $0.lowercased() == choice.lowercased() }) { return index }
        if let number = Int(choice.trimmingCharacters(in: .whitespaces)) {
            guard number >= 1 && number <= names.count else {
                throw CSVError(line: 1, problem: .workbook(.sheetNumberOutOfRange(number, count: names.count)))
            }
            return number - 1
        }
        throw CSVError(line: 1, problem: .workbook(.sheetNotFound(choice, sheets: names)))
    }

    private static func parse(_ data: Data, _ part: String, with delegate: XMLParserDelegate) throws(CSVError) {
        if let reason = WorkbookParts.parse(InputStream(data: data), with: delegate) {
            throw CSVError(line: 1, problem: .workbook(.badXML(part: part, reason: reason)))
        }
    }

    /// Writes the sheet's records to `recordsPath` with what `read` writes through the output it is given.
    private static func writeRecords(
        to recordsPath: String, _ read: (BufferedOutput) throws(CSVError) -> Void
    ) throws(CSVError) {
        let descriptor = open(recordsPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CSVError(line: 1, problem: .readFailed(reason: String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        let output = BufferedOutput { bytes in
            let code = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
            if code != 0 { throw CSVError(line: 1, problem: .readFailed(reason: String(cString: strerror(code)))) }
        }
        try read(output)
        do {
            try output.flush()
        } catch {
            throw error as? CSVError ?? CSVError(line: 1, problem: .readFailed(reason: "\(error)"))
        }
    }
}

/// The bytes unpacked from a workbook so far, held under its limit.
private struct Unpacked {
    let limit: Int
    var count = 0

    init(limit: Int) { self.limit = limit }

    mutating func data(of entry: Entry, in archive: Archive) throws(CSVError) -> Data {
        var data = Data()
        try unpack(entry, in: archive) { data.append($0) }
        return data
    }

    mutating func extract(_ entry: Entry, in archive: Archive, to path: String) throws(CSVError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw CSVError(line: 1, problem: .readFailed(reason: String(cString: strerror(errno))))
        }
        defer { try? handle.close() }
        try unpack(entry, in: archive) { try handle.write(contentsOf: $0) }
    }

    /// The first chunk of `entry`, to see its encoding; not counted.
    mutating func head(of entry: Entry, in archive: Archive) throws(CSVError) -> Data {
        var head = Data()
        let before = count
        try unpack(entry, in: archive) { chunk in
            head = chunk
            throw Enough()
        }
        count = before
        return head
    }

    /// Ends an unpacking early without an error.
    private struct Enough: Error {}

    /// Unpacks `entry` chunk by chunk into `consume`; a `CSVError` it throws ends the unpacking as it is.
    mutating func unpack(_ entry: Entry, in archive: Archive, _ consume: (Data) throws -> Void) throws(CSVError) {
        var count = self.count
        let limit = self.limit
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { chunk in
                count += chunk.count
                if count > limit { throw CSVError(line: 1, problem: .workbook(.tooLarge(limit: limit))) }
                try consume(chunk)
            }
        } catch let error as CSVError {
            throw error
        } catch is Enough {
        } catch {
            throw CSVError(line: 1, problem: .workbook(.damaged))
        }
        self.count = count
    }
}
