import Instrumentation
import NIOHTTP1
import TraceLabCore
import Tracing

/// A service process's tracer: the course's ``LabTracer`` (W3C propagation, spans recorded
/// for export) with two live-lab duties. It keeps server and consumer spans in ``ActiveSpans``
/// while they are open, and, when AsyncHTTPClient asks it to inject, it notes the client span
/// under the request's `x-tracelab-call` id; with ``propagates`` false it then injects
/// nothing, which is what "propagation off at this boundary" means on the wire.
public struct ServiceTracer: Tracer {
    /// The span type.
    public typealias Span = LabSpan

    /// The header that carries the lab's call id on every request between services.
    public static let callHeader = "x-tracelab-call"

    /// The course tracer that records spans.
    public let lab: LabTracer
    /// Whether `inject` writes trace context.
    public let propagates: Bool
    /// Where open server/consumer spans are kept (nil: not kept).
    public let active: ActiveSpans?
    /// Where client spans are noted by call id (nil: not noted).
    public let ledger: CallLedger?

    /// Creates a tracer.
    public init(lab: LabTracer, propagates: Bool, active: ActiveSpans?, ledger: CallLedger?) {
        self.lab = lab
        self.propagates = propagates
        self.active = active
        self.ledger = ledger
    }

    /// Starts a span with the course tracer; server and consumer spans are kept while open.
    public func startSpan<Instant: TracerInstant>(
        _ operationName: String, context: @autoclosure () -> InstrumentationContext, ofKind kind: SpanKind,
        at instant: @autoclosure () -> Instant, function: String, file fileID: String, line: UInt
    ) -> LabSpan {
        let span = lab.startSpan(
            operationName, context: context(), ofKind: kind, at: instant(), function: function, file: fileID,
            line: line)
        if kind == .server || kind == .consumer { active?.add(span) }
        return span
    }

    /// Nothing is buffered here; the process exports its recorder's spans itself.
    public func forceFlush() {}

    /// Notes the client span for the request's call id, then injects only when propagating.
    public func inject<Carrier, Inject: Injector>(
        _ context: InstrumentationContext, into carrier: inout Carrier, using injector: Inject
    ) where Inject.Carrier == Carrier {
        if let ledger, let headers = carrier as? NIOHTTP1.HTTPHeaders,
            let callID = headers.first(name: Self.callHeader),
            let spanContext = context.spanContext
        {
            ledger.noteClientSpan(spanContext, for: callID)
        }
        guard propagates else { return }
        lab.inject(context, into: &carrier, using: injector)
    }

    /// Reads `traceparent`/`tracestate` with the course's receiving rules.
    public func extract<Carrier, Extract: Extractor>(
        _ carrier: Carrier, into context: inout InstrumentationContext, using extractor: Extract
    ) where Extract.Carrier == Carrier {
        lab.extract(carrier, into: &context, using: extractor)
    }
}
