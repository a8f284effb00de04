/// One line a simulated service wrote to its log, with what a log pipeline attaches to it: the
/// time, the service, the correlation id from the request headers, and the trace and span ids
/// of the span that was current, as OpenTelemetry's log bridge does.
public struct LogRecord: Hashable, Sendable {
    /// When the line was written, in nanoseconds on the run's clock.
    public var timeNanos: UInt64
    /// The service that wrote it.
    public var service: String
    /// The text of the line.
    public var message: String
    /// The `x-correlation-id` the service received, if any.
    public var correlationID: String?
    /// The trace the service's current span belonged to, when it had one.
    public var traceID: TraceID?
    /// The service's current span, when it had one.
    public var spanID: SpanID?

    /// Creates a record.
    public init(
        timeNanos: UInt64, service: String, message: String, correlationID: String?, traceID: TraceID?,
        spanID: SpanID?
    ) {
        self.timeNanos = timeNanos
        self.service = service
        self.message = message
        self.correlationID = correlationID
        self.traceID = traceID
        self.spanID = spanID
    }
}
