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

    /// Formats `value` as exactly `width` lowercase hex digits (zero-padded).
    static func string(_ value: UInt64, width: Int = 16) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var remaining = value
        var index = width - 1
        while remaining != 0 && index >= 0 {
            bytes[index] = digits[Int(remaining & 0xf)]
            remaining >>= 4
            index -= 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
