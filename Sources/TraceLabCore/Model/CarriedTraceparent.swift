/// A `traceparent` value in the one form every tracer writes: version `00`, lowercase hex, ids
/// not all zeros, 55 bytes in all. Such a text is spelled out completely by its three numbers, so
/// the value keeps those (25 bytes, no allocation, no reference count) and writes the text only
/// when asked; reading it back needs no parsing. Any other text is kept by
/// ``TraceContextFields`` as a `String`.
struct CarriedTraceparent: Hashable, Sendable {
    /// The trace id the text names.
    let traceID: TraceID
    /// The parent (caller's span) id the text names.
    let parentID: SpanID
    /// The flags byte as the text spells it, every bit kept.
    let flags: UInt8

    /// The value of `text` when it has the form above; nil for any other text.
    init?(_ text: String) {
        guard let parent = TraceParentFastPath.parse(text) else { return nil }
        self.init(traceID: parent.traceID, parentID: parent.parentID, flags: parent.flags.rawValue)
    }

    /// The value a tracer writes for these numbers; nil when an id is all zeros, which this form
    /// cannot spell (such a text is kept as a `String`).
    init?(traceID: TraceID, parentID: SpanID, flags: UInt8) {
        guard traceID.high != 0 || traceID.low != 0, parentID.value != 0 else { return nil }
        self.traceID = traceID
        self.parentID = parentID
        self.flags = flags
    }

    /// The value as text: the 55 bytes it was read from or would be sent as.
    var text: String {
        TraceParentFastPath.format(traceID: traceID, parentID: parentID, flags: flags)
    }

    /// The value as ``TraceParent/parse(_:)`` reads its text.
    var parent: TraceParent {
        TraceParent(version: 0, traceID: traceID, parentID: parentID, flags: TraceFlags(rawValue: flags))
    }
}
