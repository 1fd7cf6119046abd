import GRDB

// The vocabulary columns as stored: `node.kind`, `node.side`, `node.level` and
// `node_step.step` hold the words (`person`, `internal`, …), `link.kind` the code
// of table `link_kind`.
extension NodeKind: DatabaseValueConvertible {}
extension Side: DatabaseValueConvertible {}
extension Level: DatabaseValueConvertible {}
extension InvolvementStep: DatabaseValueConvertible {}

extension EdgeKind: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { code.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> EdgeKind? {
        guard case .int64(let code) = dbValue.storage else { return nil }
        return EdgeKind(code: Int(code))
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
    var expected: String

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
    static func words<Word: CaseIterable & RawRepresentable>(_: Word.Type) -> String where Word.RawValue == String {
        let words = Word.allCases.map(\.rawValue)
        return words.dropLast().joined(separator: ", ") + " or " + words.last!
    }

    static func decode<Value: DatabaseValueConvertible>(
        _ row: Row, _ column: String, table: String = "node", node: String?, key: Int64? = nil, expected: String
    ) throws -> Value {
        let value: DatabaseValue = row[column]
        guard let decoded = Value.fromDatabaseValue(value) else {
            throw StoredValueError(node: node, nodeKey: key, column: "\(table).\(column)", value: text(value), expected: expected)
        }
        return decoded
    }

    /// NULL is nil; anything else must decode.
    static func decodeIfPresent<Value: DatabaseValueConvertible>(
        _ row: Row, _ column: String, table: String = "node", node: String?, key: Int64? = nil, expected: String
    ) throws -> Value? {
        let value: DatabaseValue = row[column]
        if value.isNull { return nil }
        guard let decoded = Value.fromDatabaseValue(value) else {
            throw StoredValueError(node: node, nodeKey: key, column: "\(table).\(column)", value: text(value), expected: expected)
        }
        return decoded
    }

    /// A score or weight: NULL, or a whole number from 1 to 5.
    static func score(_ row: Row, _ column: String, table: String = "node", node: String?, key: Int64? = nil) throws -> Int? {
        let expected = "empty or a whole number from 1 to 5"
        let value: Int? = try decodeIfPresent(row, column, table: table, node: node, key: key, expected: expected)
        if let value, !(1...5).contains(value) {
            throw StoredValueError(node: node, nodeKey: key, column: "\(table).\(column)", value: String(value), expected: expected)
        }
        return value
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
