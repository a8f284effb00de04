import Foundation
import SwiftProtobuf
import TraceLabCore

/// Writes spans as a binary-protobuf OTLP `ExportTraceServiceRequest`: one resource per
/// service (its `service.name` plus any resource attributes given for it), one scope
/// `tracelab`, spans in the order given.
public enum OTLPProtobufEncoder {
    /// The encoded request.
    public static func encode(
        _ spans: [RecordedSpan], resources: [String: [String: AttributeValue]] = [:]
    ) -> [UInt8] {
        var services: [String] = []
        var byService: [String: [RecordedSpan]] = [:]
        for span in spans {
            if byService[span.service] == nil { services.append(span.service) }
            byService[span.service, default: []].append(span)
        }
        var request = Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceRequest()
        request.resourceSpans = services.map { service in
            var resourceSpans = Opentelemetry_Proto_Trace_V1_ResourceSpans()
            var attributes = resources[service] ?? [:]
            attributes["service.name"] = .string(service)
            resourceSpans.resource.attributes = keyValues(attributes)
            var scope = Opentelemetry_Proto_Trace_V1_ScopeSpans()
            scope.scope.name = "tracelab"
            scope.scope.version = "1.0.0"
            scope.spans = (byService[service] ?? []).map(protoSpan)
            resourceSpans.scopeSpans = [scope]
            return resourceSpans
        }
        // Serialising a message built only from valid values cannot fail.
        return (try? request.serializedBytes()) ?? []
    }

    /// The bytes `span` adds to an encoded request: its message as one element of its scope's
    /// span list, framing included.
    public static func encodedSize(of span: RecordedSpan) -> Int {
        var scope = Opentelemetry_Proto_Trace_V1_ScopeSpans()
        scope.spans = [protoSpan(span)]
        let bytes: [UInt8] = (try? scope.serializedBytes()) ?? []
        return bytes.count
    }

    private static func protoSpan(_ span: RecordedSpan) -> Opentelemetry_Proto_Trace_V1_Span {
        var proto = Opentelemetry_Proto_Trace_V1_Span()
        proto.traceID = bytes(span.traceID.high) + bytes(span.traceID.low)
        proto.spanID = bytes(span.spanID.value)
        if let parent = span.parentSpanID { proto.parentSpanID = bytes(parent.value) }
        proto.name = span.name
        proto.kind = kind(span.kind)
        proto.startTimeUnixNano = span.startNanos
        proto.endTimeUnixNano = span.endNanos
        proto.attributes = keyValues(span.attributes)
        proto.events = span.events.map { event in
            var protoEvent = Opentelemetry_Proto_Trace_V1_Span.Event()
            protoEvent.name = event.name
            protoEvent.timeUnixNano = event.timeNanos
            protoEvent.attributes = keyValues(event.attributes)
            return protoEvent
        }
        proto.links = span.links.map { link in
            var protoLink = Opentelemetry_Proto_Trace_V1_Span.Link()
            protoLink.traceID = bytes(link.traceID.high) + bytes(link.traceID.low)
            protoLink.spanID = bytes(link.spanID.value)
            protoLink.attributes = keyValues(link.attributes)
            return protoLink
        }
        if let message = span.status.message {
            proto.status.code = .error
            proto.status.message = message
        }
        return proto
    }

    private static func kind(_ kind: RecordedSpan.Kind) -> Opentelemetry_Proto_Trace_V1_Span.SpanKind {
        switch kind {
        case .internal: .internal
        case .server: .server
        case .client: .client
        case .producer: .producer
        case .consumer: .consumer
        }
    }

    private static func keyValues(_ values: [String: AttributeValue])
        -> [Opentelemetry_Proto_Common_V1_KeyValue]
    {
        values.keys.sorted().map { key in
            var keyValue = Opentelemetry_Proto_Common_V1_KeyValue()
            keyValue.key = key
            switch values[key]! {
            case .string(let text): keyValue.value.stringValue = text
            case .int(let number): keyValue.value.intValue = number
            case .double(let number): keyValue.value.doubleValue = number
            case .bool(let flag): keyValue.value.boolValue = flag
            }
            return keyValue
        }
    }

    private static func bytes(_ value: UInt64) -> Data {
        withUnsafeBytes(of: value.bigEndian) { Data($0) }
    }
}
