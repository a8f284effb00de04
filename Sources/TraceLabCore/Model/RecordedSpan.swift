/// A finished span as the lab records it: who did what, when, under which trace, and how it ended.
///
/// Times are nanoseconds on the run's clock (for a simulated run, the virtual clock). The value
/// is plain data: analysis, rendering and export read it and never change it.
public struct RecordedSpan: Hashable, Sendable {
    /// The 16-byte trace this span belongs to.
    public var traceID: TraceID
    /// This span's own 8-byte id.
    public var spanID: SpanID
    /// The span that caused this one, possibly in another process; nil for a root span.
    public var parentSpanID: SpanID?
    /// The role the span plays in a request. (Declared here, beside the optional parent, it
    /// takes no room of its own: the record is 8 bytes smaller.)
    public var kind: Kind
    /// The service (process) that recorded the span.
    public var service: String
    /// The operation name, such as `POST /checkout`.
    public var name: String
    /// When the span started, in nanoseconds.
    public var startNanos: UInt64
    /// When the span ended, in nanoseconds; never before ``startNanos``.
    public var endNanos: UInt64
    /// Whether the operation succeeded.
    public var status: Status
    /// Key/value facts about the span (HTTP method, attempt number, topic...), stored so that
    /// spans can share the ones they have in common.
    public var attributeStore: SpanAttributeStore
    /// Timestamped moments inside the span.
    public var events: [Event]
    /// Causal links to spans in other traces (such as a consumer linking to a producer).
    public var links: [Link]

    /// Creates a recorded span; `endNanos` earlier than `startNanos` is clamped to `startNanos`.
    public init(
        traceID: TraceID, spanID: SpanID, parentSpanID: SpanID?, service: String, name: String,
        kind: Kind, startNanos: UInt64, endNanos: UInt64, status: Status = .ok,
        attributes: [String: AttributeValue] = [:], events: [Event] = [], links: [Link] = []
    ) {
        self.init(
            traceID: traceID, spanID: spanID, parentSpanID: parentSpanID, service: service, name: name,
            kind: kind, startNanos: startNanos, endNanos: endNanos, status: status,
            attributeStore: SpanAttributeStore(shared: attributes), events: events, links: links)
    }

    /// Creates a recorded span whose attributes are `attributes` as they are (see
    /// ``SpanAttributeStore``); otherwise the same as the other initialiser.
    public init(
        traceID: TraceID, spanID: SpanID, parentSpanID: SpanID?, service: String, name: String,
        kind: Kind, startNanos: UInt64, endNanos: UInt64, status: Status = .ok,
        attributeStore: SpanAttributeStore, events: [Event] = [], links: [Link] = []
    ) {
        self.traceID = traceID
        self.spanID = spanID
        self.parentSpanID = parentSpanID
        self.service = service
        self.name = name
        self.kind = kind
        self.startNanos = startNanos
        self.endNanos = max(startNanos, endNanos)
        self.status = status
        self.attributeStore = attributeStore
        self.events = events
        self.links = links
    }

    /// Key/value facts about the span (HTTP method, attempt number, topic...) as one dictionary;
    /// setting it replaces them all.
    public var attributes: [String: AttributeValue] {
        get { attributeStore.dictionary }
        set { attributeStore = SpanAttributeStore(shared: newValue) }
    }

    /// The value of the attribute `key`, read without building ``attributes``.
    public func attribute(_ key: String) -> AttributeValue? {
        attributeStore[key]
    }

    /// How long the span lasted, in nanoseconds.
    public var durationNanos: UInt64 { endNanos - startNanos }

    /// True when the span has no parent at all (it started a trace).
    public var isRoot: Bool { parentSpanID == nil }
}

extension RecordedSpan {
    /// The role of a span, as in OpenTelemetry.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        /// Handles a synchronous request from another service.
        case server
        /// Makes a synchronous request to another service.
        case client
        /// Hands a message to a queue or broker.
        case producer
        /// Handles a message taken from a queue or broker.
        case consumer
        /// Work inside one process.
        case `internal`
    }

    /// How a span ended.
    public enum Status: Hashable, Sendable {
        /// The operation succeeded (or nobody said otherwise).
        case ok
        /// The operation failed; the message says how.
        case error(String)

        /// True for ``error(_:)``.
        public var isError: Bool {
            if case .error = self { return true }
            return false
        }

        /// The failure message, or nil when the span succeeded.
        public var message: String? {
            if case .error(let message) = self { return message }
            return nil
        }
    }

    /// Something that happened at one instant during a span.
    public struct Event: Hashable, Sendable {
        /// What happened, such as `retry` or `exception`.
        public var name: String
        /// When it happened, in nanoseconds.
        public var timeNanos: UInt64
        /// Details of the event.
        public var attributes: [String: AttributeValue]

        /// Creates an event.
        public init(name: String, timeNanos: UInt64, attributes: [String: AttributeValue] = [:]) {
            self.name = name
            self.timeNanos = timeNanos
            self.attributes = attributes
        }
    }

    /// A reference to a span in this or another trace that this span relates to.
    public struct Link: Hashable, Sendable {
        /// The linked span's trace.
        public var traceID: TraceID
        /// The linked span.
        public var spanID: SpanID
        /// Why the link exists.
        public var attributes: [String: AttributeValue]

        /// Creates a link.
        public init(traceID: TraceID, spanID: SpanID, attributes: [String: AttributeValue] = [:]) {
            self.traceID = traceID
            self.spanID = spanID
            self.attributes = attributes
        }
    }
}
