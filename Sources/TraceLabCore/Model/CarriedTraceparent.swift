/// A `traceparent` value as a carrier holds it. A value of exactly 55 ASCII bytes, the length of
/// every version 00 header, is kept in the value itself, so the millions of headers a big
/// simulated run writes and reads cost no allocation; any other text is kept as a `String`.
///
/// A carrier without a `traceparent` holds ``absent`` rather than nil: destroying an optional of
/// a large struct goes through the runtime's generic witnesses, which cost more than the
/// allocation this type saves. Equal texts are equal values however they are kept.
struct CarriedTraceparent: Hashable, Sendable {
    /// The length of a version 00 `traceparent`.
    static let length = 55

    /// 55 bytes and one spare, in seven words.
    private typealias Words = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    /// The value's bytes when it is kept inline.
    private let words: Words
    /// The value when it is not kept inline; nil when it is. (Two stored properties rather than an
    /// enum of the two, for the same reason as ``absent``.)
    private let outOfLine: String?
    /// False for ``absent``.
    let isPresent: Bool

    /// No `traceparent` at all.
    static let absent = CarriedTraceparent()

    private init() {
        words = (0, 0, 0, 0, 0, 0, 0)
        outOfLine = nil
        isPresent = false
    }

    /// The value `text`, kept inline when it is 55 ASCII bytes.
    init(_ text: String) {
        var text = text
        var words: Words = (0, 0, 0, 0, 0, 0, 0)
        let inline = text.withUTF8 { bytes -> Bool in
            guard bytes.count == Self.length, bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            return true
        }
        self.words = words
        outOfLine = inline ? nil : text
        isPresent = true
    }

    /// The value whose 55 ASCII bytes `write` puts into the buffer it is given.
    init(writing write: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
        var words: Words = (0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            write(UnsafeMutableBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<Self.length]))
        }
        self.words = words
        outOfLine = nil
        isPresent = true
    }

    /// The value as text, nil for ``absent``.
    var textIfPresent: String? { isPresent ? text : nil }

    /// The value as text; empty for ``absent``.
    var text: String {
        if let outOfLine { return outOfLine }
        guard isPresent else { return "" }
        var words = words
        return withUnsafeBytes(of: &words) { raw in
            String(decoding: raw.prefix(Self.length), as: UTF8.self)
        }
    }

    /// Calls `body` with the value's UTF-8 bytes.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if var outOfLine { return outOfLine.withUTF8(body) }
        var words = words
        return withUnsafeBytes(of: &words) { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<Self.length]))
        }
    }

    static func == (left: CarriedTraceparent, right: CarriedTraceparent) -> Bool {
        // Two different ASCII texts are never equal strings, so inline values compare by byte.
        guard left.isPresent == right.isPresent else { return false }
        if left.outOfLine == nil, right.outOfLine == nil {
            var leftWords = left.words
            var rightWords = right.words
            return withUnsafeBytes(of: &leftWords) { leftBytes in
                withUnsafeBytes(of: &rightWords) { leftBytes.elementsEqual($0) }
            }
        }
        return left.text == right.text
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(isPresent)
        if isPresent { hasher.combine(text) }
    }
}
