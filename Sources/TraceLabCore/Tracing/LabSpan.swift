import Instrumentation
import Synchronization
import Tracing

/// A span of the lab's tracer. Mutable until `end(at:)`, which records it exactly once as a
/// ``RecordedSpan``; later calls are ignored, as the tracing API requires.
public final class LabSpan: Tracing.Span {
    private struct State {
        var operationName: String
        var attributes = SpanAttributes()
        var status: RecordedSpan.Status = .ok
        var events: [RecordedSpan.Event] = []
        var links: [RecordedSpan.Link] = []
        var ended = false
    }

    /// The context holding this span's ``SpanContext``: pass it to child spans and to `inject`.
    public let context: InstrumentationContext
    /// This span's W3C identity.
    public let spanContext: SpanContext
    /// The service that started the span.
    public let service: String
    private let kind: RecordedSpan.Kind
    private let parentSpanID: SpanID?
    private let startNanos: UInt64
    private let recorder: SpanRecorder
    private let state: Mutex<State>

    init(
        service: String, operationName: String, kind: RecordedSpan.Kind, context: InstrumentationContext,
        spanContext: SpanContext, parentSpanID: SpanID?, startNanos: UInt64, recorder: SpanRecorder
    ) {
        self.service = service
        self.kind = kind
        self.context = context
        self.spanContext = spanContext
        self.parentSpanID = parentSpanID
        self.startNanos = startNanos
        self.recorder = recorder
        self.state = Mutex(State(operationName: operationName))
    }

    /// The operation's name; may be renamed until the span ends.
    public var operationName: String {
        get { state.withLock { $0.operationName } }
        set { state.withLock { $0.operationName = newValue } }
    }

    /// The span's attributes.
    public var attributes: SpanAttributes {
        get { state.withLock { $0.attributes } }
        set { state.withLock { $0.attributes = newValue } }
    }

    /// True until the span ends.
    public var isRecording: Bool { state.withLock { !$0.ended } }

    /// Sets the outcome: `.error` keeps its message; `.ok` clears an earlier error.
    public func setStatus(_ status: SpanStatus) {
        state.withLock {
            $0.status = status.code == .error ? .error(status.message ?? "error") : .ok
        }
    }

    /// Adds a timestamped event.
    public func addEvent(_ event: SpanEvent) {
        let recorded = RecordedSpan.Event(
            name: event.name, timeNanos: event.nanosecondsSinceEpoch, attributes: event.attributes.labValues)
        state.withLock { $0.events.append(recorded) }
    }

    /// Records an `exception` event and marks the span as failed with the error's description.
    public func recordError<Instant: TracerInstant>(
        _ error: any Error, attributes: SpanAttributes, at instant: @autoclosure () -> Instant
    ) {
        var eventAttributes = attributes
        eventAttributes["exception.message"] = "\(error)"
        let event = RecordedSpan.Event(
            name: "exception", timeNanos: instant().nanosecondsSinceEpoch,
            attributes: eventAttributes.labValues)
        state.withLock {
            $0.events.append(event)
            $0.status = .error("\(error)")
        }
    }

    /// Links this span to the span in the link's context, if it has one.
    public func addLink(_ link: SpanLink) {
        guard let target = link.context.spanContext else { return }
        let recorded = RecordedSpan.Link(
            traceID: target.traceID, spanID: target.spanID, attributes: link.attributes.labValues)
        state.withLock { $0.links.append(recorded) }
    }

    /// Ends the span at `instant` and records it; only the first call counts.
    public func end<Instant: TracerInstant>(at instant: @autoclosure () -> Instant) {
        let endNanos = instant().nanosecondsSinceEpoch
        let finished: State? = state.withLock { state in
            guard !state.ended else { return nil }
            state.ended = true
            return state
        }
        guard let finished else { return }
        recorder.record(
            RecordedSpan(
                traceID: spanContext.traceID, spanID: spanContext.spanID, parentSpanID: parentSpanID,
                service: service, name: finished.operationName, kind: kind, startNanos: startNanos,
                endNanos: endNanos, status: finished.status, attributes: finished.attributes.labValues,
                events: finished.events, links: finished.links),
            sampled: spanContext.flags.isSampled)
    }
}

extension SpanAttributes {
    /// The attributes as the lab's plain values (arrays and other types become text).
    var labValues: [String: AttributeValue] {
        var values: [String: AttributeValue] = [:]
        forEach { key, attribute in
            switch attribute {
            case .int32(let value): values[key] = .int(Int64(value))
            case .int64(let value): values[key] = .int(value)
            case .double(let value): values[key] = .double(value)
            case .bool(let value): values[key] = .bool(value)
            case .string(let value): values[key] = .string(value)
            default: values[key] = .string("\(attribute)")
            }
        }
        return values
    }
}
