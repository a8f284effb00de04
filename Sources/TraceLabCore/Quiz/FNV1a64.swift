/// The 64-bit FNV-1a hash: small, fast and identical on every platform and Swift version, so a
/// quiz's version and a learner's shuffle seed never change unless their input does.
public enum FNV1a64 {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of `text`'s UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        hash(bytes: text.utf8)
    }

    /// The hash of `bytes`.
    public static func hash(bytes: some Sequence<UInt8>) -> UInt64 {
        var value = offsetBasis
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* prime
        }
        return value
    }

    /// The hash of `text` as 16 lowercase hex digits.
    public static func hex(_ text: String) -> String {
        LowercaseHex.string(hash(text))
    }
}
