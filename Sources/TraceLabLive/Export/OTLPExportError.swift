/// Why spans could not be delivered to an OTLP endpoint: one line naming the endpoint and the reason.
public struct OTLPExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong and where.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
