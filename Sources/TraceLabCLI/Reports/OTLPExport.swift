import TraceLabCore

/// An OTLP/JSON `ExportTraceServiceRequest` (opentelemetry-proto, JSON mapping): spans grouped
/// by `service.name` resource, hex ids, times as decimal strings of Unix nanoseconds, integer
/// span kinds and status codes, typed attribute values.
struct OTLPExport: Encodable {
    struct ResourceSpans: Encodable {
        let resource: Resource
        let scopeSpans: [ScopeSpans]
    }

    struct Resource: Encodable {
        let attributes: [KeyValue]
    }

    struct ScopeSpans: Encodable {
        let scope: Scope
        let spans: [Span]
    }

    struct Scope: Encodable {
        let name: String
        let version: String
    }

    struct Span: Encodable {
        let traceId: String
        let spanId: String
        let parentSpanId: String?
        let name: String
        let kind: Int
        let startTimeUnixNano: String
        let endTimeUnixNano: String
        let attributes: [KeyValue]
        let events: [Event]
        let links: [Link]
        let status: Status
    }

    struct Event: Encodable {
        let timeUnixNano: String
        let name: String
        let attributes: [KeyValue]
    }

    struct Link: Encodable {
        let traceId: String
        let spanId: String
        let attributes: [KeyValue]
    }

    struct Status: Encodable {
        let code: Int
        let message: String?
    }

    struct KeyValue: Encodable {
        let key: String
        let value: AnyValue
    }

    /// Exactly one of the fields is set, as the protobuf `oneof` requires.
    struct AnyValue: Encodable {
        var stringValue: String?
        var boolValue: Bool?
        var intValue: String?
        var doubleValue: Double?
    }

    let resourceSpans: [ResourceSpans]

    /// The export of `run`; `resources` adds resource attributes per service (such as a live
    /// process's `process.pid`) beside `service.name`.
    init(run: LabRun, resources: [String: [String: AttributeValue]] = [:]) {
        var services: [String] = []
        var spansByService: [String: [RecordedSpan]] = [:]
        for span in run.spans {
            if spansByService[span.service] == nil { services.append(span.service) }
            spansByService[span.service, default: []].append(span)
        }
        resourceSpans = services.map { service in
            ResourceSpans(
                resource: Resource(
                    attributes: [KeyValue(key: "service.name", value: AnyValue(stringValue: service))]
                        + Self.attributes((resources[service] ?? [:]).filter { $0.key != "service.name" })),
                scopeSpans: [
                    ScopeSpans(
                        scope: Scope(name: "tracelab", version: "1.0.0"),
                        spans: (spansByService[service] ?? []).map(Self.span))
                ])
        }
    }

    static func span(_ span: RecordedSpan) -> Span {
        Span(
            traceId: span.traceID.hex, spanId: span.spanID.hex, parentSpanId: span.parentSpanID?.hex,
            name: span.name,
            kind: kind(span.kind), startTimeUnixNano: String(span.startNanos),
            endTimeUnixNano: String(span.endNanos),
            attributes: attributes(span.attributes),
            events: span.events.map {
                Event(
                    timeUnixNano: String($0.timeNanos), name: $0.name, attributes: attributes($0.attributes))
            },
            links: span.links.map {
                Link(traceId: $0.traceID.hex, spanId: $0.spanID.hex, attributes: attributes($0.attributes))
            },
            status: span.status.isError
                ? Status(code: 2, message: span.status.message) : Status(code: 0, message: nil))
    }

    /// SPAN_KIND_INTERNAL 1, SERVER 2, CLIENT 3, PRODUCER 4, CONSUMER 5.
    static func kind(_ kind: RecordedSpan.Kind) -> Int {
        switch kind {
        case .internal: 1
        case .server: 2
        case .client: 3
        case .producer: 4
        case .consumer: 5
        }
    }

    static func attributes(_ values: [String: AttributeValue]) -> [KeyValue] {
        values.keys.sorted().map { key in
            let value: AnyValue
            switch values[key]! {
            case .string(let text): value = AnyValue(stringValue: text)
            case .int(let number): value = AnyValue(intValue: String(number))
            case .double(let number): value = AnyValue(doubleValue: number)
            case .bool(let flag): value = AnyValue(boolValue: flag)
            }
            return KeyValue(key: key, value: value)
        }
    }
}
