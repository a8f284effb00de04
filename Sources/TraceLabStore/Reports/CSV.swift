import Foundation
import TraceLabCore

/// One cell of a CSV export: text cells are neutralised and escaped, other cells are written as is.
public enum CSVField: Hashable, Sendable {
    /// Free text, such as a name or an id.
    case text(String)
    /// A number, rendered with ``NumberText/compact(_:)``; never treated as text, so `-1` stays `-1`.
    case number(Double)
    /// A whole number, such as an attempt id or a count.
    case integer(Int64)
    /// `true` or `false`.
    case bool(Bool)
    /// An empty cell, for a value that does not exist (such as the score of an unfinished attempt).
    case empty
}

/// CSV as RFC 4180 describes it (CRLF line ends, fields with commas, quotes or line breaks quoted,
/// quotes doubled), made safe to open in a spreadsheet.
public enum CSV {
    /// The characters that make a spreadsheet treat a cell as a formula when they come first.
    public static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The whole document: one line per row, each ended by CRLF.
    public static func render(_ rows: [[CSVField]]) -> String {
        rows.map { row in row.map(cell).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field as written in the file. A text cell that starts with `=`, `+`, `-`, `@`, tab or
    /// carriage return gets a leading `'` so spreadsheets show it instead of running it; then its
    /// control characters are escaped (``TextEscaping``) and it is quoted when needed.
    public static func cell(_ field: CSVField) -> String {
        switch field {
        case .text(let text):
            let neutralised =
                text.unicodeScalars.first.map(formulaTriggers.contains) == true ? "'" + text : text
            return quotedIfNeeded(TextEscaping.escapingControlCharacters(neutralised))
        case .number(let value):
            return NumberText.compact(value)
        case .integer(let value):
            return String(value)
        case .bool(let value):
            return value ? "true" : "false"
        case .empty:
            return ""
        }
    }

    private static func quotedIfNeeded(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
