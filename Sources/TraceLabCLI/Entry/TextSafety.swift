import TraceLabTerminal

/// Text that came from a user or a content file, made safe to print: no escape sequences or
/// control characters reach the terminal.
enum TextSafety {
    static func clean(_ text: String) -> String {
        TextSanitizer.sanitize(text)
    }

    /// The longest message line printed, in characters.
    static let maximumErrorLineLength = 600

    /// `text` made safe and kept to one line of at most ``maximumErrorLineLength`` characters,
    /// for messages that quote file content or user input.
    static func errorLine(_ text: String) -> String {
        let flat = TextSanitizer.singleLine(text)
        guard flat.count > maximumErrorLineLength else { return flat }
        return String(flat.prefix(maximumErrorLineLength - 1)) + "…"
    }
}
