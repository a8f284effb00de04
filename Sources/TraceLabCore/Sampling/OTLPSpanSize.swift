/// The number of bytes a span takes in an OTLP/protobuf export, computed from the protobuf
/// wire format without encoding it: the span message inside its scope's list (ids, name, kind,
/// times, attributes, events, links, status). The resource and scope wrappers, sent once per
/// batch and service, are left out, so a trace's cost is the sum of its spans.
public enum OTLPSpanSize {
    /// The encoded size of `span` as one element of `ScopeSpans.spans`.
    public static func bytes(_ span: RecordedSpan) -> Int {
        var known =
            openingBytes(
                name: span.name, kind: span.kind, hasParent: span.parentSpanID != nil,
                startNanos: span.startNanos) + attributesSize(span.attributeStore)
        for event in span.events { known += eventBytes(event) }
        for link in span.links {
            known += messageField(bytesField(16) + bytesField(8) + attributesSize(link.attributes))
        }
        return withUnsafePointer(to: span) { closingBytes($0, knownBytes: known) }
    }

    /// The part of a span's encoded body known when it starts: its ids, parent, name, kind and
    /// start time (see ``bytes(_:knownBytes:)``).
    static func openingBytes(name: String, kind: RecordedSpan.Kind, hasParent: Bool, startNanos: UInt64)
        -> Int
    {
        var size = bytesField(16) + bytesField(8)  // trace_id, span_id
        if hasParent { size += bytesField(8) }
        size += stringField(name)
        size += 1 + varintSize(kindNumber(kind))
        if startNanos != 0 { size += 9 }
        return size
    }

    /// ``bytes(_:)`` for a span whose body was sized as it went: `knownBytes` is its
    /// ``openingBytes(name:kind:hasParent:startNanos:)``, its attributes' sizes (see
    /// ``attributeBytes(key:value:)``) and its events' (see ``eventBytes(_:)``), summed; that sum
    /// is only right when no key was set twice and the span has no link, as the simulator never
    /// does. The end time and status are added here.
    static func closingBytes(_ span: UnsafePointer<RecordedSpan>, knownBytes: Int) -> Int {
        var size = knownBytes
        if span.pointee.endNanos != 0 { size += 9 }
        if case .error(let message) = span.pointee.status {
            size += messageField(stringField(message) + 2)
        }
        return messageField(size)
    }

    /// The encoded size of `event` in a span's list of events.
    static func eventBytes(_ event: RecordedSpan.Event) -> Int {
        var size = event.timeNanos != 0 ? 9 : 0
        size += stringField(event.name)
        size += attributesSize(event.attributes)
        return messageField(size)
    }

    /// The encoded size of one attribute in a span's list of key/values.
    static func attributeBytes(key: String, value: AttributeValue) -> Int {
        messageField(stringField(key) + messageField(valueSize(value)))
    }

    /// The encoded size of `attributes` as a span's or event's list of key/values.
    static func attributesBytes(_ attributes: [String: AttributeValue]) -> Int {
        attributesSize(attributes)
    }

    /// The encoded size of every span in `spans`.
    public static func bytes(_ spans: some Sequence<RecordedSpan>) -> Int {
        var total = 0
        for span in spans { total += bytes(span) }
        return total
    }

    private static func kindNumber(_ kind: RecordedSpan.Kind) -> UInt64 {
        switch kind {
        case .internal: 1
        case .server: 2
        case .client: 3
        case .producer: 4
        case .consumer: 5
        }
    }

    private static func attributesSize(
        _ attributes: some Sequence<(key: String, value: AttributeValue)>
    ) -> Int {
        var total = 0
        for (key, value) in attributes {
            total += messageField(stringField(key) + messageField(valueSize(value)))
        }
        return total
    }

    private static func valueSize(_ value: AttributeValue) -> Int {
        switch value {
        // A member of a oneof is written even when empty or zero.
        case .string(let text): bytesField(text.utf8.count)
        case .bool: 2
        case .int(let number): 1 + varintSize(UInt64(bitPattern: number))
        case .double: 9
        }
    }

    /// A tag byte, the length and the bytes of a string; nothing for an empty string (proto3).
    private static func stringField(_ text: String) -> Int {
        let count = text.utf8.count
        return count == 0 ? 0 : 1 + varintSize(UInt64(count)) + count
    }

    private static func bytesField(_ count: Int) -> Int {
        1 + varintSize(UInt64(count)) + count
    }

    /// An embedded message: tag byte, length, body (always written, even when empty).
    private static func messageField(_ body: Int) -> Int {
        1 + varintSize(UInt64(body)) + body
    }

    private static func varintSize(_ value: UInt64) -> Int {
        var value = value
        var size = 1
        while value >= 0x80 {
            value >>= 7
            size += 1
        }
        return size
    }
}
