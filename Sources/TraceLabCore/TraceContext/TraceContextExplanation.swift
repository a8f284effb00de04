/// What `tracelab traceparent <value> [--tracestate <value>]` shows a learner: each header decoded
/// field by field with a one-line meaning, or the rule of the spec it breaks and what a receiver does
/// about it. Pure data; the CLI decides how to print it.
public struct TraceContextExplanation: Hashable, Sendable {
    /// The `traceparent` value, decoded or rejected.
    public let traceparent: Header
    /// The `tracestate` value, when one was given.
    public let tracestate: Header?

    /// Explains `traceparent` and, when given, `tracestate` as a receiver would read them.
    ///
    /// A `tracestate` is read only when the `traceparent` is accepted: the spec tells a receiver that
    /// rejects the `traceparent` to discard `tracestate` unread.
    public init(traceparent: String, tracestate: String? = nil) {
        let parentHeader = TraceParentExplainer.header(for: traceparent)
        self.traceparent = parentHeader
        self.tracestate = tracestate.map { value in
            parentHeader.violation == nil
                ? TraceStateExplainer.header(for: value)
                : Header(
                    name: TraceContextHeaders.tracestate, value: value,
                    verdict: .notRead(
                        reason:
                            "the traceparent was rejected, so a receiver discards tracestate without reading it"
                    ),
                    lines: [])
        }
    }

    /// True when a receiver continues the caller's trace; false when it starts a new one.
    public var continuesTrace: Bool { traceparent.violation == nil }
}
