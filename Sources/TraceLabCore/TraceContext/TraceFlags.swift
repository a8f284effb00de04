/// The 8-bit `trace-flags` field of a `traceparent`.
public struct TraceFlags: OptionSet, Hashable, Sendable {
    /// The raw byte.
    public let rawValue: UInt8

    /// Creates flags from the raw byte; unknown bits are kept as received.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Bit 0: the caller may have recorded this trace.
    public static let sampled = TraceFlags(rawValue: 0x01)
}
