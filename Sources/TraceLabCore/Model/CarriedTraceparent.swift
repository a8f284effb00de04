/// A `traceparent` value of exactly 55 ASCII bytes, the length of every version 00 header, kept
/// in the value itself: the millions of headers a big simulated run writes and reads cost no
/// allocation and no reference counting. Any other text is kept by ``TraceContextFields`` as a
/// `String`.
struct CarriedTraceparent: Sendable {
    /// The length of a version 00 `traceparent`.
    static let length = 55

    /// 55 bytes and one spare, in seven words.
    private typealias Words = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    private let words: Words

    /// The value `text` when it is 55 ASCII bytes; nil for any other text.
    init?(_ text: String) {
        var text = text
        var words: Words = (0, 0, 0, 0, 0, 0, 0)
        let fits = text.withUTF8 { bytes -> Bool in
            guard bytes.count == Self.length, bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            return true
        }
        guard fits else { return nil }
        self.words = words
    }

    /// The value whose 55 ASCII bytes `write` puts into the buffer it is given.
    init(writing write: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
        var words: Words = (0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            write(UnsafeMutableBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<Self.length]))
        }
        self.words = words
    }

    /// The value as text.
    var text: String {
        withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the value's 55 bytes.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var words = words
        return withUnsafeBytes(of: &words) { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<Self.length]))
        }
    }

    /// True when both hold the same bytes, which for ASCII text means the same string.
    func sameBytes(as other: CarriedTraceparent) -> Bool {
        var leftWords = words
        var rightWords = other.words
        return withUnsafeBytes(of: &leftWords) { left in
            withUnsafeBytes(of: &rightWords) { left.elementsEqual($0) }
        }
    }
}
