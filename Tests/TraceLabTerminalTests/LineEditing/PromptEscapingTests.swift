import Testing

@testable import TraceLabTerminal

@Suite("PromptEscaping")
struct PromptEscapingTests {
    @Test(
        "Escape sequences are bracketed by the invisible marker",
        arguments: [
            ("tracelab> ", "tracelab> "),
            ("\u{1B}[1;36mtracelab\u{1B}[0m> ", "\u{1}\u{1B}[1;36m\u{1}tracelab\u{1}\u{1B}[0m\u{1}> "),
            ("\u{1B}[1m\u{1B}[36mx", "\u{1}\u{1B}[1m\u{1B}[36m\u{1}x"),
            (
                "\u{1B}]8;;http://x\u{7}link\u{1B}]8;;\u{1B}\\ ",
                "\u{1}\u{1B}]8;;http://x\u{7}\u{1}link\u{1}\u{1B}]8;;\u{1B}\\\u{1} "
            ),
            ("a\u{1}b", "ab"),
            ("end\u{1B}[0m", "end\u{1}\u{1B}[0m\u{1}"),
            ("cut\u{1B}[", "cut\u{1}\u{1B}[\u{1}"),
            ("lone\u{1B}", "lone\u{1}\u{1B}\u{1}"),
        ])
    func marks(prompt: String, expected: String) {
        #expect(PromptEscaping.markingInvisibleSequences(in: prompt) == expected)
    }
}
