/// A parsed W3C `traceparent` header: `version-traceid-parentid-flags`.
public struct TraceParent: Hashable, Sendable {
    /// The version byte as received; this implementation always sends 00.
    public var version: UInt8
    /// The trace id.
    public var traceID: TraceID
    /// The caller's span id.
    public var parentID: SpanID
    /// The trace flags as received, unknown bits included.
    public var flags: TraceFlags

    /// Creates a traceparent (version 00 unless told otherwise).
    public init(version: UInt8 = 0, traceID: TraceID, parentID: SpanID, flags: TraceFlags = .sampled) {
        self.version = version
        self.traceID = traceID
        self.parentID = parentID
        self.flags = flags
    }

    /// The header value as this implementation sends it: always version 00, and only the flags version 00
    /// defines (the spec says to send every other bit as zero).
    public var headerValue: String {
        TraceParentFastPath.format(
            traceID: traceID, parentID: parentID, flags: flags.intersection(.definedByVersion00).rawValue)
    }

    /// Parses one received header value, or says which rule of the spec it breaks.
    ///
    /// Surrounding spaces and tabs are ignored. Version 00 must be exactly four fields of lowercase hex
    /// (2, 32, 16 and 2 digits); trace-id and parent-id must not be all zeros; version ff is invalid. A
    /// higher version (01 to fe) is read like version 00 when it is at least 55 characters long and
    /// anything after the flags starts with `-`; those extra fields are ignored.
    public static func parse(_ value: String) throws(TraceContextViolation) -> TraceParent {
        if let parent = TraceParentFastPath.parse(value) { return parent }
        return try TraceParentParser.read(value).parent
    }
}
