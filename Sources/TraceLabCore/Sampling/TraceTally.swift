/// One trace's running totals, kept as its spans are read or end: counts and OTLP bytes, all and
/// kept, whether a span failed, and what ``TraceDuration`` and a tail-sampling collector need.
/// The sampling report shows them; the collector decides by them. When every span reached the
/// collector, its pass over a run's spans also totals them for the report
/// (``LabRun/traceTallies``), so the report need not read them again.
struct TraceTally: Hashable, Sendable {
    let traceID: TraceID
    private(set) var spans = 0
    private(set) var keptSpans = 0
    private var bytes = 0
    private var keptBytes = 0
    private(set) var hasError = false
    private var rootDuration: UInt64?
    private var earliestStart = UInt64.max
    /// When its first span ended: when a collector first held it.
    private(set) var earliestEnd = UInt64.max
    /// When its last span ended.
    private(set) var latestEnd: UInt64 = 0

    init(traceID: TraceID) {
        self.traceID = traceID
    }

    /// Counts a span that ran from `start` to `end`, failed when `isError`, had no parent when
    /// `isRoot`, and takes `size` bytes as OTLP/protobuf, which an exporter sent when `kept`.
    @inline(__always)
    mutating func add(start: UInt64, end: UInt64, isError: Bool, isRoot: Bool, bytes size: Int, kept: Bool) {
        spans += 1
        bytes += size
        if kept {
            keptSpans += 1
            keptBytes += size
        }
        if isError { hasError = true }
        if rootDuration == nil, isRoot { rootDuration = end - start }
        earliestStart = min(earliestStart, start)
        earliestEnd = min(earliestEnd, end)
        latestEnd = max(latestEnd, end)
    }

    /// Counts the span `span` points to (see ``add(start:end:isError:isRoot:bytes:kept:)``),
    /// read field by field, never copied.
    @inline(__always)
    mutating func add(_ span: UnsafePointer<RecordedSpan>, bytes size: Int, kept: Bool) {
        var isError = false
        if case .error = span.pointee.status { isError = true }
        add(
            start: span.pointee.startNanos, end: span.pointee.endNanos, isError: isError,
            isRoot: span.pointee.parentSpanID == nil, bytes: size, kept: kept)
    }

    /// Counts none of the trace's spans as kept: what a collector that dropped the trace leaves.
    mutating func forgetKept() {
        keptSpans = 0
        keptBytes = 0
    }

    /// As ``TraceDuration`` measures it.
    var durationNanos: UInt64 {
        TraceDuration.nanos(rootDuration: rootDuration, earliestStart: earliestStart, latestEnd: latestEnd)
    }

    /// The totals as the report shows them.
    var outcome: SamplingReport.TraceOutcome {
        SamplingReport.TraceOutcome(
            traceID: traceID, kept: keptSpans > 0, spans: spans, keptSpans: keptSpans, bytes: bytes,
            keptBytes: keptBytes, hasError: hasError, durationNanos: durationNanos)
    }
}
