/// An 8-byte W3C span id (the `parent-id` of a `traceparent`). Zero is never valid on the wire.
public struct SpanID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The eight bytes, big-endian.
    public let value: UInt64

    /// Creates a span id from its big-endian value.
    public init(_ value: UInt64) {
        self.value = value
    }

    /// Parses exactly 16 lowercase hex digits; returns nil for anything else.
    public init?(hex: some StringProtocol) {
        guard hex.utf8.count == 16, let value = LowercaseHex.uint64(hex.utf8[...]) else { return nil }
        self.init(value)
    }

    /// True unless every byte is zero.
    public var isValid: Bool { value != 0 }

    /// The id as 16 lowercase hex digits.
    public var hex: String { LowercaseHex.string(value) }

    /// The same as ``hex``.
    public var description: String { hex }

    /// Orders ids by numeric value.
    public static func < (lhs: SpanID, rhs: SpanID) -> Bool { lhs.value < rhs.value }
}
