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

    /// Bit 1, from Trace Context Level 2: the trace id's rightmost 7 bytes were drawn at random.
    /// Version 00 of Level 1, which this lab sends, does not define it, so it is sent on as 0.
    public static let random = TraceFlags(rawValue: 0x02)

    /// Every bit version 00 gives a meaning to (only ``sampled``); senders set all others to zero.
    public static let definedByVersion00: TraceFlags = [.sampled]

    /// True when the ``sampled`` bit is set.
    public var isSampled: Bool { contains(.sampled) }

    /// The bits set here that version 00 does not define.
    public var undefinedBits: TraceFlags { subtracting(.definedByVersion00) }
}
