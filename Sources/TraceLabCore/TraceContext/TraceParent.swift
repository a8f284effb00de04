/// A parsed W3C `traceparent` header: `version-traceid-parentid-flags`.
///
/// STUB: the full rule set (issue 2, item 3) replaces `parse`; the API stays.
public struct TraceParent: Hashable, Sendable {
    /// The version byte; this implementation writes 00.
    public var version: UInt8
    /// The trace id.
    public var traceID: TraceID
    /// The caller's span id.
    public var parentID: SpanID
    /// The trace flags.
    public var flags: TraceFlags

    /// Creates a version-00 traceparent.
    public init(version: UInt8 = 0, traceID: TraceID, parentID: SpanID, flags: TraceFlags = .sampled) {
        self.version = version
        self.traceID = traceID
        self.parentID = parentID
        self.flags = flags
    }

    /// The header value as this implementation sends it (always version 00).
    public var headerValue: String {
        "00-\(traceID.hex)-\(parentID.hex)-\(LowercaseHex.string(UInt64(flags.rawValue), width: 2))"
    }

    /// Parses one header value, or says which rule of the spec it breaks.
    public static func parse(_ value: String) throws(TraceContextViolation) -> TraceParent {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 4, let traceID = TraceID(hex: parts[1]), let parentID = SpanID(hex: parts[2]),
            let flags = LowercaseHex.uint64(parts[3].utf8), parts[3].utf8.count == 2
        else { throw TraceContextViolation(rule: .malformed, detail: "not version-traceid-parentid-flags") }
        return TraceParent(traceID: traceID, parentID: parentID, flags: TraceFlags(rawValue: UInt8(flags)))
    }
}
