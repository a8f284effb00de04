/// Plain column tables for the many-request views: each column padded to its widest cell,
/// numbers right-aligned, the last column left to run on.
struct TableText {
    /// Column alignment.
    enum Alignment {
        case left
        case right
    }

    let alignments: [Alignment]

    /// The columns `rows` need, with the indent and the gaps between columns.
    func naturalWidth(_ rows: [[String]]) -> Int {
        var widths = [Int](repeating: 0, count: alignments.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TerminalColumns.of(cell))
            }
        }
        return 2 + widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// `rows` (the first is the heading) as padded lines, each fitted to `width`.
    func lines(_ rows: [[String]], width: Int, headingStyle: ANSIStyle = Palette.secondary) -> [StyledLine] {
        var widths = [Int](repeating: 0, count: alignments.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TerminalColumns.of(cell))
            }
        }
        return rows.enumerated().map { rowIndex, row in
            var text = ""
            for (index, cell) in row.enumerated() where index < widths.count {
                let padding = String(repeating: " ", count: max(0, widths[index] - TerminalColumns.of(cell)))
                let isLast = index == row.count - 1
                switch alignments[index] {
                case .left: text += cell + (isLast ? "" : padding)
                case .right: text += padding + cell
                }
                if !isLast { text += "  " }
            }
            return StyledLine("  " + text, rowIndex == 0 ? headingStyle : .plain).fitted(to: width)
        }
    }
}
