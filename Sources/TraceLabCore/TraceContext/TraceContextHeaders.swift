/// The receiving and sending rules of W3C Trace Context for whole header sets.
///
/// STUB: the full rule set (issue 2, item 3) replaces `extract`; the API stays.
public enum TraceContextHeaders {
    /// The header name for the parent.
    public static let traceparent = "traceparent"
    /// The header name for vendor state.
    public static let tracestate = "tracestate"

    /// The context a receiver continues, given every `traceparent` and `tracestate` header value
    /// it received (in order); nil means start a new trace and drop `tracestate`.
    public static func extract(traceparent: [String], tracestate: [String]) -> SpanContext? {
        guard traceparent.count == 1, let parent = try? TraceParent.parse(traceparent[0]) else { return nil }
        return SpanContext(
            traceID: parent.traceID, spanID: parent.parentID, flags: parent.flags,
            traceState: TraceState.parse(headers: tracestate))
    }

    /// The header values to send for `context`: always `traceparent`, `tracestate` when not empty.
    public static func inject(_ context: SpanContext) -> [(name: String, value: String)] {
        var headers = [
            (
                name: traceparent,
                value: TraceParent(traceID: context.traceID, parentID: context.spanID, flags: context.flags)
                    .headerValue
            )
        ]
        if !context.traceState.isEmpty {
            headers.append((name: tracestate, value: context.traceState.headerValue))
        }
        return headers
    }
}
