/// A line split around the cursor the way completion sees it: whitespace-separated words, no quoting.
public struct CompletionContext: Sendable, Equatable {
    /// The complete words before the word being completed, in order.
    public let precedingWords: [String]
    /// The part of the word under the cursor that lies before the cursor; empty after a space.
    public let partialWord: String

    /// Splits `line` at `cursor`, a count of characters from the start of the line (clamped to the
    /// line). Text after the cursor does not affect completion.
    public init(line: String, cursor: Int) {
        let before = line.prefix(max(0, min(cursor, line.count)))
        let partialStart =
            before.lastIndex(where: \.isWhitespace).map(before.index(after:)) ?? before.startIndex
        self.partialWord = String(before[partialStart...])
        self.precedingWords = before[..<partialStart].split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
