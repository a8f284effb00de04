/// Reads a received `traceparent` value by the rules of W3C Trace Context, including the rules for
/// versions newer than `00`: read the first four fields the version-00 way and ignore the rest.
enum TraceParentParser {
    /// A value that follows the rules.
    struct Reading {
        /// The decoded fields.
        let parent: TraceParent
        /// What a higher version carried after `trace-flags` (starting with `-`); empty for version 00.
        let extraFields: Substring
    }

    /// The length of a version-00 value, the least a higher version may have.
    static let version00Length = 55

    /// An example of a valid value, for messages.
    static let example = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"

    /// Decodes `value` after trimming surrounding spaces and tabs, or throws the first rule it breaks.
    static func read(_ value: String) throws(TraceContextViolation) -> Reading {
        let text = OptionalWhitespace.trimmed(value[...])
        guard !text.isEmpty else {
            throw TraceContextViolation(
                rule: .empty, detail: "expected version-traceid-parentid-flags, e.g. \(example)")
        }
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count > 1 else {
            throw TraceContextViolation(
                rule: .malformed,
                detail: "\(ViolationText.quote(text)) has no '-' between fields; e.g. \(example)")
        }
        let version = try readVersion(fields[0])
        try checkShape(text: text, fields: fields, version: version)
        try HexFieldRule.traceID.check(fields[1])
        try HexFieldRule.parentID.check(fields[2])
        let flagsField = version == 0 ? fields[3] : try higherVersionFlags(fields[3])
        try HexFieldRule.flags.check(flagsField)
        guard let traceID = TraceID(hex: fields[1]), let parentID = SpanID(hex: fields[2]),
            let flags = LowercaseHex.uint64(flagsField.utf8)
        else {
            throw TraceContextViolation(rule: .malformed, detail: "\(ViolationText.quote(text)) is not hex")
        }
        let parent = TraceParent(
            version: version, traceID: traceID, parentID: parentID, flags: TraceFlags(rawValue: UInt8(flags)))
        return Reading(
            parent: parent, extraFields: version == 0 ? text[text.endIndex...] : text[flagsField.endIndex...])
    }

    /// The version byte of the first field, which must be 2 lowercase hex digits other than `ff`.
    static func readVersion(_ field: Substring) throws(TraceContextViolation) -> UInt8 {
        let scalars = field.unicodeScalars
        guard scalars.count == 2 else {
            throw TraceContextViolation(
                rule: .versionFormat,
                detail:
                    "the version field \(ViolationText.quote(field)) has \(ViolationText.characters(scalars.count)); "
                    + "start with 2 lowercase hex digits and a '-', such as 00-")
        }
        for (offset, scalar) in scalars.enumerated() where !HexFieldRule.isLowercaseHex(scalar) {
            throw TraceContextViolation(
                rule: .versionFormat, detail: HexFieldRule.badCharacter(scalar, at: offset + 1, in: field))
        }
        guard let version = LowercaseHex.uint64(field.utf8), version != 0xff else {
            throw TraceContextViolation(
                rule: .versionForbidden, detail: "the spec reserves ff as an invalid version; send version 00"
            )
        }
        return UInt8(version)
    }

    /// Checks the number of fields and the length the version allows: exactly four for version 00; at
    /// least four and at least 55 characters for a higher version.
    static func checkShape(text: Substring, fields: [Substring], version: UInt8) throws(TraceContextViolation)
    {
        let length = text.unicodeScalars.count
        if version != 0 && length < version00Length {
            throw TraceContextViolation(
                rule: .higherVersionTooShort,
                detail: "this version-\(fields[0]) value has \(ViolationText.characters(length)); a receiver "
                    + "reads a newer version only when its first 55 characters follow the version-00 layout")
        }
        guard fields.count >= 4 else {
            throw TraceContextViolation(
                rule: .malformed,
                detail: "found \(fields.count) fields separated by '-' where 4 are needed; e.g. \(example)")
        }
        if version == 0 && fields.count > 4 {
            throw TraceContextViolation(
                rule: .version00ExtraFields,
                detail:
                    "found \(fields.count) fields instead of 4; remove \(ViolationText.quote(text[fields[3].endIndex...])) "
                    + "after the 2-digit flags")
        }
    }

    /// The 2-character flags of a higher version, which must end the value or be followed by `-`.
    static func higherVersionFlags(_ field: Substring) throws(TraceContextViolation) -> Substring {
        let scalars = field.unicodeScalars
        guard scalars.count > 2 else { return field }
        let flags = Substring(scalars.prefix(2))
        try HexFieldRule.flags.check(flags)
        let next = scalars[scalars.index(scalars.startIndex, offsetBy: 2)]
        throw TraceContextViolation(
            rule: .higherVersionTrailingData,
            detail:
                "'\(ViolationText.printable(next))' follows the flags \(flags); a receiver reads only the "
                + "first four fields of a newer version and needs '-' before anything more")
    }
}
