/// One line of output built from pieces of text that each carry a style, measured in terminal
/// columns so it can be fitted to a width before any escape sequence is added.
struct StyledLine {
    struct Run {
        var text: String
        var ansi: ANSIStyle
        var columns: Int
        /// Runs with a priority may be shortened with `…` to make the line fit, lowest first.
        var shrinkPriority: Int?
        /// The columns a first round of shrinking leaves the run; zero means the run is dropped
        /// whole rather than shortened.
        var shrinkFloor: Int
    }

    private(set) var runs: [Run] = []
    private(set) var columns = 0

    init() {}

    /// An empty line with room for `runCount` runs, for callers that know how many they append.
    init(reservingRuns runCount: Int) {
        runs.reserveCapacity(runCount)
    }

    init(_ text: String, _ ansi: ANSIStyle = .plain) {
        append(text, ansi)
    }

    mutating func append(
        _ text: String, _ ansi: ANSIStyle = .plain, shrinkPriority: Int? = nil, shrinkFloor: Int = 4
    ) {
        append(
            text, ansi, columns: TerminalColumns.of(text), shrinkPriority: shrinkPriority,
            shrinkFloor: shrinkFloor)
    }

    /// Like ``append(_:_:shrinkPriority:shrinkFloor:)`` for text whose width in columns the
    /// caller has already measured.
    mutating func append(
        _ text: String, _ ansi: ANSIStyle, columns width: Int, shrinkPriority: Int? = nil,
        shrinkFloor: Int = 4
    ) {
        guard !text.isEmpty else { return }
        runs.append(
            Run(
                text: text, ansi: ansi, columns: width, shrinkPriority: shrinkPriority,
                shrinkFloor: shrinkFloor))
        columns += width
    }

    mutating func append(_ line: StyledLine) {
        runs.append(contentsOf: line.runs)
        columns += line.columns
    }

    /// The line made to fit `width`. Shrinkable runs give way in priority order, lowest first:
    /// first down to their own floor (droppable runs disappear), then down to four columns; if
    /// that is not enough the end of the line is cut with `…`.
    func fitted(to width: Int) -> StyledLine {
        guard columns > width else { return self }
        var result = self
        let order = runs.indices.compactMap { index in runs[index].shrinkPriority.map { ($0, index) } }
            .sorted { $0 < $1 }.map(\.1)
        for round in 0..<2 {
            for index in order where result.columns > width {
                let run = result.runs[index]
                let floor = round == 0 || run.shrinkFloor == 0 ? run.shrinkFloor : min(run.columns, 4)
                result.shrinkRun(at: index, to: max(floor, run.columns - (result.columns - width)))
            }
        }
        return result.columns > width ? result.cut(to: width) : result
    }

    private mutating func shrinkRun(at index: Int, to target: Int) {
        let run = runs[index]
        guard target < run.columns else { return }
        let text = run.shrinkFloor == 0 ? "" : TerminalColumns.truncate(run.text, to: target)
        let width = TerminalColumns.of(text)
        columns -= run.columns - width
        runs[index].text = text
        runs[index].columns = width
    }

    private func cut(to width: Int) -> StyledLine {
        var result = StyledLine()
        var remaining = width
        for run in runs {
            if run.columns < remaining {
                result.append(run.text, run.ansi)
                remaining -= run.columns
                continue
            }
            result.append(TerminalColumns.truncate(run.text + "…", to: remaining), run.ansi)
            break
        }
        return result
    }

    /// The text with each run painted in `style`, trailing spaces removed, and the no-break
    /// spaces that held words together for wrapping turned back into plain spaces.
    func rendered(in style: TerminalStyle) -> String {
        var output: [UInt8] = []
        render(in: style, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the UTF-8 of ``rendered(in:)`` to `output`.
    func render(in style: TerminalStyle, into output: inout [UInt8]) {
        // A run is blank exactly when every byte is a space: a space is a character of its own.
        guard let lastVisible = runs.lastIndex(where: { $0.text.utf8.contains { $0 != 0x20 } }) else {
            return
        }
        for index in 0...lastVisible {
            let run = runs[index]
            guard run.text.utf8.allSatisfy({ $0 < 0x80 }) else {
                output.append(contentsOf: Self.painted(run, isLast: index == lastVisible, in: style).utf8)
                continue
            }
            // ASCII: one byte per character, and no no-break space to turn back.
            var text = run.text
            text.withUTF8 { bytes in
                var count = bytes.count
                if index == lastVisible {
                    while count > 0, bytes[count - 1] == 0x20 { count -= 1 }
                }
                guard count > 0 else { return }
                style.paint(run.ansi, into: &output) { $0.append(contentsOf: bytes[..<count]) }
            }
        }
    }

    private static func painted(_ run: Run, isLast: Bool, in style: TerminalStyle) -> String {
        var text = run.text
        if isLast { text = String(text.droppingTrailingSpaces) }
        if text.utf8.contains(0xA0) { text = text.replacing("\u{A0}", with: " ") }
        return style.paint(text, run.ansi)
    }
}

extension StyledLine {
    /// Lines rendered in `style` and joined by newlines (no trailing newline).
    static func join(_ lines: [StyledLine], in style: TerminalStyle) -> String {
        lines.map { $0.rendered(in: style) }.joined(separator: "\n")
    }
}

extension String {
    fileprivate var droppingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
