/// What one request for a line of input produced.
public enum LineReadResult: Sendable, Equatable {
    /// The user accepted a line; the text is exactly what was typed, without the line ending.
    case line(String)
    /// The user pressed Ctrl-C: the line being typed was discarded and nothing was accepted.
    case interrupted
    /// There is no more input: Ctrl-D on an empty line, or the end of the input stream.
    case endOfInput
}

/// A source of lines for the REPL, one line per call.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (where the reader shows prompts at all) and waits for the next line of input.
    func readLine(prompt: String) -> LineReadResult
}
