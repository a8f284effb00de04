/// A JSON document built in code and rendered deterministically: keys keep the order they were
/// given, strings are control-escaped (``TextEscaping``) before JSON escaping, and non-finite
/// numbers become `null`.
enum JSONValue {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int64)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Pretty-printed with two-space indentation and a final newline.
    func rendered() -> String {
        var output = ""
        write(to: &output, indent: "")
        return output + "\n"
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .null:
            output += "null"
        case .bool(let value):
            output += value ? "true" : "false"
        case .number(let value):
            output += Self.number(value)
        case .integer(let value):
            output += String(value)
        case .string(let value):
            output += Self.quoted(value)
        case .array(let values):
            writeContainer(values.map { (nil, $0) }, open: "[", close: "]", to: &output, indent: indent)
        case .object(let members):
            writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &output, indent: indent)
        }
    }

    private func writeContainer(
        _ entries: [(String?, JSONValue)], open: String, close: String, to output: inout String,
        indent: String
    ) {
        guard !entries.isEmpty else {
            output += open + close
            return
        }
        let inner = indent + "  "
        output += open + "\n"
        for (index, (key, value)) in entries.enumerated() {
            output += inner
            if let key { output += Self.quoted(key) + ": " }
            value.write(to: &output, indent: inner)
            output += index == entries.count - 1 ? "\n" : ",\n"
        }
        output += indent + close
    }

    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in TextEscaping.escapingControlCharacters(text).unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
