import Testing
import TraceLabTerminal

@Suite("MarkdownTerminalRenderer")
struct MarkdownTerminalRendererTests {
    private func lines(_ markdown: String, width: Int = 40, colour: Bool = false) -> [String] {
        Rendered.lines(
            MarkdownTerminalRenderer(style: TerminalStyle(colorEnabled: colour, width: width)).render(
                markdown))
    }

    static let paragraph = """
        Trace context travels in a header called traceparent; when a service forgets to pass it on, \
        the next service has no way to know it is part of the same request, so it starts a trace of its own.
        """

    @Test("paragraphs are re-wrapped at word boundaries and keep every word", arguments: [20, 33, 40, 80])
    func wrapping(width: Int) {
        let output = lines(Self.paragraph, width: width)
        #expect(output.allSatisfy { $0.count <= width })
        #expect(output.joined(separator: " ").split(separator: " ") == Self.paragraph.split(separator: " "))
        // Greedy: no line could have taken the next line's first word.
        for (line, next) in zip(output, output.dropFirst()) {
            let nextWord = next.split(separator: " ").first ?? ""
            #expect(line.count + 1 + nextWord.count > width)
        }
    }

    @Test("hard line breaks inside a paragraph are joined")
    func joinsLines() {
        #expect(lines("one\ntwo\nthree") == ["one two three"])
    }

    @Test("a word wider than the line is split, others are not")
    func longWord() {
        let output = lines("a " + String(repeating: "x", count: 50) + " b", width: 20)
        #expect(
            output == [
                "a", String(repeating: "x", count: 20), String(repeating: "x", count: 20), "xxxxxxxxxx b",
            ])
    }

    @Test(
        "headings: textual underline without colour, escape sequences with it",
        arguments: [(1, "="), (2, "-"), (3, "~")])
    func headings(level: Int, underline: String) {
        let markdown = String(repeating: "#", count: level) + " Lost context"
        #expect(lines(markdown) == ["Lost context", String(repeating: underline, count: 12)])
        let coloured = MarkdownTerminalRenderer(style: TerminalStyle(colorEnabled: true, width: 40)).render(
            markdown)
        #expect(coloured.contains("\u{1B}[1;4m"))
        #expect(Rendered.lines(coloured) == ["Lost context"])
    }

    @Test("bullets and numbers hang their continuation lines under the text")
    func lists() {
        let output = lines(
            "- first item that is long enough to wrap\n* second\n\n1. one item that is long enough to wrap\n12) twelve",
            width: 24)
        #expect(
            output == [
                "• first item that is",
                "  long enough to wrap",
                "• second",
                "",
                "1. one item that is long",
                "   enough to wrap",
                "12. twelve",
            ])
    }

    @Test("nested items are indented by their level")
    func nested() {
        #expect(lines("- outer\n  - inner\n    - deepest") == ["• outer", "  • inner", "    • deepest"])
    }

    @Test("fenced code is indented, kept as written, and cut at the width")
    func code() {
        let output = lines(
            "```swift\nlet  spaced = 1\n\n" + String(repeating: "y", count: 60) + "\n```\nafter", width: 30)
        #expect(output[0] == "    let  spaced = 1")
        #expect(output[1] == "")
        #expect(output[2] == "    " + String(repeating: "y", count: 25) + "…")
        #expect(output[3] == "")
        #expect(output[4] == "after")
    }

    @Test(
        "inline markers are removed; code keeps backticks only without colour",
        arguments: [
            ("Use **bold** and *soft* and _also_ words", "Use bold and soft and also words"),
            ("Run `tracelab run` now", "Run `tracelab run` now"),
            ("keep snake_case_names and 2 * 3 * 4", "keep snake_case_names and 2 * 3 * 4"),
            ("escaped \\*stars\\*", "escaped *stars*"),
            (
                "see [the spec](https://www.w3.org/TR/trace-context/)",
                "see the spec (https://www.w3.org/TR/trace-context/)"
            ),
        ])
    func inline(markdown: String, expected: String) {
        #expect(lines(markdown, width: 100) == [expected])
    }

    @Test("with colour, styles replace the markers")
    func inlineColour() {
        let output = MarkdownTerminalRenderer(style: TerminalStyle(colorEnabled: true, width: 80))
            .render("a **b** `c` *d*")
        #expect(output == "a \u{1B}[1mb\u{1B}[0m \u{1B}[36mc\u{1B}[0m \u{1B}[3md\u{1B}[0m")
    }

    @Test("quotes are wrapped behind a bar; tables and rules pass through within the width")
    func quotesTablesRules() {
        let output = lines("> a quoted line that wraps around\n\n| a | b |\n|---|---|\n\n---", width: 20)
        #expect(output[0] == "│ a quoted line that")
        #expect(output[1] == "│ wraps around")
        #expect(output[3] == "| a | b |")
        #expect(output[4] == "|---|---|")
        #expect(output[6] == String(repeating: "─", count: 20))
    }

    @Test("the lesson sample stays inside every width", arguments: [20, 40, 80, 200])
    func sampleWidth(width: Int) {
        #expect(lines(LessonSample.text, width: width).allSatisfy { $0.count <= width })
    }
}
