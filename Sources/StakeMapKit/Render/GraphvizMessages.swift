import Foundation

/// Graphviz's messages of one call, split by level. They arrive in pieces:
/// `"Error"` or `"Warning"`, then `": "`, then the formatted text;
/// continuation lines come without a level.
struct MessageLog {
    private enum Level { case error, warning }
    private var entries: [(level: Level, text: String)] = []
    private var pendingLevel: Level?

    var errorCount: Int { entries.count(where: { $0.level == .error }) }

    var warnings: [String] {
        entries.filter { $0.level == .warning }.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    mutating func append(_ piece: String) {
        if let level = pendingLevel {
            pendingLevel = nil
            if piece == ": " {
                entries.append((level, ""))
                return
            }
            // A lone "Error"/"Warning" that was text after all.
            entries.append((level, level == .error ? "Error" : "Warning"))
        }
        switch piece {
        case "Error": pendingLevel = .error
        case "Warning": pendingLevel = .warning
        default:
            if entries.isEmpty { entries.append((.warning, "")) }
            entries[entries.count - 1].text += piece
        }
    }

    /// The error messages joined into one line; nil when Graphviz gave none.
    var said: String? {
        let texts = entries.filter { $0.level == .error }
            // One line per message: Graphviz breaks some across lines.
            .map { $0.text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) } }
            .map { $0.filter { !$0.isEmpty }.joined(separator: " ") }
            .filter { !$0.isEmpty }
        return texts.isEmpty ? nil : texts.joined(separator: "; ")
    }
}
