/// Splits a typed line into words the way a POSIX shell does for simple cases: spaces separate
/// words, single quotes keep text literal, double quotes group words, a backslash escapes the
/// next character. So a line at the prompt reads exactly like the same words after `tracelab`.
public enum CommandLineTokenizer {
    /// The words of `line`, or a one-line reason it cannot be split (an unclosed quote).
    public static func words(_ line: String) throws(CLIError) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            switch (quote, character) {
            case (nil, "\\"), ("\"", "\\"):
                escaped = true
                inWord = true
            case (nil, "'"), (nil, "\""):
                quote = character
                inWord = true
            case ("'", "'"), ("\"", "\""):
                quote = nil
            case (nil, " "), (nil, "\t"):
                if inWord { words.append(current) }
                current = ""
                inWord = false
            default:
                current.append(character)
                inWord = true
            }
        }
        if let quote {
            throw CLIError.usage("this line has an unclosed \(quote) quote; close it or remove it")
        }
        if escaped { current.append("\\") }
        if inWord { words.append(current) }
        return words
    }
}
