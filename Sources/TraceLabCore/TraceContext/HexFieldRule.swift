/// A fixed-length lowercase-hex field of `traceparent` (`trace-id`, `parent-id`, `trace-flags`)
/// and the rules a received value of it must follow.
struct HexFieldRule {
    /// The field's name in the spec.
    let name: String
    /// The exact number of hex digits.
    let length: Int
    /// What the digits encode, for messages.
    let encodes: String
    /// The rule broken by a wrong length.
    let lengthRule: TraceContextViolation.Rule
    /// The rule broken by a character other than `0-9` and `a-f`.
    let charactersRule: TraceContextViolation.Rule
    /// The rule broken by all zeros, when the field forbids them, with what to do instead.
    let allZeros: (rule: TraceContextViolation.Rule, advice: String)?

    /// `trace-id`: 32 digits, never all zeros.
    static let traceID = HexFieldRule(
        name: "trace-id", length: 32, encodes: "16 bytes", lengthRule: .traceIDLength,
        charactersRule: .traceIDCharacters, allZeros: (.traceIDAllZeros, "generate a random one"))
    /// `parent-id`: 16 digits, never all zeros.
    static let parentID = HexFieldRule(
        name: "parent-id", length: 16, encodes: "8 bytes", lengthRule: .parentIDLength,
        charactersRule: .parentIDCharacters,
        allZeros: (.parentIDAllZeros, "send the caller's own span id, which is never zero"))
    /// `trace-flags`: 2 digits, any value.
    static let flags = HexFieldRule(
        name: "trace-flags", length: 2, encodes: "one byte", lengthRule: .flagsLength,
        charactersRule: .flagsCharacters, allZeros: nil)

    /// Throws the first rule `field` breaks: its length, then its characters, then all zeros.
    func check(_ field: Substring) throws(TraceContextViolation) {
        let count = field.unicodeScalars.count
        guard count == length else {
            let found =
                count == 0
                ? "the field is empty"
                : "\(ViolationText.quote(field)) has \(ViolationText.characters(count))"
            throw TraceContextViolation(
                rule: lengthRule,
                detail: "\(found); \(name) is \(encodes) written as \(length) lowercase hex digits")
        }
        for (offset, scalar) in field.unicodeScalars.enumerated() where !Self.isLowercaseHex(scalar) {
            throw TraceContextViolation(
                rule: charactersRule, detail: Self.badCharacter(scalar, at: offset + 1, in: field))
        }
        if let allZeros, field.utf8.allSatisfy({ $0 == UInt8(ascii: "0") }) {
            throw TraceContextViolation(
                rule: allZeros.rule, detail: "the spec forbids \(field); \(allZeros.advice)")
        }
    }

    /// True for `0-9` and `a-f`.
    static func isLowercaseHex(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("a"..."f").contains(scalar)
    }

    /// Says which character at which 1-based position is not lowercase hex, and how to fix it.
    static func badCharacter(_ scalar: Unicode.Scalar, at position: Int, in field: Substring) -> String {
        let shown =
            "'\(ViolationText.printable(scalar))' at position \(position) of \(ViolationText.quote(field))"
        if ("A"..."F").contains(scalar) {
            let lower = String(scalar).lowercased()
            return "\(shown) is uppercase; the spec allows only lowercase hex, so write '\(lower)'"
        }
        return "\(shown) is not a hex digit; use only 0-9 and a-f"
    }
}
