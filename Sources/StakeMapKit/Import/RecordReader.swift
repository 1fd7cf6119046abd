/// Where an import's records come from: a CSV file (``CSVReader``) or a
/// workbook's sheet (``SheetReader``). Both feed the same rows to the import.
protocol RecordReader: AnyObject {
    /// The next record, or nil at the end of the input.
    func next() throws(CSVError) -> CSVRecord?
    /// How much of the input has been read, for progress display.
    var bytesRead: Int { get }
    /// When not empty, the fields a pass needs by position (see ``CSVReader/fieldsWanted``).
    var fieldsWanted: [Bool] { get set }
    /// A record's line is a sheet's row and its columns have letters (`F`),
    /// which messages show beside the header's title.
    var namesColumnsByLetter: Bool { get }
}

extension CSVReader: RecordReader {
    var namesColumnsByLetter: Bool { false }
}
