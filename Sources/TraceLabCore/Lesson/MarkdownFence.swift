/// A fenced code block's opening line (```` ``` ```` or `~~~`, CommonMark rules): which
/// character, how many, and the info string.
struct MarkdownFence: Sendable, Equatable {
    /// The fence character, a backtick or a tilde.
    var character: Character
    /// How many fence characters opened the block.
    var length: Int
    /// The text after the fence characters, trimmed (`tracelab`, `swift`, or empty).
    var info: String

    /// The fence `line` opens, or nil when it opens none.
    init?(opening line: Substring) {
        guard let (character, length, rest) = Self.split(line) else { return nil }
        let info = String(rest.trimmingWhitespace)
        if character == "`" && info.contains("`") { return nil }
        self.character = character
        self.length = length
        self.info = info
    }

    /// Whether `line` closes this fence: the same character at least as many times, nothing after.
    func isClosed(by line: Substring) -> Bool {
        guard let (character, length, rest) = Self.split(line) else { return false }
        return character == self.character && length >= self.length && rest.trimmingWhitespace.isEmpty
    }

    /// Whether the info string's first word is `word`.
    func isLanguage(_ word: String) -> Bool {
        info.split(separator: " ").first.map(String.init) == word
    }

    private static func split(_ line: Substring) -> (Character, Int, Substring)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let body = line.dropFirst(indent)
        guard let first = body.first, first == "`" || first == "~" else { return nil }
        let length = body.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        return (first, length, body.dropFirst(length))
    }
}
