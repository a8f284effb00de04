/// A `## Title {#step-id}` heading line.
struct StepHeading: Sendable, Equatable {
    /// The title text, trimmed; may be empty when the author forgot it.
    var title: String
    /// The id between `{#` and `}`, or nil when the heading has none.
    var id: String?

    /// The heading `line` is, or nil when it is not a level-2 heading.
    init?(_ line: Substring) {
        guard line == "##" || line.hasPrefix("## ") || line.hasPrefix("##\t") else { return nil }
        let text = line.dropFirst(2).trimmingWhitespace
        if text.hasSuffix("}"), let brace = text.lastIndex(of: "{"), text[brace...].hasPrefix("{#") {
            id = String(text[text.index(brace, offsetBy: 2)..<text.index(before: text.endIndex)])
            title = String(text[..<brace].trimmingWhitespace)
        } else {
            id = nil
            title = String(text)
        }
    }
}
