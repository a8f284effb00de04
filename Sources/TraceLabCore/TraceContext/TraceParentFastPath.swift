/// The common case of a `traceparent`, parsed in one pass over its bytes: exactly 55 bytes of
/// canonical version 00 with non-zero ids. Anything else (including every invalid value) goes
/// through ``TraceParentParser``, which knows every rule and how to explain it.
enum TraceParentFastPath {
    static func parse(_ value: String) -> TraceParent? {
        var value = value
        return value.withUTF8 { bytes -> TraceParent? in
            guard bytes.count == 55, bytes[0] == 0x30, bytes[1] == 0x30, bytes[2] == 0x2D, bytes[35] == 0x2D,
                bytes[52] == 0x2D, let high = hex(bytes, 3, 19), let low = hex(bytes, 19, 35),
                let parent = hex(bytes, 36, 52), let flags = hex(bytes, 53, 55), high != 0 || low != 0,
                parent != 0
            else { return nil }
            return TraceParent(
                version: 0, traceID: TraceID(high: high, low: low), parentID: SpanID(parent),
                flags: TraceFlags(rawValue: UInt8(flags)))
        }
    }

    private static func hex(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
        var value: UInt64 = 0
        for index in start..<end {
            guard let nibble = LowercaseHex.nibble(bytes[index]) else { return nil }
            value = value << 4 | UInt64(nibble)
        }
        return value
    }

    /// `00-<trace-id>-<parent-id>-<flags>` built in one buffer.
    static func format(traceID: TraceID, parentID: SpanID, flags: UInt8) -> String {
        String(unsafeUninitializedCapacity: 55) { buffer in
            buffer[0] = 0x30
            buffer[1] = 0x30
            buffer[2] = 0x2D
            LowercaseHex.write(traceID.high, into: buffer, at: 3, digits: 16)
            LowercaseHex.write(traceID.low, into: buffer, at: 19, digits: 16)
            buffer[35] = 0x2D
            LowercaseHex.write(parentID.value, into: buffer, at: 36, digits: 16)
            buffer[52] = 0x2D
            LowercaseHex.write(UInt64(flags), into: buffer, at: 53, digits: 2)
            return 55
        }
    }
}
