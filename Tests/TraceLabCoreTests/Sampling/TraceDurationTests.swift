import Testing

@testable import TraceLabCore

/// A trace's duration is its first root span's, else from its earliest start to its latest end;
/// the running totals the sampling report and the collector keep give the same figure.
@Suite struct TraceDurationTests {
    private static func span(_ id: UInt64, parent: UInt64?, start: UInt64, end: UInt64) -> RecordedSpan {
        RecordedSpan(
            traceID: TraceID(high: 1, low: 2), spanID: SpanID(id), parentSpanID: parent.map(SpanID.init),
            service: "s", name: "n", kind: .server, startNanos: start, endNanos: end)
    }

    static let cases: [(name: String, spans: [RecordedSpan], nanos: UInt64)] = [
        ("root", [span(2, parent: 1, start: 0, end: 900), span(1, parent: nil, start: 100, end: 400)], 300),
        (
            "first root",
            [span(1, parent: nil, start: 0, end: 50), span(3, parent: nil, start: 0, end: 700)], 50
        ),
        (
            "fragment", [span(2, parent: 9, start: 250, end: 400), span(3, parent: 9, start: 100, end: 300)],
            300
        ),
        ("empty", [], 0),
    ]

    @Test(arguments: cases)
    func durationFollowsTheRule(name: String, spans: [RecordedSpan], nanos: UInt64) {
        #expect(TraceDuration.nanos(of: spans) == nanos, "\(name)")
        var tally = TraceTally(traceID: TraceID(high: 1, low: 2))
        for span in spans {
            tally.add(
                start: span.startNanos, end: span.endNanos, isError: false, isRoot: span.isRoot, bytes: 0,
                kept: true)
        }
        #expect(tally.durationNanos == nanos, "\(name)")
    }
}
