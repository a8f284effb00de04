import Testing
import TraceLabCore
import TraceLabTerminal

@Suite("RunSummaryRenderer")
struct RunSummaryRendererTests {
    private func text(_ analysis: LabAnalysis, width: Int = 100) -> String {
        TextSanitizer.sanitize(RunSummaryRenderer(style: .plain(width: width)).render(analysis))
    }

    @Test("the connected run: latency, whole trace, one trace, the queue wait, the dominant service")
    func connected() {
        let lines = Rendered.lines(text(CheckoutFixture.connected))
        #expect(lines.contains("user waited   2.8 s"))
        #expect(lines.contains("whole trace   3.72 s (920 ms of it after the response was sent)"))
        #expect(lines.contains("traces        1 trace: every service joined the request's trace"))
        #expect(lines.contains("context lost  nowhere: the context crossed every boundary"))
        #expect(lines.contains("queue         purchase.completed waited 900 ms in the queue"))
        #expect(lines.contains("dominant      billing: 1.9 s of the 2.8 s the user waited (68%)"))
    }

    @Test("the fragmented run: six traces and every lost crossing by name")
    func fragmented() {
        let output = text(CheckoutFixture.fragmented, width: 200)
        #expect(output.contains("6 traces: the request fell apart"))
        #expect(
            output.contains(
                "gateway:billing, billing:payment-provider ×2, gateway:enrollment, enrollment:notification-worker"
            ))
    }

    @Test("without a topic attribute the queue wait is named by its boundary")
    func topicFallback() {
        var run = CheckoutFixture.run()
        run.spans = run.spans.map { span in
            var span = span
            span.attributes[RunSummaryRenderer.destinationAttribute] = nil
            return span
        }
        #expect(
            text(LabAnalysis(run: run)).contains("enrollment:notification-worker waited 900 ms in the queue"))
    }

    @Test("narrow output stacks values under labels and never splits a duration", arguments: [20, 30, 40])
    func narrow(width: Int) {
        let lines = Rendered.lines(text(CheckoutFixture.connected, width: width))
        #expect(lines.contains("user waited"))
        #expect(lines.contains("  2.8 s"))
        #expect(!lines.contains { $0.hasSuffix(" 2.8") || $0.hasSuffix(" 900") })
    }
}
