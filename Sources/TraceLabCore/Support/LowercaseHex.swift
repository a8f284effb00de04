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
            if width == 16 {
                write16(value, into: buffer, at: 0)
            } else {
                write(value, into: buffer, at: 0, digits: width)
            }
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

    /// Writes `value` as exactly 16 lowercase hex digits into `buffer` at `offset`, eight digits
    /// per step: each nibble is spread into a byte of its own and turned into its character
    /// with no branch.
    static func write16(_ value: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        precondition(offset >= 0 && offset + 16 <= buffer.count)
        let target = UnsafeMutableRawPointer(buffer.baseAddress! + offset)
        target.storeBytes(of: eightDigits(UInt32(truncatingIfNeeded: value >> 32)).bigEndian, as: UInt64.self)
        target.storeBytes(
            of: eightDigits(UInt32(truncatingIfNeeded: value)).bigEndian, toByteOffset: 8, as: UInt64.self)
    }

    /// The eight hex digits of `value` as characters, the least significant in the lowest byte.
    private static func eightDigits(_ value: UInt32) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        var spread = UInt64(value)
        spread = ((spread & 0xFFFF_0000) << 16) | (spread & 0xFFFF)
        spread = ((spread & 0x0000_FF00_0000_FF00) << 8) | (spread & 0x0000_00FF_0000_00FF)
        spread = ((spread & 0x00F0_00F0_00F0_00F0) << 4) | (spread & 0x000F_000F_000F_000F)
        // A nibble of 10 or more carries into bit 4 once 6 is added: those bytes become letters.
        let letters = ((spread &+ 0x06 &* ones) & (0x10 &* ones)) >> 4
        return spread &+ 0x30 &* ones &+ letters &* 0x27
    }
}
