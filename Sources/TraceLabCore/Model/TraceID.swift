/// A 16-byte W3C trace id. The all-zero value is representable but never valid on the wire.
public struct TraceID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The first eight bytes, big-endian.
    public let high: UInt64
    /// The last eight bytes, big-endian.
    public let low: UInt64

    /// Creates a trace id from its two big-endian halves.
    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Parses exactly 32 lowercase hex digits; returns nil for anything else.
    public init?(hex: some StringProtocol) {
        guard hex.utf8.count == 32, let high = LowercaseHex.uint64(hex.utf8.prefix(16)),
            let low = LowercaseHex.uint64(hex.utf8.suffix(16))
        else { return nil }
        self.init(high: high, low: low)
    }

    /// True unless every byte is zero (the W3C spec forbids the all-zero id).
    public var isValid: Bool { high != 0 || low != 0 }

    /// The id as 32 lowercase hex digits.
    public var hex: String { LowercaseHex.string(high) + LowercaseHex.string(low) }

    /// The same as ``hex``.
    public var description: String { hex }

    /// Orders ids by their numeric value, which is also their hex order.
    public static func < (lhs: TraceID, rhs: TraceID) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }
}
