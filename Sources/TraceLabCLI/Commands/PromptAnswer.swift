/// What asking the person at the keyboard for a line gave.
public enum PromptAnswer: Hashable, Sendable {
    /// A line (without its newline).
    case line(String)
    /// Ctrl-C: the person cancelled.
    case interrupted
    /// Ctrl-D or the end of standard input.
    case endOfInput
}

/// Shows a prompt and reads one line.
public typealias Ask = @Sendable (_ prompt: String) -> PromptAnswer
