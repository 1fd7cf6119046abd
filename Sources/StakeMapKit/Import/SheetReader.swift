import Foundation

/// The records of one sheet, as ``SheetParser`` wrote them to a file: a CSV
/// line per row, whose first field is `R` and the row number Excel shows
/// (`R7`), or `E7` and a problem of that row for the import to report.
enum SheetRecords {
    static func encode(_ problem: WorkbookMessage) -> [String] {
        switch problem {
        // The title's letter mark is a control character, which CSV text cannot hold.
        case .errorCell(let column, let value):
            ["errorCell"]
                + column.split(separator: ColumnTitle.letterMark, omittingEmptySubsequences: false).map(String.init)
                + [value]
        case .errorInHeader(let cell, let value): ["errorInHeader", cell, value]
        case .cellRightOfHeader(let cell, let last): ["cellRightOfHeader", cell, last]
        default: ["damaged"]
        }
    }

    static func decode(_ fields: ArraySlice<String>) -> WorkbookMessage {
        let values = Array(fields.dropFirst()) + ["", "", ""]
        switch fields.first {
        case "errorCell":
            return .errorCell(column: ColumnTitle.withLetter(values[0], letter: values[1]), value: values[2])
        case "errorInHeader": return .errorInHeader(cell: values[0], value: values[1])
        case "cellRightOfHeader": return .cellRightOfHeader(cell: values[0], lastColumn: values[1])
        default: return .damaged
        }
    }
}

/// Reads a sheet's records back for the import, as a ``RecordReader``: each
/// record's line is its row in Excel, its fields the cells from column A on.
final class SheetReader: RecordReader {
    private let records: CSVReader
    private let descriptor: Int32
    /// The workbook's size and the records file's, to show progress in the workbook's bytes.
    private let workbookSize: Int
    private let recordsSize: Int

    init(records path: String, workbookSize: Int) throws(CSVError) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CSVError(line: 1, problem: .readFailed(reason: String(cString: strerror(errno))))
        }
        var info = stat()
        recordsSize = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        self.workbookSize = workbookSize
        do {
            records = try CSVReader(fileDescriptor: descriptor, delimiter: UInt8(ascii: ","), encoding: .utf8)
        } catch {
            close(descriptor)
            throw error
        }
    }

    deinit { close(descriptor) }

    var namesColumnsByLetter: Bool { true }

    var bytesRead: Int {
        recordsSize > 0 ? Int(Double(records.bytesRead) / Double(recordsSize) * Double(workbookSize)) : 0
    }

    var fieldsWanted: [Bool] {
        get { records.fieldsWanted.isEmpty ? [] : Array(records.fieldsWanted.dropFirst()) }
        set { records.fieldsWanted = newValue.isEmpty ? [] : [true] + newValue }
    }

    func next() throws(CSVError) -> CSVRecord? {
        guard let record = try records.next(), let first = record.fields.first, first.count > 1 else { return nil }
        let row = Int(first.dropFirst()) ?? 1
        if first.hasPrefix("E") {
            throw CSVError(line: row, problem: .workbook(SheetRecords.decode(record.fields.dropFirst())))
        }
        return CSVRecord(line: row, fields: Array(record.fields.dropFirst()))
    }
}
