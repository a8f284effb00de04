#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Picks the right line reader for standard input.
public enum StandardInputLineReader {
    /// An `EditLineReader` with `historyFile` and `completer` when standard input is a terminal and
    /// libedit starts on it; otherwise a `PlainLineReader` on standard input (no history, no completion).
    public static func make(historyFile: HistoryFile?, completer: EditLineReader.Completer?) -> any LineReader
    {
        if isatty(STDIN_FILENO) == 1,
            let reader = try? EditLineReader(historyFile: historyFile, completer: completer)
        {
            return reader
        }
        return PlainLineReader(fileDescriptor: STDIN_FILENO)
    }
}
