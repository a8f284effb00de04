/// The number of bytes a span takes in an OTLP/protobuf export, computed from the protobuf
/// wire format without encoding it: the span message inside its scope's list (ids, name, kind,
/// times, attributes, events, links, status). The resource and scope wrappers, sent once per
/// batch and service, are left out, so a trace's cost is the sum of its spans.
public enum OTLPSpanSize {
    /// The encoded size of `span` as one element of `ScopeSpans.spans`.
    public static func bytes(_ span: RecordedSpan) -> Int {
        bytes(span, attributes: attributesSize(span.attributeStore))
    }

    /// ``bytes(_:)`` for a span whose attributes were sized as they were set, to
    /// `attributesBytes` in all (see ``attributesBytes(_:)`` and ``attributeBytes(key:value:)``);
    /// that sum is only right when no key was set twice, as the simulator never does.
    static func bytes(_ span: RecordedSpan, attributesBytes: Int) -> Int {
        bytes(span, attributes: attributesBytes)
    }

    /// The encoded size of one attribute in a span's list of key/values.
    static func attributeBytes(key: String, value: AttributeValue) -> Int {
        messageField(stringField(key) + messageField(valueSize(value)))
    }

    /// The encoded size of `attributes` as a span's or event's list of key/values.
    static func attributesBytes(_ attributes: [String: AttributeValue]) -> Int {
        attributesSize(attributes)
    }

    private static func bytes(_ span: RecordedSpan, attributes: Int) -> Int {
        var size = 0
        size += bytesField(16)  // trace_id
        size += bytesField(8)  // span_id
        if span.parentSpanID != nil { size += bytesField(8) }
        size += stringField(span.name)
        size += 1 + varintSize(kindNumber(span.kind))
        if span.startNanos != 0 { size += 9 }
        if span.endNanos != 0 { size += 9 }
        size += attributes
        for event in span.events {
            var eventSize = event.timeNanos != 0 ? 9 : 0
            eventSize += stringField(event.name)
            eventSize += attributesSize(event.attributes)
            size += messageField(eventSize)
        }
        for link in span.links {
            size += messageField(bytesField(16) + bytesField(8) + attributesSize(link.attributes))
        }
        if let message = span.status.message {
            size += messageField(stringField(message) + 2)
        }
        return messageField(size)
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
