extension TraceFlags {
    /// Every bit level 2 gives a meaning to: ``sampled`` and ``random``.
    public static let definedByLevel2: TraceFlags = [.sampled, .random]
}

extension TraceContextHeaders {
    /// The headers to send for `context` under Trace Context level 2: like ``inject(_:)`` (version
    /// 00, `tracestate` when not empty), but the ``TraceFlags/random`` bit goes out as the context
    /// has it instead of being cleared.
    public static func injectLevel2(_ context: SpanContext) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = [
            (
                traceparent,
                TraceParentFastPath.format(
                    traceID: context.traceID, parentID: context.spanID,
                    flags: context.flags.intersection(.definedByLevel2).rawValue)
            )
        ]
        if !context.traceState.isEmpty {
            headers.append((tracestate, context.traceState.headerValue))
        }
        return headers
    }
}
