import Testing
import TraceLabCore
import TraceLabTerminal

@Suite("WaterfallRenderer")
struct WaterfallRendererTests {
    private func lines(_ analysis: LabAnalysis, width: Int) -> [String] {
        Rendered.lines(WaterfallRenderer(style: .plain(width: width)).render(analysis))
    }

    private func row(_ lines: [String], containing text: String) -> String? {
        lines.first { $0.contains(text) }
    }

    @Test(
        "bars tell critical, failed, after-response and queued time apart without colour",
        arguments: [40, 80, 200])
    func barCharacters(width: Int) throws {
        let output = lines(CheckoutFixture.connected, width: width)
        let spanRows = Array(output.drop { !$0.hasPrefix(TraceTreeRenderer.criticalMarker) }.prefix(11))
        #expect(spanRows[0].contains(WaterfallRenderer.criticalBar))
        let failed = try #require(spanRows.first { $0.dropFirst().hasPrefix(TraceTreeRenderer.errorMarker) })
        #expect(failed.contains(WaterfallRenderer.errorBar))
        let consumer = spanRows[10]
        #expect(consumer.contains(WaterfallRenderer.afterResponseBar))
        #expect(consumer.contains(WaterfallRenderer.queueWaitMark))
        #expect(!consumer.contains(WaterfallRenderer.criticalBar))
        #expect(output.contains { $0.contains("response sent at 2.8 s") })
    }

    @Test("bars are placed on one time scale for the whole trace")
    func scale() throws {
        // Width 200: label column 80 wide plus a space leaves 119 columns for 3.72 s.
        let output = lines(CheckoutFixture.connected, width: 200)
        let request = try #require(row(output, containing: "POST /checkout  "))
        let bar = request.drop { $0 != WaterfallRenderer.criticalBar }
        let requestColumns = bar.prefix { $0 == WaterfallRenderer.criticalBar }.count
        let consumer = try #require(row(output, containing: "process purchase.completed"))
        let queued = consumer.filter { $0 == WaterfallRenderer.queueWaitMark }.count
        // 2800 of 3720 ms and 900 of 3720 ms of the same bar column.
        #expect(abs(Double(requestColumns) / Double(queued) - 2800.0 / 900.0) < 0.2)
    }

    @Test("the time axis starts at 0 and is labelled in round steps")
    func axis() {
        let output = lines(CheckoutFixture.connected, width: 80)
        let labels = output.first { $0.trimmingPrefixSpaces.hasPrefix("0 ") }
        #expect(labels?.contains("1 s") == true)
        #expect(labels?.contains("3 s") == true)
        #expect(output.contains { $0.contains("┬─") })
    }

    @Test("a fragmented run draws each trace on its own scale, with the cross-trace queue wait noted")
    func fragmented() {
        let output = lines(CheckoutFixture.fragmented, width: 80)
        #expect(output.filter { $0.hasPrefix("trace ") }.count == 6)
        #expect(output.contains { $0.contains("starts 3.52 s after the first trace") })
        #expect(output.contains { $0.contains("started 900 ms after the message was published in") })
    }

    @Test("an orphan is named under the trace header")
    func orphan() {
        let output = lines(CheckoutFixture.withOrphan, width: 120)
        #expect(
            output.contains(
                "↳ billing POST /charges is an orphan: parent 0000000000000002 not in this trace"))
    }

    @Test("10,000 spans render within the width, one row each")
    func manySpans() {
        let trace = TraceID(high: 7, low: 7)
        var spans = [
            RecordedSpan(
                traceID: trace, spanID: SpanID(1), parentSpanID: nil, service: "gateway", name: "POST /bulk",
                kind: .server, startNanos: 0, endNanos: 10_000_000_000)
        ]
        for index in 2...10_000 {
            spans.append(
                RecordedSpan(
                    traceID: trace, spanID: SpanID(UInt64(index)),
                    parentSpanID: SpanID(UInt64(max(1, index / 2))),
                    service: "worker-\(index % 7)", name: "task \(index)", kind: .internal,
                    startNanos: UInt64(index) * 900_000, endNanos: UInt64(index) * 900_000 + 5_000_000,
                    status: index % 97 == 0 ? .error("failed \(index)") : .ok))
        }
        let run = LabRun(
            scenarioID: "bulk", spans: spans, crossings: [], requestSpanID: SpanID(1), epochNanos: 0)
        let analysis = LabAnalysis(run: run)
        for width in [40, 200] {
            let output = WaterfallRenderer(style: TerminalStyle(colorEnabled: width == 200, width: width))
                .render(analysis)
            let visible = Rendered.lines(output)
            #expect(visible.count >= 10_000)
            #expect(visible.allSatisfy { $0.count <= width })
        }
    }
}

extension String {
    fileprivate var trimmingPrefixSpaces: Substring { drop { $0 == " " } }
}
