import GRDB

// The vocabulary columns as stored: `node.kind`, `node.side`, `node.level` and
// `node_step.step` hold the words (`person`, `internal`, …), `link.kind` the code
// of table `link_kind`. Read straight from the statement (StatementColumnConvertible):
// through `DatabaseValue`, reading the graph took three times as long.
extension NodeKind: DatabaseValueConvertible, StatementColumnConvertible {
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        self.init(rawValue: String(sqliteStatement: sqliteStatement, index: index))
    }
}

extension Side: DatabaseValueConvertible, StatementColumnConvertible {
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        self.init(rawValue: String(sqliteStatement: sqliteStatement, index: index))
    }
}

extension Level: DatabaseValueConvertible, StatementColumnConvertible {
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        self.init(rawValue: String(sqliteStatement: sqliteStatement, index: index))
    }
}

extension InvolvementStep: DatabaseValueConvertible, StatementColumnConvertible {
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        self.init(rawValue: String(sqliteStatement: sqliteStatement, index: index))
    }
}

extension EdgeKind: DatabaseValueConvertible, StatementColumnConvertible {
    public var databaseValue: DatabaseValue { code.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> EdgeKind? {
        guard case .int64(let code) = dbValue.storage else { return nil }
        return EdgeKind(code: Int(code))
    }

    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        guard let code = Int(sqliteStatement: sqliteStatement, index: index) else { return nil }
        self.init(code: code)
    }
}

/// A value in the database that this stakemap does not know (written by another
/// program, or by hand): which node, which column, what it holds. The reader adds
/// the database's path and turns it into ``StakeMapError/storedValueUnknown``.
struct StoredValueError: Error {
    /// The node's id, or nil when only its key is known yet (a link's source).
    var node: String?
    var nodeKey: Int64?
    /// `table.column`, e.g. `node.side`.
    var column: String
    var value: String
    /// What the column may hold, e.g. `internal or external`.
    var expected: StoredExpectation

    func stakeMapError(path: String) -> StakeMapError {
        .storedValueUnknown(
            path: path, node: node ?? nodeKey.map { "with key \($0)" } ?? "?", column: column, value: value,
            expected: expected)
    }
}

/// Decoding of stored columns that never traps: a value outside what the column
/// may hold throws ``StoredValueError``.
enum StoredValue {
    /// The words of a vocabulary, for messages: `internal or external`.
    static func words<Word: CaseIterable & RawRepresentable>(_: Word.Type) -> StoredExpectation
    where Word.RawValue == String {
        .words(Word.allCases.map(\.rawValue))
    }

    static func decode<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ row: Row, _ column: Column, node: String?, key: Int64? = nil, expected: @autoclosure () -> StoredExpectation
    ) throws -> Value {
        do {
            return try row.decode(Value.self, atIndex: column.index)
        } catch {
            throw StoredValueError(
                node: node, nodeKey: key, column: column.name, value: text(row[column.index]), expected: expected())
        }
    }

    /// NULL is nil; anything else must decode.
    static func decodeIfPresent<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ row: Row, _ column: Column, node: String?, key: Int64? = nil, expected: @autoclosure () -> StoredExpectation
    ) throws -> Value? {
        try decode(row, column, node: node, key: key, expected: expected())
    }

    /// A score or weight: NULL, or a whole number from 1 to 5.
    static func score(_ row: Row, _ column: Column, node: String?, key: Int64? = nil) throws -> Int? {
        let expected = StoredExpectation.score
        let value: Int? = try decodeIfPresent(row, column, node: node, key: key, expected: expected)
        if let value, !(1...5).contains(value) {
            throw StoredValueError(
                node: node, nodeKey: key, column: column.name, value: text(row[column.index]), expected: expected)
        }
        return value
    }

    /// A column of a query: where it sits in each row, found by its name once per
    /// statement (looking the name up in every row was a fifth of reading a graph),
    /// and its name for messages, `table.column`.
    struct Column {
        let index: Int
        // Static strings: a column is copied for every row, and these need no counting.
        private let table: StaticString
        private let column: StaticString

        var name: String { "\(table).\(column)" }

        init(_ column: StaticString, table: StaticString = "node", in names: [String]) throws {
            guard let index = names.firstIndex(where: { $0.lowercased() == column.description }) else {
                throw StoredValueError(node: nil, column: "\(table).\(column)", value: "no such column", expected: .column)
            }
            self.index = index
            self.table = table
            self.column = column
        }
    }

    /// How a message shows a stored value: text in quotes, numbers as they are.
    static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "NULL"
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): "'\(text)'"
        case .blob(let data): "a blob of \(data.count) bytes"
        }
    }
}
