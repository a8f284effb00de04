import Testing
import TraceLabCore
import TraceLabTerminal

@Suite("TraceTreeRenderer")
struct TraceTreeRendererTests {
    private func lines(_ analysis: LabAnalysis, width: Int = 80) -> [String] {
        Rendered.lines(TraceTreeRenderer(style: .plain(width: width)).render(analysis))
    }

    @Test("one line per span, critical-path spans marked with ◆ without colour", arguments: [40, 80, 200])
    func criticalMarkers(width: Int) throws {
        let output = lines(CheckoutFixture.connected, width: width)
        let spanLines = output.filter { $0.contains(/\ m?s (ok|✗ ERROR)/) }
        #expect(spanLines.count == 11)
        let marked = spanLines.filter { $0.hasPrefix(TraceTreeRenderer.criticalMarker) }
        // Every span but the queue consumer, which ran after the response, is on the path.
        #expect(marked.count == 10)
        let consumer = try #require(spanLines.last)
        #expect(consumer.hasPrefix(" "))
        #expect(output.contains { $0.contains("on the critical path") })
    }

    @Test("a failed span shows ✗ in the marker column and its message in full", arguments: [40, 80, 200])
    func errorMarker(width: Int) {
        let output = lines(CheckoutFixture.connected, width: width)
        let failed = output.filter { $0.dropFirst().hasPrefix(TraceTreeRenderer.errorMarker) }
        #expect(failed.count == 1)
        let text = output.joined(separator: " ").split(separator: " ").filter { $0 != "│" }.joined(
            separator: " ")
        #expect(text.contains("✗ ERROR: " + CheckoutFixture.timeoutMessage))
    }

    @Test("spans appear as a tree under their parents")
    func treeShape() {
        // Each span line ends with the start of its id, in brackets.
        let output = lines(CheckoutFixture.connected, width: 200)
        #expect(output.contains { $0.hasPrefix("◆  gateway POST /checkout (server) 2.8 s ok [") })
        #expect(output.contains { $0.hasPrefix("◆  ├─ gateway POST billing /charges (client) 1.92 s ok [") })
        #expect(output.contains { $0.hasPrefix("◆  │  └─ billing POST /charges (server) 1.9 s ok [") })
        #expect(
            output.contains {
                $0.hasPrefix("◆  └─ gateway POST enrollment /enrollments (client) 780 ms ok [")
            })
        #expect(
            output.contains {
                $0.hasPrefix(
                    "            └─ notification-worker process purchase.completed (consumer) 200 ms ok · after the response ["
                )
            })
    }

    @Test(
        "the queue's two ends keep their kind at narrow widths; their names shrink first",
        arguments: [60, 50])
    func queueKindsAtNarrowWidths(width: Int) throws {
        let output = lines(CheckoutFixture.connected, width: width)
        #expect(Rendered.widest(output.joined(separator: "\n")) <= width)
        let consumer = try #require(output.first { $0.contains("(consumer)") })
        #expect(consumer.contains("notific"))
        #expect(consumer.contains("200 ms ok"))
        #expect(output.contains { $0.contains("(producer)") && $0.contains("20 ms ok") })
    }

    @Test("a fragmented run gets a numbered header per trace naming its root")
    func fragmentedHeaders() {
        let output = lines(CheckoutFixture.fragmented, width: 120)
        let headers = output.filter { $0.hasPrefix("trace ") }
        #expect(headers.count == 6)
        for (index, header) in headers.enumerated() {
            #expect(header.hasPrefix("trace \(index + 1) of 6 · "))
        }
        #expect(headers[0].contains("root: gateway POST /checkout"))
        #expect(headers[0].contains("the user's request"))
        #expect(headers[1].contains("root: billing POST /charges · 3 spans"))
        #expect(headers[5].contains("root: notification-worker process purchase.completed · 1 span"))
    }

    @Test("an orphan is flagged with the parent it names")
    func orphan() {
        let output = lines(CheckoutFixture.withOrphan, width: 100)
        #expect(output.contains { $0.contains("↳ orphan: parent 0000000000000002 not in this trace") })
        let billing = output.firstIndex { $0.contains("billing POST /charges (server)") }
        let notice = output.firstIndex { $0.contains("orphan:") }
        #expect(billing != nil && notice == billing.map { $0 + 1 })
    }

    @Test("a very deep chain stays within the width and elides deep indentation")
    func deepChain() {
        let trace = TraceID(high: 1, low: 1)
        let spans = (1...300).map { (index: Int) -> RecordedSpan in
            let id = UInt64(index)
            let parent: SpanID? = index == 1 ? nil : SpanID(id - 1)
            return RecordedSpan(
                traceID: trace, spanID: SpanID(id), parentSpanID: parent, service: "svc",
                name: "step \(index)",
                kind: .internal, startNanos: id, endNanos: 1_000 - id)
        }
        let run = LabRun(
            scenarioID: "deep", spans: spans, crossings: [], requestSpanID: SpanID(1), epochNanos: 0)
        let output = TraceTreeRenderer(style: .plain(width: 60)).render(LabAnalysis(run: run))
        #expect(Rendered.widest(output) <= 60)
        #expect(Rendered.lines(output).contains { $0.contains("⋯") && $0.contains("step 300") })
    }

    @Test("a run without spans says so")
    func empty() {
        let run = LabRun(
            scenarioID: "none", spans: [], crossings: [], requestSpanID: SpanID(1), epochNanos: 0)
        #expect(
            TraceTreeRenderer(style: .plain()).render(LabAnalysis(run: run))
                == "No spans were recorded in this run.")
    }
}
