import Testing
import TraceLabCore
import TraceLabTerminal

@Suite("CrossingsRenderer")
struct CrossingsRendererTests {
    private func blocks(_ run: LabRun, width: Int = 100) -> [String] {
        TextSanitizer.sanitize(CrossingsRenderer(style: .plain(width: width)).render(run))
            .split(separator: "\n\n").map(String.init)
    }

    @Test("every crossing appears in order with its attempt and carrier")
    func order() {
        let output = blocks(CheckoutFixture.run())
        #expect(output.count == 5)
        #expect(output[0].hasPrefix("1. gateway:billing · attempt 1 · HTTP headers"))
        #expect(output[1].hasPrefix("2. billing:payment-provider · attempt 1 · HTTP headers"))
        #expect(output[2].hasPrefix("3. billing:payment-provider · attempt 2 · HTTP headers"))
        #expect(output[4].hasPrefix("5. enrollment:notification-worker · attempt 1 · message metadata"))
    }

    @Test("a propagating crossing shows what was sent and received and that the callee joined")
    func joined() throws {
        let run = CheckoutFixture.run()
        let crossing = try #require(run.crossings.first)
        let block = blocks(run)[0]
        #expect(block.contains("sent:     traceparent: \(crossing.sent["traceparent"]!)"))
        #expect(block.contains("received: traceparent: \(crossing.received["traceparent"]!)"))
        #expect(block.contains("tracestate:  lab=checkout"))
        #expect(block.contains("✓ billing joined gateway's trace \(crossing.callerTraceID.hex)"))
    }

    @Test("a switched-off crossing says nothing was sent and that the callee started a new trace")
    func lost() throws {
        let run = CheckoutFixture.run(
            propagation: PropagationSettings(disabledBoundaries: ["gateway:billing"]))
        let crossing = try #require(run.crossings.first)
        let block = blocks(run)[0]
        #expect(block.contains("sent:     nothing: propagation is off here"))
        #expect(block.contains("received: nothing"))
        #expect(block.contains("✗ billing started a new trace \(crossing.calleeTraceID.hex)"))
        #expect(blocks(run)[1].contains("✓ payment-provider joined billing's trace"))
    }

    @Test("a header value too long for the line is split, never shortened", arguments: [40, 60, 80])
    func longValuesKeepEveryCharacter(width: Int) throws {
        let run = CheckoutFixture.run()
        let value = try #require(run.crossings[0].sent["traceparent"])
        let block = blocks(run, width: width)[0]
        let joined = block.split(separator: "\n").map { $0.trimmingCharacters }.joined()
        #expect(joined.contains(value))
        #expect(!block.contains("…"))
    }

    @Test("a run without crossings says so")
    func none() {
        let run = LabRun(
            scenarioID: "solo", spans: [], crossings: [], requestSpanID: SpanID(1), epochNanos: 0)
        #expect(CrossingsRenderer(style: .plain()).render(run) == "No service called another in this run.")
    }
}

extension Substring {
    fileprivate var trimmingCharacters: Substring { drop { $0 == " " } }
}
