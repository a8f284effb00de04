/// Renders the Markdown subset lesson text is written in, at the style's width.
///
/// Supported: `#`/`##`/`###` headings (bold and underlined with colour, underlined with `=`, `-`
/// or `~` without), paragraphs re-wrapped at word boundaries (a word is split only when it alone
/// is wider than the line), `-`/`*`/`+` and numbered lists with a hanging indent and nesting by
/// two-space indentation (items written on consecutive lines stay together; a blank line
/// between items keeps a blank line), fenced code blocks (indented four columns, never wrapped, cut with `…`
/// at the width), block quotes (behind `│ `), horizontal rules, and tables passed through line by
/// line. Inline `code`, **strong** and *emphasis* lose their markers (code keeps its backticks
/// when colour is off); links show their target in parentheses. The input is sanitized first.
public struct MarkdownTerminalRenderer: Sendable {
    /// Colour and width of the output.
    public var style: TerminalStyle

    /// Creates a renderer for `style`.
    public init(style: TerminalStyle) {
        self.style = style
    }

    /// `markdown` rendered as terminal text without a trailing newline; blocks are separated by
    /// one blank line, items of the same list by none.
    public func render(_ markdown: String) -> String {
        let blocks = MarkdownBlock.parse(TextSanitizer.sanitize(markdown))
        var lines: [StyledLine] = []
        var previous: MarkdownBlock?
        for block in blocks {
            if let previous, !(previous.isListItem && block.continuesList) {
                lines.append(StyledLine())
            }
            lines.append(contentsOf: render(block))
            previous = block
        }
        return StyledLine.join(lines, in: style)
    }

    private var inline: MarkdownInline { MarkdownInline(colorEnabled: style.colorEnabled) }

    private func render(_ block: MarkdownBlock) -> [StyledLine] {
        let width = style.width
        switch block {
        case .heading(let level, let text):
            return heading(text, level: level)
        case .paragraph(let text):
            return WordWrap.wrap(inline.words(text, base: .plain), width: width)
        case .listItem(let marker, let level, let text, _):
            let indent = String(repeating: " ", count: min(level * 2, width / 2))
            let first = StyledLine(indent + marker + " ", Palette.secondary)
            let hanging = StyledLine(String(repeating: " ", count: first.columns))
            return WordWrap.wrap(
                inline.words(text, base: .plain), width: width, firstPrefix: first, prefix: hanging)
        case .code(let codeLines):
            return codeLines.map { line in
                StyledLine(TerminalColumns.truncate("    " + line, to: width), Palette.code)
            }
        case .quote(let text):
            let bar = StyledLine("│ ", Palette.secondary)
            return WordWrap.wrap(
                inline.words(text, base: Palette.emphasis), width: width, firstPrefix: bar, prefix: bar)
        case .table(let tableLines):
            return tableLines.map { StyledLine(TerminalColumns.truncate($0, to: width)) }
        case .rule:
            return [StyledLine(String(repeating: "─", count: width), Palette.secondary)]
        }
    }

    private func heading(_ text: String, level: Int) -> [StyledLine] {
        var lines = WordWrap.wrap(inline.words(text, base: Palette.heading), width: style.width)
        if !style.colorEnabled {
            let underline: Character = level == 1 ? "=" : (level == 2 ? "-" : "~")
            let length = lines.map(\.columns).max() ?? 0
            lines.append(StyledLine(String(repeating: underline, count: max(length, 1))))
        }
        return lines
    }
}

extension MarkdownBlock {
    fileprivate var isListItem: Bool {
        if case .listItem = self { return true }
        return false
    }

    /// True for a list item written directly under the previous one, with no blank line between.
    fileprivate var continuesList: Bool {
        if case .listItem(_, _, _, let afterBlankLine) = self { return !afterBlankLine }
        return false
    }
}
