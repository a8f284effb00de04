/// Wraps plain messages (not Markdown) to the terminal's width at word boundaries, keeping
/// the line breaks already in the text and the leading indentation of each line.
public enum ProseWrapper {
    /// `text`, sanitized and wrapped so no line is wider than `style.width` columns.
    public static func wrap(_ text: String, style: TerminalStyle) -> String {
        TextSanitizer.sanitize(text).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let indent = String(line.prefix { $0 == " " })
            let words = WordWrap.words(String(line.dropFirst(indent.count)))
            guard !words.isEmpty else { return String(line) }
            let prefix = StyledLine(indent)
            return WordWrap.wrap(words, width: style.width, firstPrefix: prefix, prefix: prefix)
                .map { $0.rendered(in: style) }.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
