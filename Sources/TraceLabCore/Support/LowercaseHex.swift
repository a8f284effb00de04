/// Lowercase hexadecimal encoding as the W3C Trace Context spec requires it (no uppercase digits).
enum LowercaseHex {
    /// Decodes up to 16 lowercase hex digits; nil on an empty input or any other character.
    static func uint64<S: Sequence>(_ digits: S) -> UInt64? where S.Element == UInt8 {
        var value: UInt64 = 0
        var count = 0
        for byte in digits {
            guard let nibble = nibble(byte), count < 16 else { return nil }
            value = value << 4 | UInt64(nibble)
            count += 1
        }
        return count == 0 ? nil : value
    }

    /// The value of one lowercase hex digit, or nil.
    static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// Formats `value` as exactly `width` lowercase hex digits (zero-padded, high digits dropped).
    static func string(_ value: UInt64, width: Int = 16) -> String {
        String(unsafeUninitializedCapacity: width) { buffer in
            write(value, into: buffer, at: 0, digits: width)
            return width
        }
    }

    /// Writes the low `digits` hex digits of `value` into `buffer` starting at `offset`.
    static func write(
        _ value: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int, digits: Int
    ) {
        var remaining = value
        var index = offset + digits
        while index > offset {
            index -= 1
            let nibble = UInt8(truncatingIfNeeded: remaining & 0xf)
            buffer[index] = nibble &+ (nibble < 10 ? 0x30 : 0x57)
            remaining >>= 4
        }
    }
}
