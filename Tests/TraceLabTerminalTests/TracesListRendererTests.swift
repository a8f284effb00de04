import Testing
import TraceLabCore
import TraceLabTerminal

/// `traces` keeps each trace's root readable: beside its row on a wide screen, on a line of its
/// own under the row when the screen leaves it too little room.
@Suite struct TracesListRendererTests {
    private let traces = [
        TraceSummary(
            number: 1, traceID: TraceID(high: 0xf973_8d36_6615_d000, low: 1), root: "gateway POST /checkout",
            startNanos: 0, durationNanos: 2_890_000_000, spans: 6, errors: 0, fragment: false, candidates: nil
        ),
        TraceSummary(
            number: 2, traceID: TraceID(high: 0x660f_0f6a_0000_0000, low: 2), root: "billing POST /charges",
            startNanos: 56_000_000, durationNanos: 824_350_000, spans: 3, errors: 0, fragment: true,
            candidates: 12),
    ]

    private func render(width: Int) -> String {
        TracesListRenderer(style: TerminalStyle(colorEnabled: false, width: width))
            .render(traces, filter: .init(), selected: nil)
    }

    @Test func aWideScreenKeepsTheRootBesideItsRow() {
        let lines = render(width: 100).split(separator: "\n")
        #expect(lines[1].hasSuffix("gateway POST /checkout"))
        #expect(lines[2].hasSuffix("↳ billing POST /charges"))
    }

    @Test func aNarrowScreenPutsTheRootUnderItsRow() {
        let text = render(width: 60)
        let lines = text.split(separator: "\n")
        #expect(lines.contains("      gateway POST /checkout"))
        #expect(lines.contains("      ↳ billing POST /charges"))
        #expect(!text.contains("…"))
        for line in lines { #expect(line.count <= 60, "\(line)") }
    }

    /// A tail rule for slow traces judges the root span, while the list shows whole traces: a
    /// list with dropped traces says so, one without them has nothing to explain.
    @Test(arguments: [true, false])
    func aSlowRuleIsExplainedBesideDroppedTraces(showDropped: Bool) {
        let filter = TracesListRenderer.Filter(
            showDropped: showDropped, dropped: [traces[0].traceID], slowRule: "slow=2s")
        let text = TracesListRenderer(style: TerminalStyle(colorEnabled: false, width: 100))
            .render(traces, filter: filter, selected: nil)
            .split(separator: "\n").joined(separator: " ")
        #expect(text.contains("slow=2s judged each trace by its root span") == showDropped)
        #expect(text.contains("✗ dropped") == showDropped)
    }

    @Test func onAScreenTooNarrowForTheNumbersTheRootsStayWhole() {
        let lines = render(width: 40).split(separator: "\n")
        #expect(lines.contains("      gateway POST /checkout"))
        #expect(lines.contains("      ↳ billing POST /charges"))
    }
}
