import Testing
import TraceLabCore

@Suite("The tail-sampling collector on hand-built spans")
struct TailSamplerTests {
    static func span(
        _ trace: UInt64, _ id: UInt64, parent: UInt64?, start: UInt64, end: UInt64, error: Bool = false
    )
        -> RecordedSpan
    {
        RecordedSpan(
            traceID: TraceID(high: trace, low: UInt64.max), spanID: SpanID(id),
            parentSpanID: parent.map(SpanID.init),
            service: "s", name: "op", kind: .server, startNanos: start, endNanos: end,
            status: error ? .error("boom") : .ok)
    }

    @Test("each trace is held from its first span's arrival until the wait after its last")
    func holding() {
        let seconds: UInt64 = 1_000_000_000
        let spans = [
            Self.span(1, 11, parent: 10, start: 0, end: 1 * seconds),
            Self.span(1, 10, parent: nil, start: 0, end: 2 * seconds),
            Self.span(2, 20, parent: nil, start: 1 * seconds, end: 3 * seconds, error: true),
        ]
        let rules = SamplingPolicy.TailRules(errors: true, rest: 0, decisionWaitNanos: 5 * seconds)
        let outcome = TailSampler(rules: rules).decide(spans)
        #expect(outcome.droppedSpanIDs == [SpanID(10), SpanID(11)])
        // Trace 1: first arrival at 1 s, decided at 2 s + 5 s; trace 2: arrives at 3 s, decided at 8 s.
        #expect(outcome.buffering.longestHoldNanos == 6 * seconds)
        #expect(outcome.buffering.meanHoldNanos == (6 * seconds + 5 * seconds) / 2)
        #expect(outcome.buffering.peakSpansHeld == 3)
    }

    @Test("a slow rule reads the root span's duration")
    func slowRule() {
        let spans = [Self.span(1, 10, parent: nil, start: 0, end: 3_000_000_000)]
        let sampler = TailSampler(rules: .init(slowerThanNanos: 2_000_000_000))
        #expect(sampler.keeps(spans, traceID: spans[0].traceID))
        #expect(
            !TailSampler(rules: .init(slowerThanNanos: 4_000_000_000)).keeps(spans, traceID: spans[0].traceID)
        )
    }
}
