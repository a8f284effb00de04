/// A request that reached the harness's callback URL: its headers as they arrived.
public struct ReceivedCall: Hashable, Sendable, Codable {
    /// The headers, in order, names in the case the service wrote them.
    public var headers: [ExerciseHeader]

    /// Creates a received call.
    public init(headers: [ExerciseHeader]) {
        self.headers = headers
    }
}

/// What came of one ``ExerciseExchange``: how the service answered and which calls it made.
public struct ExchangeOutcome: Hashable, Sendable {
    /// How the service answered the harness's request.
    public enum Reply: Hashable, Sendable {
        /// An HTTP response with this status code.
        case status(Int)
        /// No response: the reason (connection refused, timed out).
        case noResponse(String)
    }

    /// The service's answer.
    public var reply: Reply
    /// One entry per call the request asked for, in order; nil where the call never arrived.
    public var calls: [ReceivedCall?]

    /// Creates an outcome.
    public init(reply: Reply, calls: [ReceivedCall?]) {
        self.reply = reply
        self.calls = calls
    }
}
