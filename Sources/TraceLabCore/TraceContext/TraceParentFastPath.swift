/// The common case of a `traceparent`, parsed in one pass over its bytes: exactly 55 bytes of
/// canonical version 00 with non-zero ids. Anything else (including every invalid value) goes
/// through ``TraceParentParser``, which knows every rule and how to explain it.
enum TraceParentFastPath {
    static func parse(_ value: String) -> TraceParent? {
        var value = value
        return value.withUTF8(parse(bytes:))
    }

    /// ``parse(_:)`` of the UTF-8 bytes of a value.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> TraceParent? {
        guard bytes.count == 55, bytes[0] == 0x30, bytes[1] == 0x30, bytes[2] == 0x2D, bytes[35] == 0x2D,
            bytes[52] == 0x2D, let high = hex16(bytes, at: 3), let low = hex16(bytes, at: 19),
            let parent = hex16(bytes, at: 36), let flags = hex2(bytes, at: 53), high != 0 || low != 0,
            parent != 0
        else { return nil }
        return TraceParent(
            version: 0, traceID: TraceID(high: high, low: low), parentID: SpanID(parent),
            flags: TraceFlags(rawValue: flags))
    }

    /// The 16 lowercase hex digits at `bytes[offset..<offset + 16]` as a number, nil if any is
    /// not one.
    private static func hex16(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64? {
        guard let high = hex8(bytes, at: offset), let low = hex8(bytes, at: offset + 8) else { return nil }
        return high << 32 | low
    }

    /// Eight lowercase hex digits read as one 64-bit word, every byte tested and converted at
    /// once: ids are random, so a branch per digit would be mispredicted about every other time.
    private static func hex8(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        // Byte i of `word` is the i-th digit, the most significant first.
        let word = UInt64(
            littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
        guard word & high == 0 else { return nil }
        // Adding 0x80 - lo to a byte below 0x80 sets its top bit exactly when it is at least lo,
        // without carrying into the next byte.
        func atLeast(_ bound: UInt64) -> UInt64 { word &+ (0x80 - bound) &* ones }
        let digits = atLeast(0x30) & ~atLeast(0x3A)
        let letters = atLeast(0x61) & ~atLeast(0x67)
        guard (digits | letters) & high == high else { return nil }
        // A digit's value is its low four bits, plus 9 for a letter (bit 6 set).
        let nibbles = (word & 0x0F0F_0F0F_0F0F_0F0F) &+ ((word >> 6) & ones) &* 9
        let pairs = ((nibbles << 4) | (nibbles >> 8)) & 0x00FF_00FF_00FF_00FF
        let quads = ((pairs << 8) | (pairs >> 16)) & 0x0000_FFFF_0000_FFFF
        return ((quads << 16) | (quads >> 32)) & 0xFFFF_FFFF
    }

    /// The two lowercase hex digits at `bytes[offset]` and `bytes[offset + 1]`, nil if either is
    /// not one.
    private static func hex2(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt8? {
        guard let first = LowercaseHex.nibble(bytes[offset]),
            let second = LowercaseHex.nibble(bytes[offset + 1])
        else { return nil }
        return first << 4 | second
    }

    /// `00-<trace-id>-<parent-id>-<flags>` built in one buffer.
    static func format(traceID: TraceID, parentID: SpanID, flags: UInt8) -> String {
        String(unsafeUninitializedCapacity: 55) { buffer in
            write(traceID: traceID, parentID: parentID, flags: flags, into: buffer)
            return 55
        }
    }

    /// The same 55 bytes as ``format(traceID:parentID:flags:)``, written into `buffer`.
    static func write(
        traceID: TraceID, parentID: SpanID, flags: UInt8, into buffer: UnsafeMutableBufferPointer<UInt8>
    ) {
        buffer[0] = 0x30
        buffer[1] = 0x30
        buffer[2] = 0x2D
        LowercaseHex.write16(traceID.high, into: buffer, at: 3)
        LowercaseHex.write16(traceID.low, into: buffer, at: 19)
        buffer[35] = 0x2D
        LowercaseHex.write16(parentID.value, into: buffer, at: 36)
        buffer[52] = 0x2D
        LowercaseHex.write(UInt64(flags), into: buffer, at: 53, digits: 2)
    }
}
