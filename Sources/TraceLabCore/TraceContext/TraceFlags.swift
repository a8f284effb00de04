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

    /// Every bit version 00 gives a meaning to (only ``sampled``); senders set all others to zero.
    public static let definedByVersion00: TraceFlags = [.sampled]

    /// True when the ``sampled`` bit is set.
    public var isSampled: Bool { contains(.sampled) }

    /// The bits set here that version 00 does not define.
    public var undefinedBits: TraceFlags { subtracting(.definedByVersion00) }
}
