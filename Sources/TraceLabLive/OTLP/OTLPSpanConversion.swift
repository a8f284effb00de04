import Foundation
import TraceLabCore

/// Turns decoded OTLP messages into the lab's ``RecordedSpan``s, checking what the lab relies
/// on: 16-byte trace ids, 8-byte span ids, and a parent id that is empty or 8 bytes.
enum OTLPSpanConversion {
    typealias Request = Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceRequest
    typealias ProtoSpan = Opentelemetry_Proto_Trace_V1_Span
    typealias KeyValue = Opentelemetry_Proto_Common_V1_KeyValue

    /// The service a span reports when its resource has no `service.name`, as OpenTelemetry names it.
    static let unknownService = "unknown_service"

    static func spans(from request: Request) throws(OTLPDecodingError) -> ReceivedSpans {
        var result = ReceivedSpans()
        for resourceSpans in request.resourceSpans {
            let resource = attributes(resourceSpans.resource.attributes)
            let service = resource["service.name"].map(\.description) ?? unknownService
            result.resources[service] = resource
            for scopeSpans in resourceSpans.scopeSpans {
                for span in scopeSpans.spans {
                    result.spans.append(try recorded(span, service: service))
                }
            }
        }
        return result
    }

    private static func recorded(_ span: ProtoSpan, service: String) throws(OTLPDecodingError) -> RecordedSpan
    {
        guard let traceID = traceID(span.traceID) else {
            throw OTLPDecodingError(
                "span '\(span.name.prefix(60))' has a trace id of \(span.traceID.count) bytes; 16 needed")
        }
        guard let spanID = spanID(span.spanID) else {
            throw OTLPDecodingError(
                "span '\(span.name.prefix(60))' has a span id of \(span.spanID.count) bytes; 8 needed")
        }
        var parent: SpanID?
        if !span.parentSpanID.isEmpty {
            guard let parentID = Self.spanID(span.parentSpanID) else {
                throw OTLPDecodingError(
                    "span '\(span.name.prefix(60))' has a parent span id of \(span.parentSpanID.count) bytes; 8 needed"
                )
            }
            parent = parentID
        }
        return RecordedSpan(
            traceID: traceID, spanID: spanID, parentSpanID: parent, service: service, name: span.name,
            kind: kind(span.kind), startNanos: span.startTimeUnixNano, endNanos: span.endTimeUnixNano,
            status: span.status.code == .error
                ? .error(span.status.message.isEmpty ? "error" : span.status.message) : .ok,
            attributes: attributes(span.attributes),
            events: span.events.map {
                RecordedSpan.Event(
                    name: $0.name, timeNanos: $0.timeUnixNano, attributes: attributes($0.attributes))
            },
            links: span.links.compactMap { link in
                guard let linkedTrace = Self.traceID(link.traceID), let linkedSpan = Self.spanID(link.spanID)
                else {
                    return nil
                }
                return RecordedSpan.Link(
                    traceID: linkedTrace, spanID: linkedSpan, attributes: attributes(link.attributes))
            })
    }

    static func kind(_ kind: ProtoSpan.SpanKind) -> RecordedSpan.Kind {
        switch kind {
        case .server: .server
        case .client: .client
        case .producer: .producer
        case .consumer: .consumer
        default: .internal
        }
    }

    static func attributes(_ keyValues: [KeyValue]) -> [String: AttributeValue] {
        var result: [String: AttributeValue] = [:]
        for keyValue in keyValues {
            result[keyValue.key] = value(keyValue.value)
        }
        return result
    }

    /// Scalars keep their type; arrays, maps and bytes become readable text.
    static func value(_ any: Opentelemetry_Proto_Common_V1_AnyValue) -> AttributeValue {
        switch any.value {
        case .stringValue(let text)?: .string(text)
        case .boolValue(let flag)?: .bool(flag)
        case .intValue(let number)?: .int(number)
        case .doubleValue(let number)?: .double(number)
        case .arrayValue(let array)?:
            .string("[" + array.values.map { value($0).description }.joined(separator: ", ") + "]")
        case .kvlistValue(let list)?:
            .string(
                "{" + list.values.map { "\($0.key): \(value($0.value).description)" }.joined(separator: ", ")
                    + "}")
        case .bytesValue(let bytes)?: .string(bytes.map { String(format: "%02x", $0) }.joined())
        default: .string("")
        }
    }

    static func traceID(_ bytes: Data) -> TraceID? {
        guard bytes.count == 16 else { return nil }
        let id = TraceID(high: bigEndian(bytes.prefix(8)), low: bigEndian(bytes.suffix(8)))
        return id
    }

    static func spanID(_ bytes: Data) -> SpanID? {
        guard bytes.count == 8 else { return nil }
        return SpanID(bigEndian(bytes))
    }

    private static func bigEndian(_ bytes: Data) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }
}
