/// How violation messages show the received text: quoted, on one line, and short.
enum ViolationText {
    /// The longest piece of received text a message quotes before cutting it.
    static let quoteLimit = 40

    /// `text` in single quotes, cut after ``quoteLimit`` characters, with control characters escaped.
    static func quote(_ text: some StringProtocol) -> String {
        let shown = text.count > quoteLimit ? String(text.prefix(quoteLimit)) + "..." : String(text)
        return "'" + shown.unicodeScalars.map(printable).joined() + "'"
    }

    /// One character as a message shows it: itself, or an escape such as `\t` for a control character.
    static func printable(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\t": "\\t"
        case "\n": "\\n"
        case "\r": "\\r"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            "\\u{" + String(scalar.value, radix: 16) + "}"
        default: String(scalar)
        }
    }

    /// "1 character" or "n characters".
    static func characters(_ count: Int) -> String {
        count == 1 ? "1 character" : "\(count) characters"
    }
}
