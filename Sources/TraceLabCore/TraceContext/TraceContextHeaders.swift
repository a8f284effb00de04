/// The receiving and sending rules of W3C Trace Context for whole header sets.
public enum TraceContextHeaders {
    /// The header name for the parent.
    public static let traceparent = "traceparent"
    /// The header name for vendor state.
    public static let tracestate = "tracestate"

    /// The context a receiver continues, given every `traceparent` and `tracestate` header value
    /// it received (in order); nil means start a new trace and drop `tracestate`.
    ///
    /// Exactly one `traceparent` that ``TraceParent/parse(_:)`` accepts continues the trace; none,
    /// several, or a malformed one start a new trace. The `tracestate` values are read only then, with
    /// ``TraceState/parse(headers:)``: a broken `tracestate` is dropped without affecting the trace.
    public static func extract(traceparent: [String], tracestate: [String]) -> SpanContext? {
        try? receive(traceparent: traceparent, tracestate: tracestate).get()
    }

    /// ``extract(traceparent:tracestate:)`` for a carrier with at most one of each header.
    public static func extract(traceparent: String?, tracestate: String?) -> SpanContext? {
        guard let traceparent, let parent = try? TraceParent.parse(traceparent) else { return nil }
        return continuing(parent, tracestate: tracestate.map { [$0] } ?? [])
    }

    /// ``extract(traceparent:tracestate:)`` for the fields of one carrier: a `traceparent` held
    /// inline is already read (see ``CarriedTraceparent``).
    static func extract(_ fields: TraceContextFields) -> SpanContext? {
        let parent: TraceParent?
        if let carried = fields.inlineTraceparent {
            parent = carried.parent
        } else if let text = fields.outOfLineTraceparent {
            parent = try? TraceParent.parse(text)
        } else {
            return nil
        }
        guard let parent else { return nil }
        guard let tracestate = fields.tracestate else { return continuing(parent, tracestate: []) }
        return continuing(parent, tracestate: [tracestate])
    }

    /// The fields ``inject(_:into:)`` writes for `context`, the `traceparent` held as the numbers
    /// it spells.
    static func fields(injecting context: SpanContext) -> TraceContextFields {
        let flags = context.flags.intersection(.definedByVersion00).rawValue
        let tracestate = context.traceState.isEmpty ? nil : context.traceState.headerValue
        guard
            let carried = CarriedTraceparent(traceID: context.traceID, parentID: context.spanID, flags: flags)
        else {
            return TraceContextFields(
                traceparent: TraceParentFastPath.format(
                    traceID: context.traceID, parentID: context.spanID, flags: flags),
                tracestate: tracestate)
        }
        return TraceContextFields(carried: carried, tracestate: tracestate)
    }

    /// The context a receiver continues from a valid `parent` and the `tracestate` values received.
    private static func continuing(_ parent: TraceParent, tracestate: [String]) -> SpanContext {
        SpanContext(
            traceID: parent.traceID, spanID: parent.parentID, flags: parent.flags,
            traceState: TraceState.parse(headers: tracestate))
    }

    /// Like ``extract(traceparent:tracestate:)``, but when the receiver must start a new trace it says
    /// which rule the `traceparent` headers broke.
    public static func receive(
        traceparent: [String], tracestate: [String]
    ) -> Result<SpanContext, TraceContextViolation> {
        guard let value = traceparent.first else {
            return .failure(
                TraceContextViolation(
                    rule: .missingTraceparent,
                    detail: "the receiver starts a new trace and discards any tracestate; send a traceparent")
            )
        }
        guard traceparent.count == 1 else {
            return .failure(
                TraceContextViolation(
                    rule: .severalTraceparents,
                    detail:
                        "received \(traceparent.count); the receiver cannot tell which is right, so it starts "
                        + "a new trace; send exactly one"))
        }
        do {
            return .success(continuing(try TraceParent.parse(value), tracestate: tracestate))
        } catch {
            return .failure(error)
        }
    }

    /// The header values to send for `context`: always `traceparent` (version 00), `tracestate` when
    /// not empty.
    public static func inject(_ context: SpanContext) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = []
        inject(context) { headers.append((name: $0, value: $1)) }
        return headers
    }

    /// The same headers as ``inject(_:)``, handed to `write` one by one without building a list
    /// (the tracer's path for every crossing).
    public static func inject(_ context: SpanContext, into write: (_ name: String, _ value: String) -> Void) {
        write(
            traceparent,
            TraceParent(traceID: context.traceID, parentID: context.spanID, flags: context.flags).headerValue)
        if !context.traceState.isEmpty {
            write(tracestate, context.traceState.headerValue)
        }
    }
}
