/// An OTLP/JSON `ExportTraceServiceRequest` as the opentelemetry-proto JSON mapping spells it:
/// ids as hex, 64-bit times as decimal strings, kinds and status codes as integers, and
/// `AnyValue` with `intValue` as a string. Decoding fails on any other type.
struct OTLPRequestMirror: Decodable {
    struct ResourceSpans: Decodable {
        let resource: Resource
        let scopeSpans: [ScopeSpans]
    }

    struct Resource: Decodable {
        let attributes: [KeyValue]
    }

    struct ScopeSpans: Decodable {
        let scope: Scope?
        let spans: [Span]
    }

    struct Scope: Decodable {
        let name: String
    }

    struct Span: Decodable {
        let traceId: String
        let spanId: String
        let parentSpanId: String?
        let name: String
        let kind: Int
        let startTimeUnixNano: String
        let endTimeUnixNano: String
        let attributes: [KeyValue]
        let status: Status
    }

    struct Status: Decodable {
        let code: Int
        let message: String?
    }

    struct KeyValue: Decodable {
        let key: String
        let value: AnyValue
    }

    struct AnyValue: Decodable {
        let stringValue: String?
        let intValue: String?
        let boolValue: Bool?
        let doubleValue: Double?

        /// How many of the `oneof` fields are set (the mapping allows exactly one).
        var setFieldCount: Int {
            [stringValue != nil, intValue != nil, boolValue != nil, doubleValue != nil].filter { $0 }.count
        }
    }

    let resourceSpans: [ResourceSpans]
}

extension OTLPRequestMirror.Resource {
    /// The resource's `service.name`.
    var serviceName: String? {
        attributes.first { $0.key == "service.name" }?.value.stringValue
    }
}
