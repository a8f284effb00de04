import Testing
import TraceLabTerminal

@Suite("CompletionContext")
struct CompletionContextTests {
    @Test(
        "Splits the line into preceding words and the partial word",
        arguments: [
            ("", 0, [String](), ""),
            ("run", 3, [], "run"),
            ("run ", 4, ["run"], ""),
            ("run  check", 10, ["run"], "check"),
            ("run check", 5, ["run"], "c"),
            ("\trun\tcheckout\t--o", 17, ["run", "checkout"], "--o"),
            ("propagation off gateway:billing", 15, ["propagation"], "off"),
            ("café run", 4, [], "café"),
        ])
    func splitsAtCursor(line: String, cursor: Int, preceding: [String], partial: String) {
        let context = CompletionContext(line: line, cursor: cursor)
        #expect(context.precedingWords == preceding)
        #expect(context.partialWord == partial)
    }
}
