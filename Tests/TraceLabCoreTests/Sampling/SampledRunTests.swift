import Testing
import TraceLabCore

@Suite("Sampling in the engine: what each policy keeps, what it loses, and who breaks traces")
struct SampledRunTests {
    static func run(
        _ scenario: Scenario, requests: Int = 1000, rate: Double = 100, seed: UInt64 = 3,
        sampling: SamplingSettings
    ) throws -> LabRun {
        try ScenarioEngine(scenario: scenario).run(
            RunOptions(
                seed: seed, epochNanos: CheckoutFixture.epoch, requests: requests, ratePerSecond: rate,
                sampling: sampling))
    }

    @Test("head:10% keeps about a tenth, every kept trace whole, the same numbers every time")
    func headKeepsWholeTraces() throws {
        let settings = SamplingSettings(policy: .head(ratio: 0.1))
        let run = try Self.run(CheckoutFixture.scenario(), sampling: settings)
        let report = SamplingReport(run: run, ratePerSecond: 100)
        #expect((60...140).contains(report.keptTraces))
        #expect(report.brokenTraces.isEmpty)
        #expect(report.traces.allSatisfy { !$0.kept || $0.keptSpans == $0.spans })
        #expect(report.keptSpans < report.totalSpans)
        for outcome in report.traces {
            #expect(outcome.kept == TraceIDRatio.keeps(outcome.traceID, ratio: 0.1))
        }
        let again = SamplingReport(
            run: try Self.run(CheckoutFixture.scenario(), sampling: settings), ratePerSecond: 100)
        #expect(again == report)
    }

    @Test(
        "the engine measures each span's OTLP size as it ends, and the report reads the same either way",
        arguments: ["checkout", "busy-checkout"])
    func measuredSizesMatch(scenario: String) throws {
        let settings = SamplingSettings(policy: .head(ratio: 0.1), samplers: ["billing": .head(ratio: 0.5)])
        let run = try Self.run(
            scenario == "checkout" ? CheckoutFixture.scenario() : EngineFixture.busyCheckout(), requests: 200,
            rate: scenario == "checkout" ? 100 : 4, sampling: settings)
        // The busy checkout's billing workers add a wait attribute and event of the span's own.
        if scenario == "busy-checkout" {
            #expect(
                run.spans.contains { $0.attribute("tracelab.worker.wait_ms") != nil && !$0.events.isEmpty })
        }
        #expect(run.spanBytes == run.spans.map(OTLPSpanSize.bytes))
        var unmeasured = run
        unmeasured.spanBytes = []
        #expect(
            SamplingReport(run: unmeasured, ratePerSecond: 100)
                == SamplingReport(run: run, ratePerSecond: 100))
        #expect(run.keptOnly().spanBytes.isEmpty)
    }

    @Test("the decision travels in the flags: -00 on every crossing of a dropped trace, -01 on a kept one")
    func flagsOnTheWire() throws {
        let run = try Self.run(
            CheckoutFixture.scenario(), requests: 200, sampling: SamplingSettings(policy: .head(ratio: 0.1)))
        let dropped = Set(run.spans.filter { !run.isKept($0) }.map(\.traceID))
        #expect(!dropped.isEmpty)
        for crossing in run.crossings {
            let flags = try #require(crossing.sent["traceparent"]).suffix(2)
            #expect(flags == (dropped.contains(crossing.callerTraceID) ? "00" : "01"))
        }
    }

    @Test("a service deciding on its own records spans of dropped traces, and is named for it")
    func ownSamplerBreaksTraces() throws {
        let settings = SamplingSettings(policy: .head(ratio: 0.1), samplers: ["billing": .head(ratio: 0.5)])
        let report = SamplingReport(
            run: try Self.run(CheckoutFixture.scenario(), sampling: settings), ratePerSecond: 100)
        #expect(report.brokenTraces.count > 0)
        #expect(
            report.brokenTraces.allSatisfy {
                $0.service == "billing" && $0.reason == .recordedUnderDroppedParent
            })
        #expect(report.brokenByService.first?.service == "billing")
    }

    @Test("a service that drops its part of kept traces leaves a hole, and is named for it")
    func ownSamplerDropsInside() throws {
        let settings = SamplingSettings(policy: .all, samplers: ["billing": SamplingPolicy.none])
        let run = try Self.run(CheckoutFixture.scenario(), requests: 20, sampling: settings)
        let report = SamplingReport(run: run, ratePerSecond: 100)
        #expect(report.keptTraces == 20)
        #expect(report.brokenTraces.count == 20)
        #expect(
            report.brokenTraces.allSatisfy { $0.service == "billing" && $0.reason == .droppedInsideKeptTrace }
        )
        // Billing's callee followed billing's -00, so no payment-provider span was kept either.
        #expect(!run.keptSpans.contains { $0.service == "payment-provider" || $0.service == "billing" })
    }

    @Test("tail:errors,rest=0% keeps exactly the traces with a failed span")
    func tailKeepsErrors() throws {
        let policy = try SamplingPolicy.parse("tail:errors,rest=0%").get()
        let run = try Self.run(
            EngineFixture.busyCheckout(), rate: 4, seed: 5, sampling: SamplingSettings(policy: policy))
        let report = SamplingReport(run: run, ratePerSecond: 4)
        #expect(report.errorTracesTotal > 0)
        #expect(report.errorTracesKept == report.errorTracesTotal)
        #expect(report.keptTraces == report.errorTracesTotal)
        #expect(report.brokenTraces.isEmpty)
        let buffering = try #require(run.tailBuffering)
        #expect(buffering.decisionWaitNanos == 5_000_000_000)
        #expect(buffering.meanHoldNanos >= buffering.decisionWaitNanos)
        #expect(buffering.peakSpansHeld > 0)
    }

    @Test("tail sampling keeps every trace slower than its threshold")
    func tailKeepsSlow() throws {
        let policy = try SamplingPolicy.parse("tail:slow=4s").get()
        let run = try Self.run(
            EngineFixture.busyCheckout(), rate: 4, seed: 5, sampling: SamplingSettings(policy: policy))
        let report = SamplingReport(run: run, ratePerSecond: 4)
        for outcome in report.traces {
            #expect(outcome.kept == (outcome.durationNanos > 4_000_000_000))
        }
        #expect(report.slowestKept == report.slowestTraces.count)
    }

    @Test("none keeps nothing; all keeps everything and reports no loss")
    func extremes() throws {
        let scenario = try CheckoutFixture.scenario()
        let nothing = SamplingReport(
            run: try Self.run(scenario, requests: 10, sampling: SamplingSettings(policy: .none)),
            ratePerSecond: 100)
        #expect(nothing.keptTraces == 0 && nothing.keptBytes == 0)
        let everything = SamplingReport(
            run: try Self.run(scenario, requests: 10, sampling: .keepAll), ratePerSecond: 100)
        #expect(everything.keptTraces == 10 && everything.keptBytes == everything.totalBytes)
        #expect(everything.perDay(everything.totalBytes) == Double(everything.totalBytes) / 10 * 100 * 86_400)
    }

    @Test(
        "the report counts exactly the spans not sampled out, for a real run and for ids crafted to collide")
    func keptCountsMatchTheDroppedSet() throws {
        let run = try Self.run(
            CheckoutFixture.scenario(), requests: 300, sampling: SamplingSettings(policy: .head(ratio: 0.3)))
        let report = SamplingReport(run: run, ratePerSecond: 100)
        #expect(report.keptSpans == run.spans.count { !run.sampledOutSpanIDs.contains($0.spanID) })
        // Ids that are multiples of the inverse of a common mixing constant all land in one
        // slot of a multiplicative hash table: the report must still answer, and quickly.
        var inverse: UInt64 = 1
        for _ in 0..<6 { inverse = inverse &* (2 &- 0x9E37_79B9_7F4A_7C15 &* inverse) }
        let trace = TraceID(high: 1, low: 2)
        let spans = (1...4_000).map { number in
            RecordedSpan(
                traceID: trace, spanID: SpanID(inverse &* UInt64(number)), parentSpanID: nil, service: "s",
                name: "op", kind: .server, startNanos: 0, endNanos: 1)
        }
        var crafted = LabRun(
            scenarioID: "crafted", spans: spans, crossings: [], requestSpanID: spans[0].spanID, epochNanos: 0)
        crafted.sampledOutSpanIDs = SpanIDSet(spans.indices.filter { $0 % 3 == 0 }.map { spans[$0].spanID })
        let craftedReport = SamplingReport(run: crafted, ratePerSecond: 1)
        #expect(craftedReport.keptSpans == spans.count - crafted.sampledOutSpanIDs.count)
        #expect(craftedReport.totalSpans == spans.count)
    }
}
