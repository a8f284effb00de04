import Testing
import TraceLabTerminal

/// A labelled field (`  parent     4f06… (gateway POST /checkout)`) keeps its line when it fits
/// and otherwise wraps with its continuation lines under the value, never wider than the screen.
@Suite struct ProseFieldTests {
    private let narrow = TerminalStyle(colorEnabled: false, width: 40)

    @Test func aFieldThatFitsIsLeftAsWritten() {
        #expect(
            ProseWrapper.field("  kind       ", "server  (two spaces)", style: narrow)
                == "  kind       server  (two spaces)")
        #expect(ProseWrapper.field("  attributes ", "", style: narrow) == "  attributes")
    }

    @Test func aLongValueHangsUnderItsFirstColumn() {
        let text = ProseWrapper.field(
            "  parent     ", "68ac74843904c5bf (gateway POST billing /charges)", style: narrow)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2)
        #expect(lines[0] == "  parent     68ac74843904c5bf (gateway")
        #expect(lines[1] == "             POST billing /charges)")
    }

    @Test(arguments: [20, 40, 60])
    func noLineIsWiderThanTheScreen(width: Int) {
        let style = TerminalStyle(colorEnabled: false, width: width)
        let text = ProseWrapper.field(
            "    tracelab.worker.wait_ms.of.a.long.key = ", "41664.185478 and some more words here",
            style: style)
        for line in text.split(separator: "\n") {
            #expect(line.count <= width, "\(line)")
        }
        #expect(text.contains("41664.185478"))
    }

    @Test func aLabelWiderThanHalfTheScreenPutsTheValueBelowIt() {
        let text = ProseWrapper.field(
            "    a.very.long.attribute.key.name = ", "value that needs its own line", style: narrow)
        let lines = text.split(separator: "\n")
        #expect(lines[0] == "    a.very.long.attribute.key.name =")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("      ") })
    }

    @Test func controlBytesAreNeverShown() {
        let text = ProseWrapper.field(
            "  status     ", "error: \u{1B}[31mred\u{07} and long enough to wrap here", style: narrow)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
    }
}
