/// Summary blocks drawn as a column of dim labels beside wrapped values, each value's further
/// lines indented under its first, as `run`'s load and sampling summaries are.
enum LabelledRows {
    /// `rows` (label, value) at `style`'s width, without a trailing newline.
    static func render(_ rows: [(String, String)], style: TerminalStyle) -> String {
        let labelWidth = (rows.map { $0.0.count }.max() ?? 0) + 2
        var lines: [StyledLine] = []
        for (label, value) in rows {
            lines.append(
                contentsOf: WordWrap.wrap(
                    WordWrap.words(TextSanitizer.singleLine(value)), width: style.width,
                    firstPrefix: StyledLine(TerminalColumns.pad(label, to: labelWidth), Palette.secondary),
                    prefix: StyledLine(String(repeating: " ", count: labelWidth))))
        }
        return StyledLine.join(lines, in: style)
    }
}
