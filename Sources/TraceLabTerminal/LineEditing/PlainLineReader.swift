/// Reads lines without any terminal features, for when standard input is a pipe or a file.
///
/// It writes nothing: no prompt, no colour, no echo. Each line is returned without its line ending
/// (`\n`, `\r\n` or a lone trailing `\r`); everything else, including control characters and very long
/// lines, is returned unchanged for the caller to sanitize. After the source runs dry every call
/// returns `.endOfInput`.
public final class PlainLineReader: LineReader {
    private let nextLine: () -> String?
    private var exhausted = false

    /// Reads from `nextLine`, which returns one line per call (with or without its line ending)
    /// and `nil` once the input has ended.
    public init(nextLine: @escaping () -> String?) {
        self.nextLine = nextLine
    }

    /// Reads from the open file descriptor `fileDescriptor` (standard input by default), decoding UTF-8
    /// and replacing invalid bytes with U+FFFD. The descriptor is not closed.
    public convenience init(fileDescriptor: Int32 = 0) {
        let source = FileDescriptorLineSource(fileDescriptor: fileDescriptor)
        self.init(nextLine: { source.nextLine() })
    }

    /// Returns the next line of input, ignoring `prompt`, or `.endOfInput` once the input has ended.
    public func readLine(prompt: String) -> LineReadResult {
        guard !exhausted, let raw = nextLine() else {
            exhausted = true
            return .endOfInput
        }
        return .line(Self.removingLineEnding(from: raw))
    }

    private static func removingLineEnding(from raw: String) -> String {
        var scalars = Substring(raw).unicodeScalars
        if scalars.last == "\n" { scalars.removeLast() }
        if scalars.last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
