/// One user request of a run, as the simulator knows it: when it arrived, its correlation id and
/// the entry service's span that answered it.
public struct SimulatedRequest: Hashable, Sendable {
    /// 1 for the first request to arrive, 2 for the next, and so on.
    public var number: Int
    /// When the request reached the entry service, in nanoseconds on the run's clock.
    public var arrivalNanos: UInt64
    /// The `x-correlation-id` the request carried through every hop.
    public var correlationID: String
    /// The entry service's server span for this request.
    public var requestSpanID: SpanID

    /// Creates a request record.
    public init(number: Int, arrivalNanos: UInt64, correlationID: String, requestSpanID: SpanID) {
        self.number = number
        self.arrivalNanos = arrivalNanos
        self.correlationID = correlationID
        self.requestSpanID = requestSpanID
    }
}
