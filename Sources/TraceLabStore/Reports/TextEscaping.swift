/// Makes untrusted text (learner names, ids, given answers, paths) safe to print or export.
public enum TextEscaping {
    /// `text` with every control character (C0, DEL, C1) written as `\xHH` and every bidirectional
    /// override or isolate written as `\u{HHHH}`, so the text cannot move the cursor, recolour the
    /// terminal or reorder what is shown. Everything else, backslashes included, is kept as is.
    public static func escapingControlCharacters(_ text: String) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F:
                escaped += "\\x" + hex(scalar.value, digits: 2)
            case 0x202A...0x202E, 0x2066...0x2069:
                escaped += "\\u{" + hex(scalar.value, digits: 4) + "}"
            default:
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
