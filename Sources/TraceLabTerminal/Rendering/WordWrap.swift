/// Greedy word wrapping of styled words: words are separated by single spaces, never split unless
/// one alone is wider than the line, in which case it is cut into line-wide pieces.
enum WordWrap {
    /// `text` with its spaces made unbreakable, so wrapping keeps it on one line (`2.8 s`);
    /// rendering shows them as ordinary spaces.
    static func glued(_ text: String) -> String {
        text.replacing(" ", with: "\u{A0}")
    }

    /// The words of `text` (split at spaces, tabs and newlines), each in `ansi`.
    static func words(_ text: String, _ ansi: ANSIStyle = .plain) -> [StyledLine] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            .map { StyledLine(String($0), ansi) }
    }

    /// `words` laid out in lines of at most `width` columns; at least one (possibly empty) line.
    static func wrap(_ words: [StyledLine], width: Int) -> [StyledLine] {
        let width = max(width, 1)
        var lines: [StyledLine] = []
        var current = StyledLine()
        for word in words {
            for piece in pieces(of: word, width: width) {
                if current.columns > 0, current.columns + 1 + piece.columns > width {
                    lines.append(current)
                    current = StyledLine()
                }
                if current.columns > 0 { current.append(" ") }
                current.append(piece)
            }
        }
        if current.columns > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// `words` wrapped to `width`, each line after `firstPrefix` or (after the first) `prefix`;
    /// the prefixes' own widths are taken out of the room for words.
    static func wrap(_ words: [StyledLine], width: Int, firstPrefix: StyledLine, prefix: StyledLine)
        -> [StyledLine]
    {
        let room = max(width - max(firstPrefix.columns, prefix.columns), 1)
        return wrap(words, width: room).enumerated().map { index, body in
            var line = index == 0 ? firstPrefix : prefix
            line.append(body)
            return line.fitted(to: width)
        }
    }

    private static func pieces(of word: StyledLine, width: Int) -> [StyledLine] {
        guard word.columns > width else { return [word] }
        var pieces: [StyledLine] = []
        var current = StyledLine()
        for run in word.runs {
            for character in run.text {
                let columns = TerminalColumns.of(character)
                if current.columns + columns > width, current.columns > 0 {
                    pieces.append(current)
                    current = StyledLine()
                }
                current.append(String(character), run.ansi)
            }
        }
        if current.columns > 0 { pieces.append(current) }
        return pieces
    }
}
