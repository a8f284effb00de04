/// What a service process tells the parent about one side of a boundary crossing. The parent
/// joins the caller's and the callee's halves by ``callID`` into a `BoundaryCrossing`.
public struct CrossingHalf: Codable, Hashable, Sendable {
    /// Which side wrote this half.
    public enum Side: String, Codable, Sendable {
        /// The caller or publisher.
        case caller
        /// The callee or consumer.
        case callee
    }

    /// The id shared by both sides: the `x-tracelab-call` header, or the message id.
    public var callID: String
    /// Which side this is.
    public var side: Side
    /// `caller:callee`.
    public var boundary: String
    /// `http` or `message`.
    public var carrier: String
    /// 1 for the first attempt.
    public var attempt: Int
    /// Whether the caller was set to propagate.
    public var propagation: Bool
    /// `traceparent`/`tracestate` as written on the wire (caller) or as read (callee); several
    /// values of one field are joined with `, `.
    public var fields: [String: String]
    /// The span that made the call or handled it, as hex.
    public var spanID: String
    /// That span's trace, as hex.
    public var traceID: String
}

/// A message handed to the parent's queue: the trace context travels in ``metadata``, as in
/// Kafka record headers or AMQP properties, never in the HTTP headers of its delivery.
public struct QueuedMessage: Codable, Hashable, Sendable {
    /// The message's id (also the crossing's call id).
    public var id: String
    /// The topic, such as `purchase.completed`.
    public var topic: String
    /// The consuming service.
    public var consumer: String
    /// The consumer's operation.
    public var operation: String
    /// How long the queue holds the message, in nanoseconds of real time.
    public var holdNanos: UInt64
    /// The message's own metadata: `traceparent`, `tracestate`, `x-correlation-id`.
    public var metadata: [String: String]
    /// The message's body.
    public var body: String
}

/// Everything a service process exports when it flushes: finished spans go over OTLP, the
/// crossing halves as this JSON document.
public struct CrossingReport: Codable, Hashable, Sendable {
    /// The service that wrote the report.
    public var service: String
    /// The halves recorded since the last report.
    public var halves: [CrossingHalf]
}
