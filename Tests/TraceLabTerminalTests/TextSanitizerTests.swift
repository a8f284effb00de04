import Testing
import TraceLabTerminal

@Suite("TextSanitizer")
struct TextSanitizerTests {
    @Test(
        "escape sequences and controls are removed, visible text kept",
        arguments: [
            ("\u{1B}[31mred\u{1B}[0m", "red"),
            ("a\u{1B}[2J\u{1B}[Hb", "ab"),
            ("\u{1B}[38;5;196mx", "x"),
            ("title\u{1B}]0;owned\u{07}after", "titleafter"),
            ("link \u{1B}]8;;https://evil.example\u{1B}\\text\u{1B}]8;;\u{1B}\\", "link text"),
            ("\u{1B}P1$r0m\u{1B}\\kept", "kept"),
            ("\u{9B}31mred", "red"),
            ("\u{9D}0;title\u{9C}kept", "kept"),
            ("bell\u{07} back\u{08}space", "bell backspace"),
            ("over\rwrite", "overwrite"),
            ("del\u{7F}ete", "delete"),
            ("c1\u{85}\u{90}x\u{9C}y", "c1y"),
            ("\u{1B}(Bcharset", "charset"),
            ("\u{1B}7save\u{1B}8", "save"),
            ("safe\u{202E}txt.exe", "safetxt.exe"),
            ("tab\tand\nnewline", "tab\tand\nnewline"),
            ("windows\r\nline", "windows\nline"),
            ("plain ascii", "plain ascii"),
            ("µs · ◆ ✗ 日本", "µs · ◆ ✗ 日本"),
        ])
    func sanitize(input: String, expected: String) {
        #expect(TextSanitizer.sanitize(input) == expected)
    }

    @Test(
        "output never contains a control character other than newline and tab",
        arguments: [
            "\u{1B}", "\u{1B}[", "\u{1B}]unterminated", "x\u{1B}", "\u{0}\u{1}\u{1F}", "\u{80}\u{9F}",
        ])
    func noControlsSurvive(input: String) {
        let output = TextSanitizer.sanitize(input + "tail")
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(!output.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
    }

    @Test("singleLine turns newlines and tabs into spaces")
    func singleLine() {
        #expect(TextSanitizer.singleLine("a\nb\tc\u{1B}[1m") == "a b c")
    }
}

@Test("an unterminated OSC string ends at the end of its line")
func unterminatedStringEndsAtNewline() {
    #expect(TextSanitizer.sanitize("a\u{1B}]0;title\nnext line") == "a\nnext line")
}
