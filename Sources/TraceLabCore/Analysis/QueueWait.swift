/// Time a message spent between being published and being picked up by its consumer.
public struct QueueWait: Hashable, Sendable {
    /// The message crossing (`publisher:consumer`) this wait belongs to.
    public let boundary: String
    /// The producer span that published the message.
    public let producerSpanID: SpanID
    /// The consumer span that handled it.
    public let consumerSpanID: SpanID
    /// When publishing finished, in nanoseconds.
    public let publishedNanos: UInt64
    /// When the consumer started, in nanoseconds.
    public let consumedNanos: UInt64
    /// True when the producer and consumer ended up in different traces: only the simulator,
    /// which saw the message go through, can pair them; a tracing backend could not join them.
    public let knownOnlyToSimulator: Bool

    /// Creates a queue-wait record.
    public init(
        boundary: String, producerSpanID: SpanID, consumerSpanID: SpanID, publishedNanos: UInt64,
        consumedNanos: UInt64, knownOnlyToSimulator: Bool = false
    ) {
        self.boundary = boundary
        self.producerSpanID = producerSpanID
        self.consumerSpanID = consumerSpanID
        self.publishedNanos = publishedNanos
        self.consumedNanos = consumedNanos
        self.knownOnlyToSimulator = knownOnlyToSimulator
    }

    /// The wait itself (zero if the consumer somehow started first).
    public var waitNanos: UInt64 { consumedNanos > publishedNanos ? consumedNanos - publishedNanos : 0 }
}
