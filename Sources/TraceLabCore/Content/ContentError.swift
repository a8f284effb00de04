/// A mistake in a content file (scenario, lesson or quiz): where it is and what to do about it.
public struct ContentError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's name as the user knows it (a path or a bare name).
    public var file: String
    /// The 1-based line, or nil when the problem is the file as a whole.
    public var line: Int?
    /// What is wrong, phrased so the reader knows what to change.
    public var message: String

    /// Creates a content error.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the form editors and compilers use.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
