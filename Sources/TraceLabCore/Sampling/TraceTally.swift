/// One trace's running totals while ``SamplingReport`` reads a run's spans once: counts and
/// OTLP bytes, all and kept, whether a span failed, and what ``TraceDuration`` needs.
struct TraceTally {
    let traceID: TraceID
    private(set) var spans = 0
    private(set) var keptSpans = 0
    private var bytes = 0
    private var keptBytes = 0
    private var hasError = false
    private var rootDuration: UInt64?
    private var earliestStart = UInt64.max
    private var latestEnd: UInt64 = 0

    init(traceID: TraceID) {
        self.traceID = traceID
    }

    /// Counts the span at `index` of `spans`, of `size` bytes as OTLP/protobuf, which an exporter
    /// sent when `kept`. The span is read field by field, never copied.
    mutating func add(_ spans: [RecordedSpan], _ index: Int, bytes size: Int, kept: Bool) {
        self.spans += 1
        bytes += size
        if kept {
            keptSpans += 1
            keptBytes += size
        }
        let start = spans[index].startNanos
        let end = spans[index].endNanos
        hasError = hasError || spans[index].status.isError
        if rootDuration == nil, spans[index].parentSpanID == nil { rootDuration = end - start }
        earliestStart = min(earliestStart, start)
        latestEnd = max(latestEnd, end)
    }

    /// The totals as the report shows them.
    var outcome: SamplingReport.TraceOutcome {
        SamplingReport.TraceOutcome(
            traceID: traceID, kept: keptSpans > 0, spans: spans, keptSpans: keptSpans, bytes: bytes,
            keptBytes: keptBytes, hasError: hasError,
            durationNanos: rootDuration ?? (spans == 0 ? 0 : latestEnd - earliestStart))
    }
}
