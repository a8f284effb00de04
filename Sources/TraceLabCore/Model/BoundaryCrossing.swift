/// One time a request or message crossed from one service to another, with the trace context
/// headers (or message metadata) exactly as they were sent and as they arrived.
public struct BoundaryCrossing: Hashable, Sendable {
    /// How the context travels across this boundary.
    public enum Carrier: String, Hashable, Sendable, Codable {
        /// HTTP request headers.
        case http
        /// Message metadata on a queue.
        case message
    }

    /// The boundary's name, `caller:callee`, such as `gateway:billing`.
    public var boundary: String
    /// The calling (or publishing) service.
    public var from: String
    /// The called (or consuming) service.
    public var to: String
    /// 1 for the first attempt, 2 for the first retry, and so on.
    public var attempt: Int
    /// The trace-context fields the caller put into the carrier (empty when it injected nothing).
    public var sentFields: TraceContextFields
    // The two one-byte fields sit in the room the fields before them leave at their end, which
    // keeps the record 16 bytes smaller than in the order the initializer takes them.
    /// Headers or message metadata.
    public var carrier: Carrier
    /// Whether propagation was switched on for this boundary during the run.
    public var propagationEnabled: Bool
    /// The trace-context fields the callee found in the carrier.
    public var receivedFields: TraceContextFields
    /// The caller's span that made the call or published the message.
    public var callerSpanID: SpanID
    /// The caller's trace.
    public var callerTraceID: TraceID
    /// The callee's span that handled the call or message.
    public var calleeSpanID: SpanID
    /// The callee's trace: different from ``callerTraceID`` when the context was lost.
    public var calleeTraceID: TraceID

    /// Creates a crossing record.
    public init(
        boundary: String, from: String, to: String, carrier: Carrier, attempt: Int,
        propagationEnabled: Bool, sent: [String: String], received: [String: String],
        callerSpanID: SpanID, callerTraceID: TraceID, calleeSpanID: SpanID, calleeTraceID: TraceID
    ) {
        self.init(
            boundary: boundary, from: from, to: to, carrier: carrier, attempt: attempt,
            propagationEnabled: propagationEnabled, sentFields: TraceContextFields(sent),
            receivedFields: TraceContextFields(received), callerSpanID: callerSpanID,
            callerTraceID: callerTraceID, calleeSpanID: calleeSpanID, calleeTraceID: calleeTraceID)
    }

    /// Creates a crossing record from fields already split (see ``TraceContextFields``).
    public init(
        boundary: String, from: String, to: String, carrier: Carrier, attempt: Int,
        propagationEnabled: Bool, sentFields: TraceContextFields, receivedFields: TraceContextFields,
        callerSpanID: SpanID, callerTraceID: TraceID, calleeSpanID: SpanID, calleeTraceID: TraceID
    ) {
        self.boundary = boundary
        self.from = from
        self.to = to
        self.carrier = carrier
        self.attempt = attempt
        self.propagationEnabled = propagationEnabled
        self.sentFields = sentFields
        self.receivedFields = receivedFields
        self.callerSpanID = callerSpanID
        self.callerTraceID = callerTraceID
        self.calleeSpanID = calleeSpanID
        self.calleeTraceID = calleeTraceID
    }

    /// The trace-context fields the caller put into the carrier, by lowercased name (empty when
    /// it injected nothing).
    public var sent: [String: String] {
        get { sentFields.dictionary }
        set { sentFields = TraceContextFields(newValue) }
    }

    /// The trace-context fields the callee found in the carrier, by lowercased name.
    public var received: [String: String] {
        get { receivedFields.dictionary }
        set { receivedFields = TraceContextFields(newValue) }
    }

    /// True when the callee did not join the caller's trace: the story broke here.
    public var lostContext: Bool { calleeTraceID != callerTraceID }
}
