/// One trace's running totals while ``SamplingReport`` reads a run's spans once: counts and
/// OTLP bytes, all and kept, whether a span failed, and what ``TraceDuration`` needs.
struct TraceTally: TraceTotals {
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

    /// Counts `span`, of `size` bytes as OTLP/protobuf, which an exporter sent when `kept`.
    mutating func add(_ span: RecordedSpan, bytes size: Int, kept: Bool) {
        spans += 1
        bytes += size
        if kept {
            keptSpans += 1
            keptBytes += size
        }
        hasError = hasError || span.status.isError
        if rootDuration == nil, span.isRoot { rootDuration = span.durationNanos }
        earliestStart = min(earliestStart, span.startNanos)
        latestEnd = max(latestEnd, span.endNanos)
    }

    /// The totals as the report shows them.
    var outcome: SamplingReport.TraceOutcome {
        SamplingReport.TraceOutcome(
            traceID: traceID, kept: keptSpans > 0, spans: spans, keptSpans: keptSpans, bytes: bytes,
            keptBytes: keptBytes, hasError: hasError,
            durationNanos: rootDuration ?? (spans == 0 ? 0 : latestEnd - earliestStart))
    }
}
