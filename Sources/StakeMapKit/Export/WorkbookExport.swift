import Foundation
import ZIPFoundation

extension Exporter {
    /// The most data rows a sheet holds: Excel's 1,048,576 rows less the header.
    public static let sheetRowLimit = 1_048_575

    /// Writes the graph as one Excel workbook at `path` (SPEC §10): a sheet per
    /// kind (people, units, groups, roles, links) in the columns of the CSV
    /// export, which `import` reads back sheet by sheet into the same graph.
    /// Each sheet's rows stream into a temporary file, then into the zip; the
    /// workbook appears at `path` only when whole. Returns the sheets and their rows.
    @discardableResult
    public static func writeWorkbook(
        _ store: StakeMapStore, to path: String, rowLimit: Int = sheetRowLimit
    ) throws -> [(String, Int)] {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = try WorkbookScratch(beside: path)
        defer { temporary.remove() }
        let sections = GraphListing.Section.allCases
        let sheets: [(name: String, rows: Int, head: String, body: String)] = try store.withSnapshot { snapshot in
            let listing = GraphListing(snapshot)
            return try sections.enumerated().map { position, section in
                let body = temporary.directory + "/sheet\(position + 1).rows"
                let header = GraphListing.csvHeader(section)
                let numeric = Set(header.indices.filter { Self.numericColumns.contains(header[$0]) })
                var widths = header.map(\.count)
                var rows = 0
                try BufferedOutput.writingFile(body) { output in
                    try listing.forEachFileRow(section) { cells in
                        rows += 1
                        if rows > rowLimit {
                            throw StakeMapError.workbookRefused(
                                .sheetTooLong(sheet: section.rawValue, rows: rows, limit: rowLimit))
                        }
                        for (column, cell) in cells.enumerated() where cell.utf8.count > widths[column] {
                            widths[column] = min(cell.count, Self.widest)
                        }
                        try output.write(WorkbookXML.row(rows + 1, cells, numeric: numeric))
                    }
                }
                let head = WorkbookXML.sheetHead(
                    header: header, widths: widths.map { min(max($0, 8), Self.widest) + 2 })
                return (section.rawValue, rows, head, body)
            }
        }
        let zip = temporary.directory + "/workbook.xlsx"
        do {
            let archive = try Archive(url: URL(fileURLWithPath: zip), accessMode: .create)
            let names = sheets.map(\.name)
            try add(archive, "[Content_Types].xml", WorkbookXML.contentTypes(sheets: names.count))
            try add(archive, "_rels/.rels", WorkbookXML.packageRels)
            try add(archive, "xl/workbook.xml", WorkbookXML.workbook(sheets: names))
            try add(archive, "xl/_rels/workbook.xml.rels", WorkbookXML.workbookRels(sheets: names.count))
            try add(archive, "xl/styles.xml", WorkbookXML.styles)
            for (position, sheet) in sheets.enumerated() {
                try addSheet(archive, "xl/worksheets/sheet\(position + 1).xml", head: sheet.head, body: sheet.body)
            }
        } catch let error as StakeMapError {
            throw error
        } catch {
            throw StakeMapError.cannotWrite(path: path, reason: "\(error)")
        }
        guard rename(zip, path) == 0 else {
            let code = errno
            let reason = String(cString: strerror(code))
            throw [ENOSPC, EDQUOT, EFBIG].contains(code)
                ? StakeMapError.outputFileFailed(path: path, reason: reason)
                : StakeMapError.cannotWrite(path: path, reason: reason + " (\(folder))")
        }
        return sheets.map { ($0.name, $0.rows) }
    }

    /// Columns whose whole numbers go into the sheet as numbers, not text.
    static let numericColumns: Set<String> = ["power", "interest", "legitimacy", "urgency", "weight"]
    /// The widest a column is made, in characters.
    static let widest = 60
    /// A fixed time in the zip, so that two exports of one graph are the same bytes.
    static let entryDate = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01

    private static func add(_ archive: Archive, _ path: String, _ text: String) throws {
        let data = Data(text.utf8)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
            compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
        }
    }

    /// A sheet part: its head, the rows from their file, its tail, read as the zip asks for them.
    private static func addSheet(_ archive: Archive, _ path: String, head: String, body: String) throws {
        let headData = Data(head.utf8)
        let tailData = Data(WorkbookXML.sheetTail.utf8)
        guard let rows = FileHandle(forReadingAtPath: body) else {
            throw StakeMapError.cannotWrite(path: body, reason: String(cString: strerror(errno)))
        }
        defer { try? rows.close() }
        let rowBytes = Int(try rows.seekToEnd())
        let total = headData.count + rowBytes + tailData.count
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(total), modificationDate: entryDate,
            compressionMethod: .deflate, bufferSize: 1 << 16
        ) { position, size in
            var chunk = Data()
            var at = Int(position)
            let end = min(at + size, total)
            while at < end {
                if at < headData.count {
                    let upTo = min(end, headData.count)
                    chunk.append(headData.subdata(in: at..<upTo))
                    at = upTo
                } else if at < headData.count + rowBytes {
                    try rows.seek(toOffset: UInt64(at - headData.count))
                    let count = min(end, headData.count + rowBytes) - at
                    let read = try rows.read(upToCount: count) ?? Data()
                    guard !read.isEmpty else { break }
                    chunk.append(read)
                    at += read.count
                } else {
                    let from = at - headData.count - rowBytes
                    let upTo = min(end - headData.count - rowBytes, tailData.count)
                    chunk.append(tailData.subdata(in: from..<upTo))
                    at = end
                }
            }
            return chunk
        }
    }
}

/// A private folder beside the workbook being written, for its sheets' rows
/// and the zip until it is renamed into place.
private struct WorkbookScratch {
    let directory: String

    init(beside path: String) throws {
        let url = URL(fileURLWithPath: path)
        var template = Array(
            url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).XXXXXX").path.utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw StakeMapError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        directory = String(cString: made)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
