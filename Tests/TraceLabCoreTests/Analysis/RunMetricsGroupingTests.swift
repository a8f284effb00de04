import Testing
import TraceLabCore

/// Metrics group spans by the text of their service and operation, however each span's
/// strings were made.
@Suite struct RunMetricsGroupingTests {
    private static func server(_ id: UInt64, service: String, name: String, nanos: UInt64) -> RecordedSpan {
        RecordedSpan(
            traceID: TraceID(high: 1, low: id), spanID: SpanID(id), parentSpanID: nil, service: service,
            name: name, kind: .server, startNanos: 0, endNanos: nanos)
    }

    @Test("equal names held in separate storage make one row; different names make their own")
    func equalTextsShareARow() {
        // Built at run time, each longer than a string holds inline: separate storage, equal text.
        let parts = ["notification", "-worker"]
        let operation = ["process ", "purchase.completed"]
        let spans = [
            Self.server(1, service: parts.joined(), name: operation.joined(), nanos: 10),
            Self.server(2, service: parts.joined(), name: operation.joined(), nanos: 30),
            Self.server(3, service: parts.joined(), name: "process refund.completed", nanos: 20),
            Self.server(4, service: "notification-worker", name: "process purchase.completed", nanos: 50),
        ]
        let run = LabRun(
            scenarioID: "t", spans: spans, crossings: [], requestSpanID: SpanID(1), epochNanos: 0)
        let rows = RunMetrics(run: run).rows
        #expect(rows.map(\.operation) == ["process purchase.completed", "process refund.completed"])
        #expect(rows.map(\.count) == [3, 1])
        #expect(rows[0].maxNanos == 50)
    }
}
