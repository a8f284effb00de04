import Instrumentation
import Tracing

/// A `Tracer` for one service: starts ``LabSpan``s that join the parent found in the context
/// (local or extracted from a carrier) or start a new trace, and hands finished spans to a
/// shared ``SpanRecorder``. It is also the W3C propagator: `inject` writes `traceparent` and
/// `tracestate`, `extract` reads them following the spec's receiving rules.
public final class LabTracer: Tracer {
    /// The span type this tracer creates.
    public typealias Span = LabSpan

    /// The service every span of this tracer reports.
    public let service: String
    /// Where finished spans go.
    public let recorder: SpanRecorder
    /// Where new ids come from.
    public let ids: any IDSource
    /// Decides which new spans are recorded; by default every one.
    public let sampler: HeadSampler

    /// Creates a tracer for `service`.
    public init(
        service: String, recorder: SpanRecorder, ids: any IDSource,
        sampler: HeadSampler = HeadSampler(root: .all)
    ) {
        self.service = service
        self.recorder = recorder
        self.ids = ids
        self.sampler = sampler
    }

    /// Starts a span at `instant`: a child of the context's span when it has one, else a new root.
    /// The sampler's decision becomes the span's sampled flag, which `inject` sends on; a span
    /// that is not sampled is still timed (the simulator knows it) but the recorder marks it
    /// as never exported.
    public func startSpan<Instant: TracerInstant>(
        _ operationName: String, context: @autoclosure () -> InstrumentationContext, ofKind kind: SpanKind,
        at instant: @autoclosure () -> Instant, function: String, file fileID: String, line: UInt
    ) -> LabSpan {
        var context = context()
        let parent = context.spanContext
        let spanContext = newSpanContext(parent: parent)
        context.spanContext = spanContext
        return LabSpan(
            service: service, operationName: operationName, kind: RecordedSpan.Kind(kind), context: context,
            spanContext: spanContext, parentSpanID: parent?.spanID,
            startNanos: instant().nanosecondsSinceEpoch, recorder: recorder)
    }

    /// The identity of a new span: a child of `parent` when given, else the root of a new trace.
    /// The sampler's decision becomes its sampled flag.
    public func newSpanContext(parent: SpanContext?) -> SpanContext {
        guard let parent else { return newRootContext() }
        return newContext(childOf: parent)
    }

    /// ``newSpanContext(parent:)`` for a span with a parent.
    @inline(__always)
    func newContext(childOf parent: SpanContext) -> SpanContext {
        let keep = sampler.decide(traceID: parent.traceID, parentSampled: parent.flags.isSampled)
        return SpanContext(
            traceID: parent.traceID, spanID: ids.nextSpanID(), flags: sampled(parent.flags, keep),
            traceState: parent.traceState)
    }

    /// ``newSpanContext(parent:)`` for the root of a new trace.
    func newRootContext() -> SpanContext {
        let traceID = ids.nextTraceID()
        let flags = sampled(TraceFlags(), sampler.decide(traceID: traceID, parentSampled: nil))
        return SpanContext(traceID: traceID, spanID: ids.nextSpanID(), flags: flags)
    }

    /// `flags` with the sampled bit set to `keep`.
    private func sampled(_ flags: TraceFlags, _ keep: Bool) -> TraceFlags {
        var flags = flags
        if keep { flags.insert(.sampled) } else { flags.remove(.sampled) }
        return flags
    }

    /// Nothing is buffered: spans are recorded when they end.
    public func forceFlush() {}

    /// Writes the context's span as `traceparent` (and `tracestate` when not empty) into the carrier.
    public func inject<Carrier, Inject: Injector>(
        _ context: InstrumentationContext, into carrier: inout Carrier, using injector: Inject
    ) where Inject.Carrier == Carrier {
        guard let spanContext = context.spanContext else { return }
        let written = inject(spanContext)
        if let traceparent = written.traceparent {
            injector.inject(traceparent, forKey: TraceContextHeaders.traceparent, into: &carrier)
        }
        if let tracestate = written.tracestate {
            injector.inject(tracestate, forKey: TraceContextHeaders.tracestate, into: &carrier)
        }
    }

    /// The fields `inject` writes for `spanContext`, recorded as an injection: the path of a
    /// carrier the caller fills itself.
    public func inject(_ spanContext: SpanContext) -> TraceContextFields {
        let written = TraceContextHeaders.fields(injecting: spanContext)
        if recorder.keepsCarriers {
            recorder.record(
                SpanRecorder.Injection(service: service, spanContext: spanContext, written: written))
        }
        return written
    }

    /// Reads `traceparent`/`tracestate` from the carrier; a missing or invalid parent leaves the
    /// context without a span context, so the next span starts a new trace.
    public func extract<Carrier, Extract: Extractor>(
        _ carrier: Carrier, into context: inout InstrumentationContext, using extractor: Extract
    ) where Extract.Carrier == Carrier {
        let found = TraceContextFields(
            traceparent: extractor.extract(key: TraceContextHeaders.traceparent, from: carrier),
            tracestate: extractor.extract(key: TraceContextHeaders.tracestate, from: carrier))
        context.spanContext = extract(found)
    }

    /// The remote parent `found` gives by the spec's receiving rules (nil when missing or
    /// invalid), recorded as an extraction: the path of a carrier the callee reads itself.
    public func extract(_ found: TraceContextFields) -> SpanContext? {
        let extracted = TraceContextHeaders.extract(found)
        if recorder.keepsCarriers {
            recorder.record(SpanRecorder.Extraction(service: service, found: found, spanContext: extracted))
        }
        return extracted
    }
}

extension RecordedSpan.Kind {
    /// The lab's kind for a swift-distributed-tracing kind.
    public init(_ kind: SpanKind) {
        switch kind {
        case .server: self = .server
        case .client: self = .client
        case .producer: self = .producer
        case .consumer: self = .consumer
        case .internal: self = .internal
        }
    }
}
