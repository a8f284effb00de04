/// Wraps plain messages (not Markdown) to the terminal's width at word boundaries, keeping
/// the line breaks already in the text and the leading indentation of each line.
public enum ProseWrapper {
    /// `text`, sanitized and wrapped so no line is wider than `style.width` columns.
    public static func wrap(_ text: String, style: TerminalStyle) -> String {
        TextSanitizer.sanitize(text).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let indent = String(line.prefix { $0 == " " })
            let body = line.dropFirst(indent.count)
            let marker = listMarker(body)
            let words = WordWrap.words(String(body.dropFirst(marker.count)))
            guard !words.isEmpty else { return String(line) }
            let first = StyledLine(indent + marker)
            let hanging = StyledLine(String(repeating: " ", count: indent.count + marker.count))
            return WordWrap.wrap(words, width: style.width, firstPrefix: first, prefix: hanging)
                .map { $0.rendered(in: style) }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// A list marker at the start of `text` (`A) `, `- `, `• `, `12. `), which continuation
    /// lines hang under; empty when there is none.
    static func listMarker(_ text: Substring) -> String {
        for bullet in ["- ", "• ", "* "] where text.hasPrefix(bullet) { return bullet }
        let head = text.prefix { $0.isLetter || $0.isNumber }
        guard !head.isEmpty, head.count <= 3 else { return "" }
        let rest = text.dropFirst(head.count)
        for close in [") ", ". "] where rest.hasPrefix(close) {
            guard head.count == 1 || head.allSatisfy(\.isNumber) else { return "" }
            return String(head) + close
        }
        return ""
    }
}
