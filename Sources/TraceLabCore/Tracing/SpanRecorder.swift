import Synchronization

/// Collects finished spans from any number of tracers, in the order they ended. The in-memory
/// backend of the lab, shipped as real code like swift-distributed-tracing's `InMemoryTracer`.
public final class SpanRecorder: Sendable {
    private let finished = Mutex<[RecordedSpan]>([])
    private let unsampled = Mutex<Set<SpanID>>([])
    private let carriers = Mutex<(injections: [Injection], extractions: [Extraction])>(([], []))
    /// False when this recorder ignores injections and extractions (see ``init(keepingCarriers:)``).
    public let keepsCarriers: Bool

    /// What a tracer wrote into a carrier: the span context and the trace-context fields.
    public struct Injection: Hashable, Sendable {
        /// The service whose tracer injected.
        public let service: String
        /// The context that was written.
        public let spanContext: SpanContext
        /// The fields written.
        public let written: TraceContextFields

        /// Creates a record of an injection.
        public init(service: String, spanContext: SpanContext, written: TraceContextFields) {
            self.service = service
            self.spanContext = spanContext
            self.written = written
        }

        /// The fields written, by lowercased name (`traceparent`, `tracestate`).
        public var fields: [String: String] { written.dictionary }
    }

    /// What a tracer read from a carrier: the fields found and the context they gave, if valid.
    public struct Extraction: Hashable, Sendable {
        /// The service whose tracer extracted.
        public let service: String
        /// The trace-context fields found.
        public let found: TraceContextFields
        /// The remote parent the fields gave; nil when missing or invalid.
        public let spanContext: SpanContext?

        /// Creates a record of an extraction.
        public init(service: String, found: TraceContextFields, spanContext: SpanContext?) {
            self.service = service
            self.found = found
            self.spanContext = spanContext
        }

        /// The trace-context fields found, by lowercased name.
        public var fields: [String: String] { found.dictionary }
    }

    /// Creates an empty recorder. With `keepingCarriers` false it records spans only: for an
    /// owner that keeps what each carrier held itself, as the simulator's crossings do, so the
    /// same headers are not held twice.
    public init(keepingCarriers: Bool = true) {
        keepsCarriers = keepingCarriers
    }

    /// Adds a finished span; one whose sampled flag was off is kept for the simulator's view
    /// but listed in ``sampledOutSpanIDs``: an exporter never sends it.
    public func record(_ span: RecordedSpan, sampled: Bool = true) {
        finished.withLock { $0.append(span) }
        if !sampled { _ = unsampled.withLock { $0.insert(span.spanID) } }
    }

    /// The spans recorded while their sampled flag was off.
    public var sampledOutSpanIDs: Set<SpanID> { unsampled.withLock { $0 } }

    /// Records an injection (called by the tracer's `inject`), unless the recorder ignores carriers.
    public func record(_ injection: Injection) {
        guard keepsCarriers else { return }
        carriers.withLock { $0.injections.append(injection) }
    }

    /// Records an extraction (called by the tracer's `extract`), unless the recorder ignores carriers.
    public func record(_ extraction: Extraction) {
        guard keepsCarriers else { return }
        carriers.withLock { $0.extractions.append(extraction) }
    }

    /// Every injection so far, in order, as swift-distributed-tracing's `InMemoryTracer` keeps them.
    public var injections: [Injection] { carriers.withLock { $0.injections } }

    /// Every extraction so far, in order.
    public var extractions: [Extraction] { carriers.withLock { $0.extractions } }

    /// The most recent injection, if any.
    public var lastInjection: Injection? { carriers.withLock { $0.injections.last } }

    /// The most recent extraction, if any.
    public var lastExtraction: Extraction? { carriers.withLock { $0.extractions.last } }

    /// Every span recorded so far, in the order they ended.
    public var spans: [RecordedSpan] { finished.withLock { $0 } }

    /// Returns every span recorded so far and forgets them.
    public func drain() -> [RecordedSpan] {
        finished.withLock { spans in
            defer { spans = [] }
            return spans
        }
    }
}
