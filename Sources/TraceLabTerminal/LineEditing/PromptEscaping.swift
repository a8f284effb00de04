/// Prepares a prompt for libedit so that colour codes do not count towards the cursor position.
enum PromptEscaping {
    /// The byte libedit is told brackets invisible text (`EL_PROMPT_ESC`); it may not appear in prompts.
    static let marker: Character = "\u{1}"

    /// `prompt` with every run of ANSI escape sequences (CSI such as `ESC[1;32m`, OSC ended by BEL or
    /// `ESC\`, and two-character escapes) wrapped in `marker`, and any `marker` already present removed.
    static func markingInvisibleSequences(in prompt: String) -> String {
        let scalars = Array(prompt.unicodeScalars.filter { $0 != "\u{1}" })
        var output = String.UnicodeScalarView()
        var index = 0
        var insideMarkedRun = false
        while index < scalars.count {
            let length = escapeSequenceLength(in: scalars, at: index)
            if length > 0 {
                if !insideMarkedRun { output.append("\u{1}") }
                insideMarkedRun = true
                output.append(contentsOf: scalars[index..<(index + length)])
                index += length
            } else {
                if insideMarkedRun { output.append("\u{1}") }
                insideMarkedRun = false
                output.append(scalars[index])
                index += 1
            }
        }
        if insideMarkedRun { output.append("\u{1}") }
        return String(output)
    }

    /// The number of scalars in the escape sequence starting at `start`, or 0 when none starts there.
    private static func escapeSequenceLength(in scalars: [Unicode.Scalar], at start: Int) -> Int {
        guard scalars[start] == "\u{1B}", start + 1 < scalars.count else {
            return scalars[start] == "\u{1B}" ? 1 : 0
        }
        let kind = scalars[start + 1]
        var end = start + 2
        switch kind {
        case "[":
            while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
            return min(end + 1, scalars.count) - start
        case "]":
            while end < scalars.count {
                if scalars[end] == "\u{7}" { return end + 1 - start }
                if scalars[end] == "\u{1B}", end + 1 < scalars.count, scalars[end + 1] == "\\" {
                    return end + 2 - start
                }
                end += 1
            }
            return scalars.count - start
        default:
            return 2
        }
    }
}
