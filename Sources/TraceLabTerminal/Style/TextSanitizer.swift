/// Makes text from content files, span data or user input safe to write to a terminal: it removes
/// escape sequences (CSI, OSC, DCS and the rest, in their 7-bit and 8-bit forms) and every other
/// C0 or C1 control character, plus the Unicode controls that reorder displayed text, so no input
/// can move the cursor, change colours, set the window title or disguise what is shown.
public enum TextSanitizer {
    /// `text` with escape sequences and control characters removed; newlines and tabs are kept,
    /// and a carriage-return line feed pair becomes a single newline.
    public static func sanitize(_ text: String) -> String {
        clean(text, keepLineBreaks: true)
    }

    /// `text` made safe and flat for one line of output: like ``sanitize(_:)``, and each newline
    /// or tab also becomes a single space.
    public static func singleLine(_ text: String) -> String {
        clean(text, keepLineBreaks: false)
    }

    private enum State {
        case text
        case escape
        case controlSequence
        case controlString
        case controlStringEscape
    }

    private static func clean(_ text: String, keepLineBreaks: Bool) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var output = String.UnicodeScalarView()
        var state = State.text
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch state {
            case .text:
                state = stateAfter(scalar)
                if state == .text, let kept = keptScalar(scalar, keepLineBreaks: keepLineBreaks) {
                    output.append(kept)
                }
            case .escape:
                state = stateAfterEscape(value)
            case .controlSequence:
                // Parameter and intermediate bytes continue the sequence; a final byte ends it.
                if (0x40...0x7E).contains(value) || !(0x20...0x3F).contains(value) { state = .text }
            case .controlString:
                // Strings (OSC titles, DCS payloads...) end at BEL, ST (ESC \) or 8-bit ST; an
                // unterminated one ends at the line's end so the following lines survive.
                if value == 0x07 || value == 0x9C {
                    state = .text
                } else if value == 0x0A {
                    state = .text
                    output.append(keepLineBreaks ? "\n" : " ")
                } else if value == 0x1B {
                    state = .controlStringEscape
                }
            case .controlStringEscape:
                state = value == 0x5C ? .text : .controlString
            }
        }
        return String(output)
    }

    private static func stateAfter(_ scalar: Unicode.Scalar) -> State {
        switch scalar.value {
        case 0x1B: .escape
        case 0x9B: .controlSequence
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F: .controlString
        default: .text
        }
    }

    private static func stateAfterEscape(_ value: UInt32) -> State {
        switch value {
        case 0x5B: .controlSequence  // ESC [
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F: .controlString  // ESC ] P X ^ _
        case 0x20...0x2F: .escape  // intermediate bytes: the sequence goes on
        default: .text  // a final byte, or anything else, ends the two-byte sequence
        }
    }

    private static func keptScalar(_ scalar: Unicode.Scalar, keepLineBreaks: Bool) -> Unicode.Scalar? {
        let value = scalar.value
        if value == 0x0A || value == 0x09 { return keepLineBreaks ? scalar : " " }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return nil }
        if isReorderingControl(value) { return nil }
        return scalar
    }

    /// Bidirectional overrides, embeddings and isolates, which can make text display in an order
    /// different from the one it is stored in.
    private static func isReorderingControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
