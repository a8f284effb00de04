import TraceLabTerminal

/// Text that came from a user or a content file, made safe to print: no escape sequences or
/// control characters reach the terminal.
enum TextSafety {
    static func clean(_ text: String) -> String {
        TextSanitizer.sanitize(text)
    }
}
