/// The key and value grammar of a `tracestate` list-member.
///
///     key              = simple-key / multi-tenant-key
///     simple-key       = lcalpha 0*255( lcalpha / DIGIT / "_" / "-" / "*" / "/" )
///     multi-tenant-key = tenant-id "@" system-id
///     tenant-id        = ( lcalpha / DIGIT ) 0*240( lcalpha / DIGIT / "_" / "-" / "*" / "/" )
///     system-id        = lcalpha 0*13( lcalpha / DIGIT / "_" / "-" / "*" / "/" )
///     value            = 0*255( chr ) nblk-chr   ; chr = %x20 / nblk-chr
///     nblk-chr         = %x21-2B / %x2D-3C / %x3E-7E
enum TraceStateGrammar {
    /// The longest value.
    static let maximumValueLength = 256

    /// One part of a key: a whole simple key, a tenant id or a system id.
    struct KeyPart {
        /// How messages name the part.
        let name: String
        /// The most characters it may have.
        let maximumLength: Int
        /// True when it may start with a digit as well as a lowercase letter.
        let mayStartWithDigit: Bool

        /// A key without `@`.
        static let simpleKey = KeyPart(name: "key", maximumLength: 256, mayStartWithDigit: false)
        /// The part before `@`.
        static let tenantID = KeyPart(name: "tenant id", maximumLength: 241, mayStartWithDigit: true)
        /// The part after `@`.
        static let systemID = KeyPart(name: "system id", maximumLength: 14, mayStartWithDigit: false)
    }

    /// Throws the first rule `key` breaks.
    static func checkKey(_ key: Substring) throws(TraceContextViolation) {
        let parts = key.split(separator: "@", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            try check(key, as: .simpleKey, of: key, startingAt: 1)
        case 2:
            try check(parts[0], as: .tenantID, of: key, startingAt: 1)
            try check(parts[1], as: .systemID, of: key, startingAt: parts[0].unicodeScalars.count + 2)
        default:
            throw TraceContextViolation(
                rule: .tracestateKeyFormat,
                detail:
                    "\(ViolationText.quote(key)) has \(parts.count - 1) '@'; a multi-tenant key has exactly one, "
                    + "as tenant@system")
        }
    }

    /// Throws the first rule `part` of `key` breaks; `position` is where the part starts in the key.
    static func check(
        _ part: Substring, as kind: KeyPart, of key: Substring, startingAt position: Int
    ) throws(TraceContextViolation) {
        let scalars = part.unicodeScalars
        guard let first = scalars.first else {
            let detail =
                key.isEmpty
                ? "the entry has nothing before '='; write key=value"
                : "the \(kind.name) of \(ViolationText.quote(key)) is empty; a multi-tenant key is tenant@system"
            throw TraceContextViolation(rule: .tracestateKeyFormat, detail: detail)
        }
        guard scalars.count <= kind.maximumLength else {
            throw TraceContextViolation(
                rule: .tracestateKeyLength,
                detail: "the \(kind.name) of \(ViolationText.quote(key)) has \(scalars.count) characters; "
                    + "at most \(kind.maximumLength) are allowed")
        }
        let firstAllowed = isLowercaseLetter(first) || (kind.mayStartWithDigit && isDigit(first))
        guard firstAllowed else {
            let start = kind.mayStartWithDigit ? "a lowercase letter or a digit" : "a lowercase letter (a-z)"
            throw TraceContextViolation(
                rule: .tracestateKeyFormat,
                detail: "the \(kind.name) of \(ViolationText.quote(key)) starts with "
                    + "'\(ViolationText.printable(first))'; it must start with \(start)")
        }
        for (offset, scalar) in scalars.enumerated().dropFirst() where !isKeyCharacter(scalar) {
            let hint = ("A"..."Z").contains(scalar) ? "keys are lowercase; " : ""
            throw TraceContextViolation(
                rule: .tracestateKeyFormat,
                detail: "'\(ViolationText.printable(scalar))' at position \(position + offset) of "
                    + "\(ViolationText.quote(key)) is not allowed; \(hint)use a-z, 0-9, _ - * / (and one @)")
        }
    }

    /// Throws the first rule `value` (already without surrounding spaces and tabs) breaks.
    static func checkValue(_ value: Substring, of key: Substring) throws(TraceContextViolation) {
        let scalars = value.unicodeScalars
        guard !scalars.isEmpty else {
            throw TraceContextViolation(
                rule: .tracestateValueFormat,
                detail:
                    "the value of \(ViolationText.quote(key)) is empty; write at least one character after '='"
            )
        }
        guard scalars.count <= maximumValueLength else {
            throw TraceContextViolation(
                rule: .tracestateValueLength,
                detail:
                    "the value of \(ViolationText.quote(key)) has \(scalars.count) characters; shorten it to "
                    + "\(maximumValueLength)")
        }
        for (offset, scalar) in scalars.enumerated() where !isValueCharacter(scalar) {
            throw TraceContextViolation(
                rule: .tracestateValueFormat,
                detail: "'\(ViolationText.printable(scalar))' at position \(offset + 1) of the value of "
                    + "\(ViolationText.quote(key)) is not allowed; values are printable ASCII except ',' and '='"
            )
        }
    }

    /// `a` to `z`.
    static func isLowercaseLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }

    /// `0` to `9`.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// A character allowed after the first one of a key part.
    static func isKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isLowercaseLetter(scalar) || isDigit(scalar) || "_-*/".unicodeScalars.contains(scalar)
    }

    /// Printable ASCII (space included) other than `,` and `=`.
    static func isValueCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0x20...0x7E).contains(scalar.value) && scalar != "," && scalar != "="
    }
}
