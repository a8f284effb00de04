/// Why an OTLP/HTTP payload could not be read; the message is safe to send back in a 400 answer.
public struct OTLPDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong with the payload.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
