import Testing
import TraceLabCore

@Suite("Turning propagation off breaks the trace apart")
struct PropagationTests {
    @Test("off everywhere: six traces, one per crossing that carried no context")
    func offEverywhere() throws {
        let analysis = LabAnalysis(run: try CheckoutFixture.run(.allOff))
        #expect(analysis.traceCount == 6)
        #expect(analysis.lostCrossings.count == 5)
        #expect(analysis.lostCrossings.filter { $0.boundary == "billing:payment-provider" }.count == 2)
        #expect(analysis.run.crossings.allSatisfy { $0.sent.isEmpty && $0.received.isEmpty })
        #expect(analysis.userVisibleLatencyNanos == 2_800_000_000)
    }

    @Test(
        "off at one boundary: the trace count and the lost crossings follow",
        arguments: [
            ("gateway:billing", 2, 1),
            ("billing:payment-provider", 3, 2),
            ("gateway:enrollment", 2, 1),
            ("enrollment:notification-worker", 2, 1),
        ])
    func offAtOne(boundary: String, traces: Int, lost: Int) throws {
        let analysis = LabAnalysis(
            run: try CheckoutFixture.run(PropagationSettings(disabledBoundaries: [boundary])))
        #expect(analysis.traceCount == traces)
        #expect(analysis.lostCrossings.count == lost)
        #expect(analysis.lostCrossings.allSatisfy { $0.boundary == boundary })
    }

    @Test("with propagation on, every hop received the caller's traceparent with the client span as parent")
    func headersCarryTheParent() throws {
        let run = try CheckoutFixture.run()
        #expect(run.crossings.count == 5)
        for crossing in run.crossings {
            let header = try #require(crossing.received["traceparent"])
            #expect(header == "00-\(crossing.callerTraceID.hex)-\(crossing.callerSpanID.hex)-01")
            let callee = try #require(run.spans.first { $0.spanID == crossing.calleeSpanID })
            #expect(callee.parentSpanID == crossing.callerSpanID)
        }
    }

    @Test("a callee that got no context starts a new root trace, not an orphan")
    func newRootNotOrphan() throws {
        let analysis = LabAnalysis(
            run: try CheckoutFixture.run(PropagationSettings(disabledBoundaries: ["gateway:billing"])))
        let billingTrace = try #require(
            analysis.traces.first { $0.spans.contains { $0.service == "billing" } })
        #expect(billingTrace.roots.count == 1)
        #expect(billingTrace.orphans.isEmpty)
        #expect(billingTrace.span(billingTrace.roots[0])?.name == "POST /charges")
    }
}
