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

    /// `label` then `value`, sanitized; a line wider than `style.width` is wrapped at word
    /// boundaries, each continuation line starting under the value's first column (as
    /// `  parent     4f06… (gateway POST /checkout)` does), or two columns in from the label's
    /// indentation on the lines after it when the label takes more than half the width.
    public static func field(_ label: String, _ value: String, style: TerminalStyle) -> String {
        let label = TextSanitizer.sanitize(label)
        let value = TextSanitizer.sanitize(value)
        let whole = StyledLine(label + value)
        guard whole.columns > style.width else {
            return value.isEmpty ? String(label.reversed().drop { $0 == " " }.reversed()) : label + value
        }
        let words = WordWrap.words(value)
        let first = StyledLine(label)
        guard first.columns <= style.width / 2 else {
            let indent = String(repeating: " ", count: label.prefix { $0 == " " }.count + 2)
            let trimmed = String(label.reversed().drop { $0 == " " }.reversed())
            let body = WordWrap.wrap(
                words, width: style.width, firstPrefix: StyledLine(indent), prefix: StyledLine(indent))
            return ([StyledLine(trimmed).fitted(to: style.width)] + body).map { $0.rendered(in: style) }
                .joined(separator: "\n")
        }
        let hanging = StyledLine(String(repeating: " ", count: first.columns))
        return WordWrap.wrap(words, width: style.width, firstPrefix: first, prefix: hanging)
            .map { $0.rendered(in: style) }.joined(separator: "\n")
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
