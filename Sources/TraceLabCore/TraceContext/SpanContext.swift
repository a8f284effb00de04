/// The part of a span that crosses process boundaries: what a `traceparent` and `tracestate`
/// carry.
public struct SpanContext: Hashable, Sendable {
    /// The trace the span belongs to.
    public var traceID: TraceID
    /// The span's id, which becomes the callee's parent id.
    public var spanID: SpanID
    /// The trace flags (sampled and friends).
    public var flags: TraceFlags
    /// Vendor-specific data that travels with the trace.
    public var traceState: TraceState

    /// Creates a span context.
    public init(
        traceID: TraceID, spanID: SpanID, flags: TraceFlags = .sampled, traceState: TraceState = TraceState()
    ) {
        self.traceID = traceID
        self.spanID = spanID
        self.flags = flags
        self.traceState = traceState
    }
}
