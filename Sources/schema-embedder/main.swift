// Writes EmbeddedSchema.swift: one (name, sql) pair per schema/*.sql file,
// in file-name order. Run by the EmbedSchema build plugin.
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: schema-embedder OUTPUT FILE.sql...\n".utf8))
    exit(64)
}

func swiftLiteral(_ text: String) -> String {
    var literal = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": literal += "\\\\"
        case "\"": literal += "\\\""
        case "\n": literal += "\\n"
        case "\r": literal += "\\r"
        case "\t": literal += "\\t"
        default: literal.unicodeScalars.append(scalar)
        }
    }
    return literal + "\""
}

var source = "// Generated from schema/*.sql by schema-embedder. Do not edit.\n"
source += "enum EmbeddedSchema {\n    static let migrations: [(name: String, sql: String)] = [\n"
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let sql = try String(contentsOf: url, encoding: .utf8)
    let name = url.deletingPathExtension().lastPathComponent
    source += "        (\(swiftLiteral(name)), \(swiftLiteral(sql))),\n"
}
source += "    ]\n}\n"
try source.write(toFile: output, atomically: true, encoding: .utf8)
